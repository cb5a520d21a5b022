import type { Contract } from '@shared/domain';
import { decodeText } from '@shared/import/decode';
import { checkFileSize } from '@shared/import/limits';
import { previewOcdsImport } from '@shared/import/ocds';
import { ocdsImportSentence, summariseOcdsPreview } from '@shared/import/ocds-summary';
import { unmappedFileSummary } from '@shared/import/preview';
import { applyImport } from './contracts';
import type { PlannerDb } from './db';
import type { PortfolioAnalysis } from './portfolio-import';

/**
 * The trust's own published notices (an OCDS release or record package saved from Find a Tender) as
 * an import: the preview is the diff against the register and nothing is written until the user
 * confirms; then every changed contract is written in one transaction and recorded as an import,
 * so Undo puts the register back exactly (the same path as a register or portfolio import).
 */
export function analyseOcdsFile(
  fileName: string,
  bytes: Uint8Array,
  existing: ReadonlyMap<string, Contract>,
  vatRate: number,
): PortfolioAnalysis {
  checkFileSize(fileName, bytes.length);
  const { text } = decodeText(bytes);
  const preview = previewOcdsImport(text, [...existing.values()], { fileName, vatRate });
  const ocds = summariseOcdsPreview(preview, existing);
  const sentence = ocdsImportSentence(fileName, ocds);
  const summary = unmappedFileSummary({
    fileName,
    format: 'ocds',
    counts: { new: 0, update: preview.matched.length, unchanged: 0, invalid: preview.rejected.length },
    appraisals: 0,
    notices: [],
    updates: [],
    ocds,
  });
  return {
    summary,
    async commit(db: PlannerDb, onProgress: (fraction: number) => void) {
      const toPut = preview.matched.map((m) => m.next);
      const replaced = preview.matched.map((m) => existing.get(m.reference)).filter((c): c is Contract => c !== undefined);
      const importId = await applyImport(db, { fileName, toPut, replaced, addedRefs: [], summary: sentence }, onProgress);
      return { importId, summary: sentence };
    },
  };
}
