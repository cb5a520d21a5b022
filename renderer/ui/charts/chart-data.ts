import type { OptionCosts } from '@shared/engine/economics';
import { CATEGORY_COLOURS, OPTIMISM_BIAS_COLOUR } from './chart-palette';
import { costSeriesKeys, type CostSeriesKey } from '@shared/presentation/cost-tables';

/**
 * The charts' series with their colours; the shaping and tables are shared
 * (shared/presentation/cost-tables.ts) so the printed paper and the Word export use the same ones.
 */

export {
  costByYearRows,
  costByYearTables,
  cumulativeRows,
  cumulativeTables,
  stackedExtent,
  type CostSeriesKey,
  type NamedCosts,
} from '@shared/presentation/cost-tables';

export interface CostSeries {
  key: CostSeriesKey;
  label: string;
  colour: string;
}

/** Categories with any amount in the period, in the domain's order, then optimism bias if any. */
export function costSeries(costs: OptionCosts): CostSeries[] {
  return costSeriesKeys(costs).map((s) => ({ ...s, colour: s.key === 'optimismBias' ? OPTIMISM_BIAS_COLOUR : CATEGORY_COLOURS[s.key] }));
}
