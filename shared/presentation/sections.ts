/**
 * The decision report's sections in print order: a board paper in HM Treasury's Five Case Model
 * (docs/domain.md §9). The cover sheet is always printed; a section with nothing to say is left
 * out rather than printed empty.
 */
export const REPORT_SECTIONS = [
  { id: 'summary', title: 'Executive summary' },
  { id: 'strategic', title: 'Strategic case' },
  { id: 'economic', title: 'Economic case' },
  { id: 'commercial', title: 'Commercial case' },
  { id: 'financial', title: 'Financial case' },
  { id: 'management', title: 'Management case' },
  { id: 'appendix', title: 'Appendix: workings' },
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];
export const ALL_SECTION_IDS: readonly ReportSectionId[] = REPORT_SECTIONS.map((s) => s.id);

export type ReportStatus = 'draft' | 'final';
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: 'Draft', final: 'Final' };

/**
 * `full`: the five cases in full, for a business case at a trust board or above. `short`: a business
 * justification for smaller contracts (see `suggestedForm`): the same figures, without the long
 * list, the optimism-bias and cost-profile detail, sensitivity charts, weight sensitivity, other
 * options' risk registers and the appendix.
 */
export type ReportForm = 'full' | 'short';
export const REPORT_FORM_LABELS: Record<ReportForm, string> = {
  full: 'Full business case (Five Case Model)',
  short: 'Business justification (short form)',
};

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
