import type { CostLine, Option, Risk } from '../domain';
import { discountFactors } from './discount';
import { walkRecurring } from './cost-spread';
import { accumulateOption, firstFinancialYear, npcOfVectors, type AppraisalPeriod, type YearVectors } from './npc';

/**
 * Sensitivity analysis: how the NPC ranking moves as one variable changes, and the switching value
 * at which the preferred (lowest-NPC) option changes (Green Book switching-value analysis).
 *
 * Variables:
 * - discount rate: the short rate over base × (1 ± range%); the long rate moves in parallel by the
 *   same number of points (clamped at 0) so the two-rate structure keeps its shape;
 * - indexation: a delta in percentage points added to every recurring line's indexation. A relative
 *   ±20% of a typical 0–3% index is too small to matter, so this range is in points (default ±2);
 * - each option's largest cost line (largest whole-life cost within the period), scaled by a factor
 *   1 ± range%. NPC is linear in one line's amount, so this is exact without re-spreading.
 *
 * Speed: cost vectors are built once; discount-rate points only re-weight them, largest-line points
 * are linear, and indexation points evaluate a per-line polynomial precomputed from the spread.
 */

export type SensitivityVariable = 'discount-rate' | 'indexation' | 'largest-line';

export interface SensitivityPoint {
  value: number;
  /** NPC per option id. */
  npc: Record<string, number>;
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
  appraisal: AppraisalPeriod;
  options: readonly Option[];
  costLines: readonly CostLine[];
  risks?: readonly Risk[];
  /** ± range in % for the discount rate and largest lines (default 20). */
  rangePct?: number;
  /** ± range in percentage points for the indexation delta (default 2). */
  indexationRangePoints?: number;
  /** Sample points per variable, forced odd so the base value is one of them (default 21). */
  steps?: number;
  /** Rank on NPC including the risk allowance (default false: plain NPC). */
  includeRisk?: boolean;
}

type Evaluate = (value: number) => Float64Array;

function preferredIndex(npcs: Float64Array): number {
  let best = -1;
  for (let i = 0; i < npcs.length; i++) if (best < 0 || npcs[i] < npcs[best]) best = i;
  return best;
}

/**
 * Bisects between `inside` (preferred = basePref) and `outside` (preferred differs) until the
 * bracket is a millionth of the range wide; returns the boundary and the option preferred past it.
 */
function bisect(evaluate: Evaluate, inside: number, outside: number, basePref: number, tolerance: number): [number, number] {
  let a = inside;
  let b = outside;
  let prefB = preferredIndex(evaluate(b));
  for (let i = 0; i < 60 && Math.abs(b - a) > tolerance; i++) {
    const mid = (a + b) / 2;
    const p = preferredIndex(evaluate(mid));
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
    const npcs = evaluate(value);
    const p = preferredIndex(npcs);
    prefs.push(p);
    const npc: Record<string, number> = {};
    ids.forEach((id, i) => {
      npc[id] = npcs[i];
    });
    return { value, npc, preferredId: p >= 0 ? ids[p] : null };
  });
  const basePref = prefs[half];
  const tolerance = Math.max(Math.abs(hi - lo), 1e-12) * 1e-6;

  let above: [number, number] | null = null;
  for (let i = half + 1; i < n; i++) {
    if (prefs[i] !== basePref) {
      above = bisect(evaluate, values[i - 1], values[i], basePref, tolerance);
      break;
    }
  }
  let below: [number, number] | null = null;
  for (let i = half - 1; i >= 0; i--) {
    if (prefs[i] !== basePref) {
      below = bisect(evaluate, values[i + 1], values[i], basePref, tolerance);
      break;
    }
  }
  // Report the switch nearest the base, measured as a share of each side's range.
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
  const risks = input.risks ?? [];
  const range = (input.rangePct ?? 20) / 100;
  const indexRange = input.indexationRangePoints ?? 2;
  const steps = input.steps ?? 21;
  const withRisk = input.includeRisk ?? false;
  const ids = options.map((o) => o.id);

  const linesByOption = new Map<string, CostLine[]>();
  for (const o of options) linesByOption.set(o.id, []);
  for (const line of input.costLines) linesByOption.get(line.optionId)?.push(line);
  const linesOf = (o: Option): CostLine[] => linesByOption.get(o.id) ?? [];

  const baseDf = discountFactors(appraisal.periodYears, appraisal.discount);
  const baseVectors: YearVectors[] = options.map((o) => accumulateOption(o, linesOf(o), risks, appraisal));
  const baseNpc = Float64Array.from(baseVectors, (v) => npcOfVectors(v, baseDf, withRisk));
  const series: SensitivitySeries[] = [];

  // Discount rate.
  const { rate, longRate } = appraisal.discount;
  const rateSpan = rate > 0 ? rate * range : 0.01;
  const evalRate: Evaluate = (r) => {
    const df = discountFactors(appraisal.periodYears, { ...appraisal.discount, rate: r, longRate: Math.max(0, longRate + (r - rate)) });
    return Float64Array.from(baseVectors, (v) => npcOfVectors(v, df, withRisk));
  };
  series.push({
    variable: 'discount-rate',
    key: 'discount-rate',
    label: 'Discount rate',
    unit: 'rate',
    baseValue: rate,
    ...buildSeries(ids, evalRate, rate, Math.max(0, rate - rateSpan), rate + rateSpan, steps),
  });

  // Indexation delta: each recurring line's NPC is a polynomial in g = 1 + (i + delta)/100, so its
  // per-line-year discounted weights are computed once and each evaluation is a Horner sum.
  const indexModels = options.map((o) => indexationModel(o, linesOf(o), risks, appraisal, baseDf, withRisk));
  const evalIndex: Evaluate = (delta) => Float64Array.from(indexModels, (m) => m.npcAt(delta));
  series.push({
    variable: 'indexation',
    key: 'indexation',
    label: 'Indexation (all recurring lines)',
    unit: 'points',
    baseValue: 0,
    ...buildSeries(ids, evalIndex, 0, -indexRange, indexRange, steps),
  });

  // Each option's largest cost line.
  options.forEach((o, i) => {
    const largest = largestLine(o, linesOf(o), appraisal);
    if (!largest) return;
    const lineNpc = npcOfVectors(accumulateOption(o, [largest], [], appraisal), baseDf);
    const evalLine: Evaluate = (factor) => {
      const out = Float64Array.from(baseNpc);
      out[i] += (factor - 1) * lineNpc;
      return out;
    };
    series.push({
      variable: 'largest-line',
      key: `largest-line:${o.id}`,
      label: `${o.name}: ${largest.label}`,
      unit: 'factor',
      optionId: o.id,
      costLineId: largest.id,
      baseValue: 1,
      ...buildSeries(ids, evalLine, 1, 1 - range, 1 + range, steps),
    });
  });

  return series;
}

