import type { OptionCosts } from '@shared/engine/economics';
import type { SensitivitySeries } from '@shared/engine/sensitivity';
import { niceTicksAround } from './chart-scales';
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
import type { NamedCosts } from '@shared/presentation/cost-tables';

export interface CostSeries {
  key: CostSeriesKey;
  label: string;
  colour: string;
}

/** Categories with any amount in the period, in the domain's order, then optimism bias if any. */
export function costSeries(costs: OptionCosts): CostSeries[] {
  return costSeriesKeys(costs).map((s) => ({ ...s, colour: s.key === 'optimismBias' ? OPTIMISM_BIAS_COLOUR : CATEGORY_COLOURS[s.key] }));
}

/** The lowest and highest cumulative discounted cost of any option, from zero. */
export function cumulativeExtent(series: readonly NamedCosts[]): [number, number] {
  const values = series.flatMap((s) => s.costs.cumulativeDiscounted);
  return [Math.min(0, ...values), Math.max(0, ...values)];
}

/** What a sensitivity chart spans, on screen and on paper: the options, their NPC range, and the variable's range and ticks. */
export function sensitivityScale(series: SensitivitySeries) {
  const ids = Object.keys(series.points[0]?.npc ?? {});
  const npcs = series.points.flatMap((p) => ids.map((id) => p.npc[id]));
  const xLo = series.points[0]?.value ?? series.baseValue;
  const xHi = series.points[series.points.length - 1]?.value ?? series.baseValue;
  const xTicks = niceTicksAround(xLo, xHi, 7).filter((t) => t >= xLo - 1e-12 && t <= xHi + 1e-12);
  return { ids, lo: Math.min(...npcs), hi: Math.max(...npcs), xLo, xHi, xTicks };
}
