import {
  BENEFIT_TYPE_LABELS,
  boardPaperOf,
  OPTION_KIND_LABELS,
  OPTION_KINDS,
  type Appraisal,
  type Criterion,
  type Option,
} from '../domain';
import type { AppraisalResult, OptionResult } from '../engine/appraise';
import type { OptionCosts } from '../engine/economics';
import type { SensitivitySeries } from '../engine/sensitivity';
import type { SimulationResult } from '../engine/simulation';
import { weightSensitivity } from '../engine/weight-sensitivity';
import { formatCount, formatDecimal, formatMoney, formatPct, formatScore, listProse, NONE } from '../format';
import { buildComparison, type ComparisonModel } from './comparison';
import { focusOptionIds } from './financial-case';
import { formatSensitivityValue, switchingSentence } from './sensitivity';

/**
 * The economic case (docs/domain.md §9): the long list and why each kind of option was carried
 * forward or discounted, the short list and whether it is complete, the counterfactual, the
 * comparison (NPC layers, EAC, NPSV and BCR or the outcome — the Compare screen's own model), the
 * unmonetised benefits beside them, optimism bias per option, the risk analysis when one has been
 * run, sensitivity and switching values, weighted scores and their weight sensitivity, and the
 * preferred option.
 */

export interface LongListRow {
  kind: string;
  status: 'Carried forward' | 'Discounted';
  detail: string;
}

export interface BenefitRow {
  optionId: string;
  optionName: string;
  pvb: string;
  byType: string;
  unmonetised: string[];
}

export interface OptimismBiasRow {
  optionName: string;
  uplift: string;
  applied: string;
  range: string;
  mitigation: string;
  added: string;
}

export interface ScoringModel {
  criteria: { id: string; name: string; weight: string }[];
  options: { id: string; name: string }[];
  /** scores[criterionId][optionId] as text; "—" when not scored. */
  scores: Record<string, Record<string, string>>;
  totals: Record<string, string>;
  npcPerPoint: Record<string, string>;
  weightTotal: string;
  weightProblem: string | null;
}

export interface SensitivityModel {
  series: SensitivitySeries[];
  /** Keys of the series drawn as charts (all are in the table). */
  charted: string[];
  optionNames: Record<string, string>;
  rows: { key: string; label: string; base: string; range: string; switching: string; sentence: string }[];
}

export interface RiskAnalysisModel {
  caption: string;
  rows: { optionName: string; mean: string; p50: string; p80: string; cheapest: string }[];
}

export interface EconomicCaseModel {
  longList: LongListRow[];
  shortList: string;
  counterfactual: string;
  comparison: ComparisonModel;
  benefits: BenefitRow[];
  optimismBias: OptimismBiasRow[];
  /** Every option's costs, for the cumulative chart (left out of the short form). */
  costs: { id: string; name: string; costs: OptionCosts }[];
  /** Options whose cost profile is charted one by one: the preferred option and the counterfactual. */
  profiled: string[];
  riskAnalysis: RiskAnalysisModel | null;
  sensitivity: SensitivityModel;
  scoring: ScoringModel;
  weightSensitivity: { rows: { criterion: string; change: string; top: string; changesTop: boolean }[]; summary: string };
  preferred: string;
}

export function longList(appraisal: Appraisal, options: readonly Option[]): LongListRow[] {
  const reasons = boardPaperOf(appraisal).discounted;
  return OPTION_KINDS.map((kind) => {
    const on = options.filter((o) => o.kind === kind);
    return on.length > 0
      ? {
          kind: OPTION_KIND_LABELS[kind],
          status: 'Carried forward' as const,
          detail: `Short-listed as ${listProse(on.map((o) => o.name))}.`,
        }
      : {
          kind: OPTION_KIND_LABELS[kind],
          status: 'Discounted' as const,
          detail: reasons[kind]?.trim() || 'Not short-listed; no reason recorded yet (add one on the Report tab).',
        };
  });
}

