/**
 * The decision report's optional sections, in print order (DOMAIN.md section 9). The cover is
 * always printed; `legal` appears only when an option needs a legal ground or notices.
 */
export const REPORT_SECTIONS = [
  { id: 'summary', title: 'Executive summary' },
  { id: 'contracts', title: 'Contracts and key dates' },
  { id: 'options', title: 'Options compared' },
  { id: 'costs', title: 'Cost profile by financial year' },
  { id: 'scoring', title: 'Scoring matrix' },
  { id: 'risks', title: 'Risk registers' },
  { id: 'timeline', title: 'Timeline of key dates' },
  { id: 'feasibility', title: 'Feasibility findings' },
  { id: 'legal', title: 'Legal grounds and notices' },
  { id: 'sensitivity', title: 'Sensitivity and switching values' },
  { id: 'assumptions', title: 'Assumptions' },
  { id: 'signoff', title: 'Sign-off' },
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];
export const ALL_SECTION_IDS: readonly ReportSectionId[] = REPORT_SECTIONS.map((s) => s.id);

export type ReportStatus = 'draft' | 'final';
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: 'Draft', final: 'Final' };

export function isSectionId(value: string): value is ReportSectionId {
  return (ALL_SECTION_IDS as readonly string[]).includes(value);
}

/** Known ids in print order, without duplicates; unknown ids are ignored rather than failing the print. */
export function normaliseSections(ids: readonly string[]): ReportSectionId[] {
  const wanted = new Set(ids.filter(isSectionId));
  return ALL_SECTION_IDS.filter((id) => wanted.has(id));
}

export function sectionTitle(id: ReportSectionId): string {
  return REPORT_SECTIONS.find((s) => s.id === id)?.title ?? id;
}
