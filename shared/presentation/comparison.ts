import { OPTION_KIND_LABELS } from '../domain';
import type { AppraisalResult, OptionResult } from '../engine/appraise';
import type { BestRow } from '../engine/best-marks';
import type { FollowOnSummary } from '../engine/follow-on';
import { VALUE_FOR_MONEY_LABEL } from '../engine/incremental';
import { formatDate, formatDecimal, formatMoney, formatMonths, formatPct, formatScore, NONE } from '../format';
import { gradeView, type GradeView } from './grade';
import { SEVERITY_ORDER } from './severity';

/**
 * The options compared, as one model the Compare screen and the decision report both render, so
 * a figure, its wording and its "best" mark can never differ between them. Measures are rows and
 * options are columns in both (the report splits the columns into tables that fit a page).
 */

export interface ComparisonCell {
  text: string;
  /** Marked best on its row (strictly best; ties and single options mark nothing). */
  best: boolean;
  grade?: GradeView;
  /** A short line under the figure (the top risk's title). */
  note?: string;
  /** Items listed in the cell (feasibility flags). */
  items?: string[];
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** How the figure is worked out, shown beside the label so every number explains itself. */
  how?: string;
  numeric: boolean;
  /** What a best mark on this row means, for the words beside it: "lowest" or "highest". */
  bestWord?: 'lowest' | 'highest';
  cells: ComparisonCell[];
}

export interface ComparisonColumn {
  id: string;
  name: string;
  recommended: boolean;
}

