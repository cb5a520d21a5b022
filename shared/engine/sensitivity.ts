import type { Appraisal, Benefit, CostLine, Option, Risk } from '../domain';
import { resolveCounterfactual } from './counterfactual';
import { discountFactors } from './discount';
import { computeEconomics, type OptionEconomics } from './economics';
import { groupRecords } from './follow-on';
import { periodContext, type AppraisalPeriod } from './period';

/**
 * Sensitivity analysis and switching values (docs/domain.md §4 and §9; Green Book switching-value
 * analysis). The measure is NPSV against the counterfactual, or NPC_adj in a cost-only comparison
 * (no monetised benefits anywhere). The preferred option is the best on that measure among options
 * other than business as usual (which is never recommended); the switching value is the input value
 * at which another option takes its place.
 *
 * Variables: the discount rate (short rate × (1 ± range%), the long rate moving in parallel); the
 * indexation of every recurring line (± points); and each option's largest cost line (× (1 ± range%)),
 * which is linear in NPC and needs no re-spreading.
 */

export type SensitivityVariable = 'discount-rate' | 'indexation' | 'largest-line';

export interface SensitivityPoint {
  value: number;
  /** NPC_adj per option id. */
  npc: Record<string, number>;
  /** The ranking measure per option id: NPSV (higher is better), or NPC_adj in a cost-only comparison. */
  measure: Record<string, number>;
  preferredId: string | null;
}

export interface SensitivitySeries {
  variable: SensitivityVariable;
  /** Stable key: 'discount-rate', 'indexation' or 'largest-line:<optionId>'. */
  key: string;
  label: string;
  /** rate: a fraction (0.035); points: percentage points added; factor: multiplier on the line. */
  unit: 'rate' | 'points' | 'factor';
  optionId?: string;
  costLineId?: string;
  baseValue: number;
  points: SensitivityPoint[];
  basePreferredId: string | null;
  /** Nearest value to the base at which the preferred option changes, or null if none in range. */
  switchingValue: number | null;
  switchesToId: string | null;
  switchingBelow: number | null;
  switchingAbove: number | null;
}

export interface SensitivityInput {
  appraisal: AppraisalPeriod & Partial<Pick<Appraisal, 'counterfactual'>>;
  options: readonly Option[];
  costLines: readonly CostLine[];
  risks?: readonly Risk[];
  benefits?: readonly Benefit[];
  /** Implementation months for a new system that gives none (default 18, the EPR lead time). */
  defaultImplementationMonths?: number;
  /** ± range in % for the discount rate and largest lines (default 20). */
  rangePct?: number;
  /** ± range in percentage points for the indexation delta (default 2). */
  indexationRangePoints?: number;
  /** Sample points per variable, forced odd so the base value is one of them (default 21). */
  steps?: number;
}

/** NPC_adj and PVB per option at one value of a variable. */
interface Figures {
  npc: Float64Array;
  pvb: Float64Array;
}
type Evaluate = (value: number) => Figures;

interface Ranker {
  costOnly: boolean;
  /** Higher is better. */
  measure(f: Figures): Float64Array;
  preferred(m: Float64Array): number;
}

function ranker(options: readonly Option[], cfIndex: number, costOnly: boolean): Ranker {
  const candidates = options.map((o, i) => (o.kind === 'business-as-usual' ? -1 : i)).filter((i) => i >= 0);
  return {
    costOnly,
    measure(f) {
      const out = new Float64Array(f.npc.length);
      for (let i = 0; i < out.length; i++) {
        out[i] = costOnly || cfIndex < 0 ? -f.npc[i] : f.pvb[i] - f.pvb[cfIndex] - (f.npc[i] - f.npc[cfIndex]);
      }
      return out;
    },
    preferred(m) {
      let best = -1;
      for (const i of candidates) if (best < 0 || m[i] > m[best]) best = i;
      return best;
    },
  };
}

function bisect(evaluate: Evaluate, rank: Ranker, inside: number, outside: number, basePref: number, tolerance: number): [number, number] {
  let a = inside;
  let b = outside;
  let prefB = rank.preferred(rank.measure(evaluate(b)));
  for (let i = 0; i < 60 && Math.abs(b - a) > tolerance; i++) {
    const mid = (a + b) / 2;
    const p = rank.preferred(rank.measure(evaluate(mid)));
    if (p === basePref) a = mid;
    else {
      b = mid;
      prefB = p;
    }
  }
  return [(a + b) / 2, prefB];
}