interface IndexationModel {
  npcAt: (deltaPoints: number) => number;
}

/**
 * NPC of one option as a function of the indexation delta. One-off lines, optimism bias and risks
 * do not depend on indexation and are a constant; each recurring line contributes
 * amount × Σ_k g^k × W_k where W_k sums (days / FY days) × DF over the line's year-k pieces.
 */
function indexationModel(
  option: Option,
  lines: readonly CostLine[],
  risks: readonly Risk[],
  appraisal: AppraisalPeriod,
  df: Float64Array,
  withRisk: boolean,
): IndexationModel {
  const fixedLines = lines.filter((l) => l.kind !== 'recurring');
  const fixed = npcOfVectors(accumulateOption(option, fixedLines, risks, appraisal), df, withRisk);
  const fy0 = firstFinancialYear(appraisal.baseDate);
  const n = df.length;
  const terms: { amount: number; pct: number; weights: number[] }[] = [];
  for (const line of lines) {
    if (line.kind !== 'recurring' || line.amount === 0 || line.optionId !== option.id) continue;
    const weights: number[] = [];
    walkRecurring(line.startDate, line.endDate, true, (fy, k, days, fyDays) => {
      const t = fy - fy0;
      if (t < 0 || t >= n) return; // outside the period: not in NPC
      while (weights.length <= k) weights.push(0);
      weights[k] += (days / fyDays) * df[t];
    });
    if (weights.length) terms.push({ amount: line.amount, pct: line.indexationPct ?? 0, weights });
  }
  return {
    npcAt: (delta) => {
      let sum = fixed;
      for (const term of terms) {
        const g = 1 + (term.pct + delta) / 100;
        let poly = 0;
        for (let k = term.weights.length - 1; k >= 0; k--) poly = poly * g + term.weights[k];
        sum += term.amount * poly;
      }
      return sum;
    },
  };
}

/** The option's line with the largest whole-life cost inside the period (benefits excluded). */
export function largestLine(option: Option, lines: readonly CostLine[], appraisal: AppraisalPeriod): CostLine | null {
  let best: CostLine | null = null;
  let bestCost = 0;
  for (const line of lines) {
    if (line.optionId !== option.id || line.category === 'benefit') continue;
    const v = accumulateOption(option, [line], [], appraisal);
    let whole = 0;
    for (let t = 0; t < v.lines.length; t++) whole += v.lines[t];
    if (whole > bestCost) {
      best = line;
      bestCost = whole;
    }
  }
  return best;
}
