import type { AppraisalResult } from '../engine/appraise';
import type { OptionSimulation, Percentiles, SimulationResult, TornadoBar } from '../engine/simulation';
import { formatCount, formatMoney, formatPct, NONE } from '../format';
import { numericColumns, type ChartTableData } from './table';

/**
 * The risk analysis as the Risk analysis tab (and the report) shows it: the run's identity (so a
 * reader can reproduce it), a summary sentence, and one table per chart. Figures are the
 * simulation's own; this only arranges and words them.
 */

export interface NamedSimulation extends OptionSimulation {
  name: string;
  isCounterfactual: boolean;
}

export interface RiskAnalysisModel {
  /** "10,000 iterations of a seeded xoroshiro128+ generator (pure-rand), seed 20260401" */
  runText: string;
  summary: string;
  options: NamedSimulation[];
  npcTable: ChartTableData;
  /** Null when there is no counterfactual to measure against. */
  npsvTable: ChartTableData | null;
  cheapestTable: ChartTableData;
  sCurveTable: ChartTableData;
}

const PERCENTILE_COLUMNS = numericColumns('Mean', 'P10', 'P50', 'P80', 'P90');

const percentileCells = (p: Percentiles) => [p.mean, p.p10, p.p50, p.p80, p.p90].map((v) => formatMoney(v));

export function probabilityText(p: number | null): string {
  return p === null ? NONE : formatPct(p * 100);
}

export function riskAnalysisModel(result: AppraisalResult, simulation: SimulationResult): RiskAnalysisModel {
  const byId = new Map(result.options.map((r) => [r.option.id, r]));
  const options: NamedSimulation[] = simulation.options
    .filter((o) => byId.has(o.optionId))
    .map((o) => ({ ...o, name: byId.get(o.optionId)!.option.name, isCounterfactual: byId.get(o.optionId)!.isCounterfactual }));
  const withNpsv = options.filter((o) => o.npsv);
  return {
    runText: `${formatCount(simulation.iterations)} iterations of a seeded xoroshiro128+ generator (pure-rand), seed ${simulation.seed}`,
    summary: summaryOf(options),
    options,
    npcTable: {
      caption: 'Risk-adjusted net present cost under the risk analysis (£, real, discounted)',
      columns: [{ label: 'Option' }, ...PERCENTILE_COLUMNS],
      rows: options.map((o) => ({ key: o.optionId, header: o.name, cells: percentileCells(o.npc) })),
    },
    npsvTable: withNpsv.length
      ? {
          caption: 'Net present social value against the counterfactual under the risk analysis (£; paired draws)',
          columns: [{ label: 'Option' }, ...PERCENTILE_COLUMNS],
          rows: withNpsv.map((o) => ({ key: o.optionId, header: o.name, cells: percentileCells(o.npsv!) })),
        }
      : null,
    cheapestTable: {
      caption: 'Probability of being the cheapest option (share of iterations with the lowest risk-adjusted NPC)',
      columns: [{ label: 'Option' }, { label: 'Probability', numeric: true }],
      rows: options.map((o) => ({
        key: o.optionId,
        header: o.name,
        cells: [o.probabilityCheapest === null ? `${NONE} (business as usual: the benchmark)` : probabilityText(o.probabilityCheapest)],
      })),
    },
    sCurveTable: {
      caption: 'S-curve: risk-adjusted NPC at each cumulative probability',
      columns: [{ label: 'Cumulative probability' }, ...options.map((o) => ({ label: o.name, numeric: true }))],
      rows: (options[0]?.sCurve ?? []).map((point, k) => ({
        key: String(point.percentile),
        header: `${point.percentile}%`,
        cells: options.map((o) => formatMoney(o.sCurve[k]?.npc)),
      })),
    },
  };
}

function summaryOf(options: readonly NamedSimulation[]): string {
  const ranked = options.filter((o) => o.probabilityCheapest !== null).sort((a, b) => b.probabilityCheapest! - a.probabilityCheapest!);
  const top = ranked[0];
  if (!top) return 'No option other than business as usual was simulated.';
  // Business as usual is the benchmark, never a candidate: it takes part in neither comparison.
  const p80 = [...ranked].sort((a, b) => a.npc.p80 - b.npc.p80)[0];
  const lead = `${top.name} is the cheapest option in ${probabilityText(top.probabilityCheapest)} of iterations`;
  const tie = ranked[1] && ranked[1].probabilityCheapest === top.probabilityCheapest ? ` (tied with ${ranked[1].name})` : '';
  return `${lead}${tie}. Of the options other than business as usual, the lowest P80 risk-adjusted NPC is ${p80.name}'s, ${formatMoney(p80.npc.p80)}: a 4 in 5 chance its cost is no higher.`;
}

/** The largest drivers of one option's NPC, as the tornado chart's table. */
export function tornadoTable(name: string, bars: readonly TornadoBar[]): ChartTableData {
  return {
    caption: `Largest drivers of ${name}'s risk-adjusted NPC (each input at its low and high value, all others most likely)`,
    columns: [{ label: 'Input' }, ...numericColumns('NPC at low', 'NPC at high', 'Swing')],
    rows: bars.map((b, i) => ({
      key: `${i}-${b.label}`,
      header: b.label,
      cells: [formatMoney(b.low), formatMoney(b.high), formatMoney(b.swing)],
    })),
  };
}
