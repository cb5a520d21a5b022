import type { KpiRatingValue } from './enums';

/**
 * The ratings a contract performance notice gives each KPI (Procurement Regulations 2024, SI 2024/692,
 * reg. 39(5); Cabinet Office "Guidance: Contract Performance Notices"; docs/law.md), in the regulation's
 * words, shown beside each choice so the user rates as the notice will read. The ratings and their
 * labels are with the other closed vocabularies, in ./enums.ts.
 */
export const KPI_RATING_DESCRIPTIONS: Record<KpiRatingValue, string> = {
  good: 'Performance is meeting or exceeding the key performance indicators',
  'approaching-target': 'Performance is close to meeting the key performance indicators',
  'requires-improvement': 'Performance is below the key performance indicators',
  inadequate: 'Performance is significantly below the key performance indicators',
  other: 'Performance cannot be described as good, approaching target, requires improvement or inadequate',
};
