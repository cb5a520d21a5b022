/**
 * The Procurement Act duties across a contract's life (docs/domain.md §5), in their own module so
 * the stored mark of a duty done (shared/domain/law-settings.ts) can name them without importing the planner.
 */
export const OBLIGATION_KINDS = [
  'pipeline-inclusion',
  'conflicts-assessment',
  'kpis',
  'contract-details-notice',
  'contract-publication',
  'performance-notice',
  'final-performance-notice',
  'change-notice',
  'modified-contract-publication',
  'termination-notice',
  'procurement-termination-notice',
  'payments-compliance',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