export function scoringModel(criteria: readonly Criterion[], result: AppraisalResult): ScoringModel {
  const scores: ScoringModel['scores'] = {};
  for (const c of criteria) {
    scores[c.id] = {};
    for (const r of result.options) {
      const s = r.option.scores[c.id];
      scores[c.id][r.option.id] = s === undefined ? NONE : String(s);
    }
  }
  return {
    criteria: [...criteria].sort((a, b) => a.order - b.order).map((c) => ({ id: c.id, name: c.name, weight: String(c.weight) })),
    options: result.options.map((r) => ({ id: r.option.id, name: r.option.name })),
    scores,
    totals: Object.fromEntries(result.options.map((r) => [r.option.id, formatScore(r.weightedScore)])),
    npcPerPoint: Object.fromEntries(result.options.map((r) => [r.option.id, r.npcPerPoint === null ? 'n/a' : formatMoney(r.npcPerPoint)])),
    weightTotal: String(Math.round(result.weights.total * 100) / 100),
    weightProblem: result.weights.ok ? null : result.weights.message,
  };
}

export function sensitivityModel(series: SensitivitySeries[], optionNames: Record<string, string>): SensitivityModel {
  // Charts for the two appraisal-wide variables, plus any largest line that changes the ranking.
  const charted = series.filter((s) => s.variable !== 'largest-line' || s.switchingValue !== null).map((s) => s.key);
  return {
    series,
    charted,
    optionNames,
    rows: series.map((s) => {
      const lo = s.points[0]?.value ?? s.baseValue;
      const hi = s.points[s.points.length - 1]?.value ?? s.baseValue;
      return {
        key: s.key,
        label: s.label,
        base: formatSensitivityValue(s.unit, s.baseValue),
        range: `${formatSensitivityValue(s.unit, lo)} to ${formatSensitivityValue(s.unit, hi)}`,
        switching:
          s.switchingValue === null
            ? 'None in range'
            : `${formatSensitivityValue(s.unit, s.switchingValue)} (${optionNames[s.switchesToId ?? ''] ?? 'another option'} becomes cheapest)`,
        sentence: switchingSentence(s, optionNames),
      };
    }),
  };
}

function benefitRows(results: readonly OptionResult[]): BenefitRow[] {
  if (!results.some((r) => r.costs.benefits.count > 0)) return [];
  return results.map((r) => {
    const b = r.costs.benefits;
    const parts = (['CRB', 'NCRB', 'SB'] as const)
      .filter((t) => b.byType[t] !== 0)
      .map((t) => `${BENEFIT_TYPE_LABELS[t]} ${formatMoney(b.byType[t])}`);
    return {
      optionId: r.option.id,
      optionName: r.option.name,
      pvb: formatMoney(b.pvb),
      byType: parts.length ? parts.join('; ') : 'None monetised',
      unmonetised: b.unmonetised.map((u) => (u.measure ? `${u.label} (measure: ${u.measure})` : u.label)),
    };
  });
}

const RANGES = { development: '10%–200%', serviceCharge: '0%–41%', duration: '10%–54%' } as const;
const UPLIFT_NAMES = { development: 'Development', serviceCharge: 'Service charge', duration: 'Duration' } as const;

function optimismBiasRows(results: readonly OptionResult[]): OptimismBiasRow[] {
  return results.flatMap((r) =>
    (['development', 'serviceCharge', 'duration'] as const).map((key) => {
      const u = r.costs.uplifts[key];
      const months = key === 'duration' ? ` (go-live ${r.costs.uplifts.duration.months} months later)` : '';
      return {
        optionName: r.option.name,
        uplift: UPLIFT_NAMES[key],
        applied: `${formatPct(u.pct)}${u.atUpperBound ? ' (upper bound)' : ''}${r.costs.uplifts.duration.months && key === 'duration' ? months : ''}`,
        range: RANGES[key],
        mitigation: u.atUpperBound ? NONE : u.mitigation.trim() || 'Reduced without a recorded mitigation',
        added: formatMoney(u.npc),
      };
    }),
  );
}