function buildSeries(
  ids: readonly string[],
  rank: Ranker,
  evaluate: Evaluate,
  base: number,
  lo: number,
  hi: number,
  steps: number,
): Pick<SensitivitySeries, 'points' | 'basePreferredId' | 'switchingValue' | 'switchesToId' | 'switchingBelow' | 'switchingAbove'> {
  const n = Math.max(3, steps % 2 === 0 ? steps + 1 : steps);
  const half = (n - 1) / 2;
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    values.push(i < half ? lo + ((base - lo) * i) / half : i === half ? base : base + ((hi - base) * (i - half)) / half);
  }
  const prefs: number[] = [];
  const points = values.map((value) => {
    const f = evaluate(value);
    const m = rank.measure(f);
    const p = rank.preferred(m);
    prefs.push(p);
    const npc: Record<string, number> = {};
    const measure: Record<string, number> = {};
    ids.forEach((id, i) => {
      npc[id] = f.npc[i];
      measure[id] = rank.costOnly ? f.npc[i] : m[i];
    });
    return { value, npc, measure, preferredId: p >= 0 ? ids[p] : null };
  });
  const basePref = prefs[half];
  // A thousandth of the range: switching values are read to three figures at most.
  const tolerance = Math.max(Math.abs(hi - lo), 1e-12) * 1e-4;
  let above: [number, number] | null = null;
  for (let i = half + 1; i < n; i++) {
    if (prefs[i] !== basePref) {
      above = bisect(evaluate, rank, values[i - 1], values[i], basePref, tolerance);
      break;
    }
  }
  let below: [number, number] | null = null;
  for (let i = half - 1; i >= 0; i--) {
    if (prefs[i] !== basePref) {
      below = bisect(evaluate, rank, values[i + 1], values[i], basePref, tolerance);
      break;
    }
  }
  const distAbove = above ? (above[0] - base) / Math.max(hi - base, 1e-300) : Infinity;
  const distBelow = below ? (base - below[0]) / Math.max(base - lo, 1e-300) : Infinity;
  const nearest = distAbove <= distBelow ? above : below;
  return {
    points,
    basePreferredId: basePref >= 0 ? ids[basePref] : null,
    switchingValue: nearest ? nearest[0] : null,
    switchesToId: nearest && nearest[1] >= 0 ? ids[nearest[1]] : null,
    switchingBelow: below ? below[0] : null,
    switchingAbove: above ? above[0] : null,
  };
}

export function runSensitivity(input: SensitivityInput): SensitivitySeries[] {
  const { appraisal, options } = input;
  const range = (input.rangePct ?? 20) / 100;
  const indexRange = input.indexationRangePoints ?? 2;
  const steps = input.steps ?? 21;
  const settings = { defaultImplementationMonths: input.defaultImplementationMonths ?? 18 };
  const ids = options.map((o) => o.id);
  const records = groupRecords(options, input.costLines, input.risks ?? [], input.benefits ?? []);
  const economicsAt = (overrides: Parameters<typeof periodContext>[1]): OptionEconomics[] => {
    const ctx = periodContext(appraisal, overrides);
    return options.map((o) => computeEconomics(o, records, ctx, settings));
  };
  const figuresOf = (e: readonly OptionEconomics[]): Figures => ({
    npc: Float64Array.from(e, (x) => x.npc),
    pvb: Float64Array.from(e, (x) => x.benefits.pvb),
  });
  const base = economicsAt({});
  const baseFigures = figuresOf(base);
  const cfId = resolveCounterfactual(appraisal.counterfactual ? { counterfactual: appraisal.counterfactual } : undefined, options).optionId;
  const costOnly = base.every((e) => e.benefits.pvbBeforeShortfall === 0);
  const rank = ranker(options, cfId ? ids.indexOf(cfId) : -1, costOnly);
  const series: SensitivitySeries[] = [];

  // Discount rate: re-weight each option's real cost and benefit vectors (no re-spreading).
  const { rate, longRate } = appraisal.discount;
  const rateSpan = rate > 0 ? rate * range : 0.01;
  const healthDf = periodContext(appraisal).dfHealth;
  const evalRate: Evaluate = (r) => {
    const df = discountFactors(appraisal.periodYears, { ...appraisal.discount, rate: r, longRate: Math.max(0, longRate + (r - rate)) });
    const npc = new Float64Array(base.length);
    const pvb = new Float64Array(base.length);
    base.forEach((e, i) => {
      for (let t = 0; t < df.length; t++) {
        npc[i] += (e.byYear[t].cost + e.byYear[t].risk) * df[t];
        pvb[i] += e.benefits.realStandard[t] * df[t] + e.benefits.realHealth[t] * healthDf[t];
      }
    });
    return { npc, pvb };
  };
  series.push({
    variable: 'discount-rate',
    key: 'discount-rate',
    label: 'Discount rate',
    unit: 'rate',
    baseValue: rate,
    ...buildSeries(ids, rank, evalRate, rate, Math.max(0, rate - rateSpan), rate + rateSpan, steps),
  });

  // Indexation: every recurring line's indexation moves by the same points (a full recalculation).
  const evalIndex: Evaluate = (delta) => (delta === 0 ? baseFigures : figuresOf(economicsAt({ indexationDeltaPct: delta })));
  series.push({
    variable: 'indexation',
    key: 'indexation',
    label: 'Indexation (all recurring lines)',
    unit: 'points',
    baseValue: 0,
    ...buildSeries(ids, rank, evalIndex, 0, -indexRange, indexRange, steps),
  });

  // Each option's largest own cost line (by its present value with optimism bias).
  base.forEach((e, i) => {
    let best = -1;
    e.contributions.lines.forEach((c, j) => {
      if (!c.followOn && !e.lineFigures[j].excluded && (best < 0 || e.lineFigures[j].pvOb > e.lineFigures[best].pvOb)) best = j;
    });
    if (best < 0 || e.lineFigures[best].pvOb <= 0) return;
    const line = e.contributions.lines[best].line;
    const pv = e.lineFigures[best].pvOb;
    const evalLine: Evaluate = (factor) => {
      const npc = Float64Array.from(baseFigures.npc);
      npc[i] += (factor - 1) * pv;
      return { npc, pvb: baseFigures.pvb };
    };
    series.push({
      variable: 'largest-line',
      key: `largest-line:${options[i].id}`,
      label: `${options[i].name}: ${line.label}`,
      unit: 'factor',
      optionId: options[i].id,
      costLineId: line.id,
      baseValue: 1,
      ...buildSeries(ids, rank, evalLine, 1, 1 - range, 1 + range, steps),
    });
  });

  return series;
}
