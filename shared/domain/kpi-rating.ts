/**
 * The ratings a contract performance notice gives each KPI (Procurement Regulations 2024, SI 2024/692,
 * reg. 39(5); Cabinet Office "Guidance: Contract Performance Notices"; docs/law.md). The descriptions
 * are the regulation's, shown beside each choice so the user rates as the notice will read.
 */
export const KPI_RATINGS = ['good', 'approaching-target', 'requires-improvement', 'inadequate', 'other'] as const;
export type KpiRatingValue = (typeof KPI_RATINGS)[number];
export const KPI_RATING_LABELS: Record<KpiRatingValue, string> = {
  good: 'Good',
  'approaching-target': 'Approaching target',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  other: 'Other',
};
export const KPI_RATING_DESCRIPTIONS: Record<KpiRatingValue, string> = {
  good: 'Performance is meeting or exceeding the key performance indicators',
  'approaching-target': 'Performance is close to meeting the key performance indicators',
  'requires-improvement': 'Performance is below the key performance indicators',
  inadequate: 'Performance is significantly below the key performance indicators',
  other: 'Performance cannot be described as good, approaching target, requires improvement or inadequate',
};