function riskAnalysis(simulation: SimulationResult | undefined, names: Record<string, string>): RiskAnalysisModel | null {
  if (!simulation) return null;
  return {
    caption: `Risk analysis: ${formatCount(simulation.iterations)} iterations, seed ${simulation.seed} (${simulation.algorithm})`,
    rows: simulation.options.map((o) => ({
      optionName: names[o.optionId] ?? o.optionId,
      mean: formatMoney(o.npc.mean),
      p50: formatMoney(o.npc.p50),
      p80: formatMoney(o.npc.p80),
      cheapest: o.probabilityCheapest === null ? NONE : formatPct(o.probabilityCheapest * 100),
    })),
  };
}

function weightRows(options: readonly Option[], criteria: readonly Criterion[], names: Record<string, string>) {
  const ws = weightSensitivity(options, criteria);
  const rows = ws.cases.map((c) => ({
    criterion: c.criterionName,
    change: `${c.delta >= 0 ? '+' : '−'}${formatDecimal(Math.abs(c.delta), 1)} points`,
    top: names[c.ranking[0]] ?? NONE,
    changesTop: c.changesTop,
  }));
  const top = names[ws.base[0]] ?? NONE;
  const switches = rows.filter((r) => r.changesTop);
  const summary =
    ws.base.length === 0
      ? 'No option is scored.'
      : switches.length === 0
        ? `${top} stays top on weighted score when any weight moves by 10 points.`
        : `${top} is top on weighted score; ${switches.length} of ${rows.length} weight changes put another option top.`;
  return { rows, summary };
}

export function buildEconomicCase(input: {
  appraisal: Appraisal;
  options: readonly Option[];
  criteria: readonly Criterion[];
  result: AppraisalResult;
  sensitivity: SensitivitySeries[];
  simulation?: SimulationResult;
  optionNames: Record<string, string>;
}): EconomicCaseModel {
  const { appraisal, result, optionNames } = input;
  const cf = result.counterfactual;
  const cfName = cf.optionId ? optionNames[cf.optionId] : null;
  const recommended = result.options.find((r) => r.option.id === appraisal.recommendation.optionId);
  const rankedBy =
    result.ranking.measure === 'npsv' ? 'net present social value' : 'risk-adjusted net present cost (no benefits are monetised)';
  const first = result.ranking.optionIds.find((id) => id !== cf.optionId);
  return {
    longList: longList(appraisal, input.options),
    shortList: result.shortList.text,
    counterfactual: cfName
      ? `Every option is measured against ${cfName}${cf.isBusinessAsUsual ? ' (business as usual)' : `, standing in for business as usual: ${cf.reason}`}.`
      : `No counterfactual: ${cf.problems.join(' ')}`,
    comparison: buildComparison(result, appraisal.recommendation.optionId),
    benefits: benefitRows(result.options),
    optimismBias: optimismBiasRows(result.options),
    costs: result.options.map((r) => ({ id: r.option.id, name: r.option.name, costs: r.costs })),
    profiled: focusOptionIds(result, appraisal.recommendation.optionId),
    riskAnalysis: riskAnalysis(input.simulation, optionNames),
    sensitivity: sensitivityModel(input.sensitivity, optionNames),
    scoring: scoringModel(input.criteria, result),
    weightSensitivity: weightRows(input.options, input.criteria, optionNames),
    preferred: recommended
      ? `The preferred option is ${recommended.option.name}. Options are ranked by ${rankedBy}; ${first ? `${optionNames[first]} ranks first` : 'no option ranks first'}. The reason for the recommendation is given in the executive summary.`
      : `No option is recommended yet. Options are ranked by ${rankedBy}; ${first ? `${optionNames[first]} ranks first` : 'no option ranks first'}.`,
  };
}