export interface ComparisonModel {
  caption: string;
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

interface RowSpec {
  key: string;
  label: string;
  how?: string;
  best?: { row: BestRow; word: 'lowest' | 'highest' };
  numeric?: boolean;
  /** Shown only when this holds (the value-for-money bands, when switched on). */
  when?: (result: AppraisalResult) => boolean;
  cell: (r: OptionResult) => Omit<ComparisonCell, 'best'>;
}

/** What follows an option's own term, in words: "Then Re-procure competitively from 1 Jul 2029". */
export function followOnText(followOn: FollowOnSummary): string {
  switch (followOn.kind) {
    case 'covers-period':
      return 'Its own term covers the period';
    case 'none':
      return 'Nothing follows its term';
    case 'option':
      return `Then ${followOn.name} from ${formatDate(followOn.from)}`;
    case 'lines': {
      const what = followOn.description.trim().replace(/\.$/, '');
      return `Its own cost lines continue${followOn.until ? ` to ${formatDate(followOn.until)}` : ''}${what ? ` (${what.charAt(0).toLowerCase()}${what.slice(1)})` : ''}`;
    }
    case 'service-ends':
      return `Service ends: ${followOn.reason}`;
  }
}

const money = (amount: number) => ({ text: formatMoney(amount) });

/** A row whose every cell is one sum of money: numeric, and shown as the one money format. */
const moneyRow = ({ amount, ...spec }: Omit<RowSpec, 'cell' | 'numeric'> & { amount: (r: OptionResult) => number }): RowSpec => ({
  ...spec,
  numeric: true,
  cell: (r) => money(amount(r)),
});

/** Risk analysis rows show only once a run that matches the records is passed to the engine. */
const simulated = (result: AppraisalResult) => result.options.some((r) => r.simulation);

/** A row of the Monte Carlo risk analysis: numeric, and shown only when the analysis ran. */
const SIMULATED = { numeric: true, when: simulated } as const;

/** The risk analysis's P50 or P80 net present cost (lowest is best). */
const percentileRow = (p: 'p50' | 'p80', how: string): RowSpec => ({
  key: `npc-${p}`,
  label: `Risk analysis: ${p.toUpperCase()} net present cost`,
  how,
  best: { row: p, word: 'lowest' },
  ...SIMULATED,
  cell: (r) => (r.simulation ? money(r.simulation.npc[p]) : { text: NONE }),
});

const ROWS: readonly RowSpec[] = [
  {
    key: 'kind',
    label: 'Kind',
    cell: (r) => ({
      text: r.isCounterfactual ? `${OPTION_KIND_LABELS[r.option.kind]} (counterfactual)` : OPTION_KIND_LABELS[r.option.kind],
    }),
  },
  {
    key: 'coverage',
    label: 'Covers the appraisal period',
    how: 'Every option must deliver the service for the whole period: its own term, then what follows it',
    cell: (r) => ({
      text: r.coverage.complete ? 'Yes' : `Incomplete: ${formatMonths(r.coverage.gapMonths)} not covered`,
      note:
        r.coverage.complete && r.coverage.followOn.kind === 'none'
          ? followOnText({ kind: 'covers-period' })
          : followOnText(r.coverage.followOn),
    }),
  },
  moneyRow({
    key: 'whole-life-cash',
    label: 'Whole-life cost (cash)',
    how: 'Money of the day over the appraisal period, with optimism bias and the risk allowance, excluding VAT and sunk costs',
    best: { row: 'wholeLifeCash', word: 'lowest' },
    amount: (r) => r.costs.riskAdjusted.wholeLifeCash,
  }),
  moneyRow({
    key: 'whole-life-real',
    label: 'Whole-life cost (real)',
    how: 'The same in the prices of the price-base year (cash ÷ GDP deflator)',
    best: { row: 'wholeLifeReal', word: 'lowest' },
    amount: (r) => r.costs.riskAdjusted.wholeLifeReal,
  }),
  moneyRow({
    key: 'npc-base',
    label: 'Net present cost, base',
    how: 'Σ real cost in year t × discount factor, Green Book rates',
    amount: (r) => r.costs.base.npc,
  }),
  moneyRow({
    key: 'npc-with-ob',
    label: 'Net present cost with optimism bias',
    how: 'Base plus the development, service-charge and duration uplifts',
    amount: (r) => r.costs.optimismBias.npc,
  }),
  {
    key: 'npc',
    label: 'Net present cost, risk-adjusted',
    how: 'With optimism bias plus probability × £ impact of each costed risk in the year it lands: the headline figure',
    best: { row: 'npc', word: 'lowest' },
    numeric: true,
    cell: (r) => (r.costs.riskAssessed ? money(r.costs.npc) : { text: formatMoney(r.costs.npc), note: 'risk not assessed' }),
  },
  percentileRow('p50', 'The risk-adjusted NPC the Monte Carlo risk analysis exceeds in half its iterations (three-point ranges, seeded)'),
  percentileRow('p80', 'The risk-adjusted NPC not exceeded in 80% of the Monte Carlo iterations'),
  {
    key: 'probability-cheapest',
    label: 'Probability of being cheapest',
    how: 'Share of the Monte Carlo iterations in which the option has the lowest risk-adjusted NPC; business as usual is the benchmark and takes no part',
    best: { row: 'probabilityCheapest', word: 'highest' },
    ...SIMULATED,
    cell: (r) =>
      r.simulation?.probabilityCheapest == null
        ? { text: NONE, note: r.option.kind === 'business-as-usual' ? 'the benchmark' : undefined }
        : { text: formatPct(r.simulation.probabilityCheapest * 100) },
  },
  moneyRow({
    key: 'eac',
    label: 'Equivalent annual cost',
    how: 'Risk-adjusted NPC as an annuity in advance over the appraisal period (tables that start payments in year 1 give a figure 1 + r higher)',
    best: { row: 'eac', word: 'lowest' },
    amount: (r) => r.costs.eac,
  }),
  {
    key: 'npsv',
    label: 'Net present social value',
    how: 'Against the counterfactual: change in present value of benefits − change in risk-adjusted NPC',
    best: { row: 'npsv', word: 'highest' },
    numeric: true,
    cell: (r) => (r.incremental ? money(r.incremental.npsv) : { text: NONE, note: r.isCounterfactual ? 'the counterfactual' : undefined }),
  },
  {
    key: 'bcr',
    label: 'Benefit–cost ratio, or the outcome',
    how: 'Change in benefits ÷ change in cost against the counterfactual, only where the option costs more; otherwise the outcome in words',
    best: { row: 'bcr', word: 'highest' },
    cell: (r) =>
      !r.incremental
        ? { text: NONE }
        : r.incremental.bcr !== null
          ? { text: formatDecimal(r.incremental.bcr) }
          : { text: r.incremental.outcomeText },
  },
  {
    key: 'value-for-money',
    label: 'Value for money band',
    how: VALUE_FOR_MONEY_LABEL,
    when: (result) => result.options.some((r) => r.incremental?.valueForMoney),
    cell: (r) => ({ text: r.incremental?.valueForMoney?.label ?? NONE }),
  },
  {
    key: 'score',
    label: 'Weighted score (out of 10)',
    how: 'Σ weight × score ÷ 100',
    best: { row: 'score', word: 'highest' },
    numeric: true,
    cell: (r) => ({ text: formatScore(r.weightedScore) }),
  },
  {
    key: 'npc-per-point',
    label: 'NPC per weighted point',
    how: 'Risk-adjusted NPC ÷ weighted score',
    best: { row: 'npcPerPoint', word: 'lowest' },
    numeric: true,
    cell: (r) => ({ text: r.npcPerPoint === null ? 'n/a' : formatMoney(r.npcPerPoint) }),
  },
  {
    key: 'top-risk',
    label: 'Highest residual risk',
    how: 'Likelihood × consequence on the NHS 5×5 matrix',
    best: { row: 'topRisk', word: 'lowest' },
    cell: (r) =>
      r.highestResidual
        ? {
            text: `${r.highestResidual.style.label} (${r.highestResidual.score})`,
            grade: gradeView(r.highestResidual),
            note: r.highestResidual.risk.title,
          }
        : { text: 'Not assessed: no risks recorded' },
  },
  {
    key: 'approval',
    label: 'Approval needed',
    how: 'Capital, revenue and whole-life cost over the option’s own term, in cash including irrecoverable VAT, against the approval limits',
    cell: (r) => ({ text: r.approval.tierLabel }),
  },
  {
    key: 'flags',
    label: 'Feasibility flags',
    cell: (r) => {
      const flags = [...r.flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).map((f) => f.title);
      return flags.length ? { text: flags.join('; '), items: flags } : { text: 'None' };
    },
  },
];

export function buildComparison(result: AppraisalResult, recommendedId?: string): ComparisonModel {
  return {
    caption: 'Options compared (costs exclude VAT; the best in each row is marked)',
    columns: result.options.map((r) => ({ id: r.option.id, name: r.option.name, recommended: r.option.id === recommendedId })),
    rows: ROWS.filter((spec) => spec.when?.(result) ?? true).map((spec) => ({
      key: spec.key,
      label: spec.label,
      how: spec.how,
      numeric: spec.numeric ?? false,
      bestWord: spec.best?.word,
      cells: result.options.map((r) => ({ ...spec.cell(r), best: spec.best ? result.best[spec.best.row] === r.option.id : false })),
    })),
  };
}
