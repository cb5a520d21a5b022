/**
 * The numbered section headings of a full board paper, in order: the Five Case Model (HM Treasury)
 * with the executive summary first and the workings last. Written out here, not read from shared/presentation/sections.ts, so a test that
 * compares a paper with it fails when a section is lost, renamed or moved.
 */
export const BOARD_PAPER_HEADINGS = [
  '1. Executive summary',
  '2. Strategic case',
  '3. Economic case',
  '4. Commercial case',
  '5. Financial case',
  '6. Management case',
  '7. Appendix: workings',
] as const;
