import type { PaperImage } from '@shared/export/docx-paper';
import type { ReportModel } from '@shared/presentation/report-model';
import type { WordTemplateFile } from '../data';

export interface WordPaper {
  bytes: Uint8Array;
  /** The trust's template it was filled into (Settings › Word template), or null for the paper on its own. */
  templateName: string | null;
}

/**
 * The board paper as a Word document: filled into the trust's own template when one is chosen in
 * Settings, otherwise the paper on its own. The one way the Report tab's button and the File menu's
 * "Export board paper to Word…" build the file (both run the Report tab's export).
 */
export async function buildWordPaper(
  model: ReportModel,
  options: { images: Readonly<Record<string, PaperImage>>; exportedText: string },
  template: WordTemplateFile | null,
): Promise<WordPaper> {
  if (!template) {
    const { buildDocxPaper } = await import('@shared/export/docx-paper');
    return { bytes: await buildDocxPaper(model, options), templateName: null };
  }
  const { fillDocxTemplate } = await import('@shared/export/docx-template');
  return { bytes: await fillDocxTemplate(template.bytes, template.fileName, model, options), templateName: template.fileName };
}
