import { toIso } from '@shared/dates';
import {
  ALL_SECTION_IDS,
  normaliseSections,
  type ReportForm,
  type ReportSectionId,
  type ReportStatus,
} from '@shared/presentation/sections';

/**
 * The report route's query string, shared by the preview (which builds it for the export) and the
 * route (which reads it in the print window). The IPC contract allows only [A-Za-z0-9=&%._~-] in
 * the query, so values are percent-encoded more strictly than encodeURIComponent does.
 */

export interface ReportOptions {
  sections: readonly ReportSectionId[];
  author: string;
  status: ReportStatus;
  form: ReportForm;
  /**
   * The paper includes the risk analysis: the print route reproduces the run the screen showed from
   * the seed stored with the appraisal (or reuses it, in the same window), so both show the same figures.
   */
  risk?: boolean;
}

/** encodeURIComponent leaves !'()* alone; the export channel rejects them, so encode them too. */
export function strictEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function buildReportQuery(options: ReportOptions): string {
  return [
    `sections=${strictEncode(normaliseSections(options.sections).join(','))}`,
    `author=${strictEncode(options.author)}`,
    `status=${options.status}`,
    `form=${options.form}`,
    ...(options.risk ? ['risk=1'] : []),
  ].join('&');
}

/** Reads the route's query; a missing `sections` means every section, a missing status means draft. */
export function parseReportQuery(query: URLSearchParams): ReportOptions & { risk: boolean; print: boolean; authorGiven: boolean } {
  const raw = query.get('sections');
  const sections = raw === null ? [...ALL_SECTION_IDS] : normaliseSections(raw.split(',').map((s) => s.trim()));
  return {
    sections,
    author: query.get('author') ?? '',
    authorGiven: query.has('author'),
    status: query.get('status') === 'final' ? 'final' : 'draft',
    form: query.get('form') === 'short' ? 'short' : 'full',
    risk: query.get('risk') === '1',
    print: query.get('print') === '1',
  };
}

/** `epr-options-appraisal-decision-report-2026-11-01.pdf`: letters, digits and hyphens only. */
export function reportFileName(title: string, today: Date | string, extension: 'pdf' | 'docx' | 'xlsx' = 'pdf'): string {
  const stem =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100)
      .replace(/-+$/, '') || 'appraisal';
  const date = typeof today === 'string' ? today : toIso(today);
  return `${stem}-decision-report-${date}.${extension}`;
}

/** What File › Export … asked the Report tab to export at once: the PDF, the Word paper or the Excel workings. */
export type ReportExportKind = 'pdf' | 'docx' | 'xlsx';
