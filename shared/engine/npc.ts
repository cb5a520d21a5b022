import { financialYearLabel, type IsoDate } from '../dates';
import type { Appraisal, CostCategory, CostLine, Option, Risk } from '../domain';
import { spreadLine, type SpreadOptions } from './cost-spread';
import { financialYearOfDay, isoToDayNumber } from './day-math';
import { discountFactors } from './discount';

/**
 * Whole-life cost and net present cost of one option (DOMAIN.md section 4, HM Treasury Green Book).
 *
 * - Year 0 is the FY containing the appraisal's base date; years 0..N−1 are in the period.
 * - Costs falling before year 0 or after year N−1 are EXCLUDED from whole-life cost and NPC (the
 *   Green Book compares options over one common period). They are returned as `outsidePeriod` so
 *   the UI can tell the user that part of a line is not counted, rather than silently dropping it.
 * - Benefits are negative lines (category `benefit`) and simply net off.
 * - Optimism bias is an uplift % on one-off costs only (capex-like items: implementation,
 *   migration…). It is included in whole-life cost and NPC, because Green Book figures are presented
 *   bias-adjusted, and reported separately. Benefits are not uplifted: the uplift guards against
 *   cost under-estimates, and raising a saving would do the opposite.
 * - Risk allowance: each risk with both £ impact and probability adds p × impact in the FY of
 *   `landsOn` (year 0 when unset). NPC is reported with and without it.
 */

export type AppraisalPeriod = Pick<Appraisal, 'baseDate' | 'periodYears' | 'discount'>;

export interface YearRow {
  /** FY start year, e.g. 2025 for 2025/26. */
  fy: number;
  label: string;
  t: number;
  df: number;
  /** Cost lines plus optimism bias, undiscounted (benefits netted off). */
  cost: number;
  /** The optimism bias part of `cost`. */
  optimismBias: number;
  /** Expected value of risks landing this year (not in `cost`). */
  risk: number;
  discounted: number;
  /** Cost lines by category (excluding optimism bias and risk). */
  byCategory: Partial<Record<CostCategory, number>>;
}

export interface AmountPair {
  wholeLife: number;
  npc: number;
}

export interface OptionCosts {
  optionId: string;
  byYear: YearRow[];
  wholeLifeCost: number;
  npc: number;
  npcWithRisk: number;
  riskAllowance: AmountPair;
  optimismBiasUplift: AmountPair & { pct: number };
  byCategory: Partial<Record<CostCategory, AmountPair>>;
  /** Undiscounted amounts left out because they fall outside the appraisal period. */
  outsidePeriod: { before: number; after: number; riskAllowance: number };
  /** Running total of `discounted`, year by year; the last entry equals `npc`. */
  cumulativeDiscounted: number[];
}

/** Raw per-year vectors: the cheap form the sensitivity analysis re-computes many times. */
export interface YearVectors {
  fy0: number;
  /** Cost lines, undiscounted, index t. */
  lines: Float64Array;
  optimismBias: Float64Array;
  risk: Float64Array;
  outsideBefore: number;
  outsideAfter: number;
  outsideRisk: number;
}

export function firstFinancialYear(baseDate: IsoDate): number {
  return financialYearOfDay(isoToDayNumber(baseDate));
}

/** Expected value of a risk for the allowance, or 0 when impact or probability is missing. */
export function riskExpectedValue(risk: Risk): number {
  if (risk.impact === undefined || risk.probability === undefined) return 0;
  return risk.impact * risk.probability;
}

/**
 * Accumulates one option's lines and risks into per-year vectors. Lines and risks belonging to other
 * options are ignored, so callers may pass an appraisal's full lists. `byCategory`, when given,
 * receives per-category vectors too.
 */
export function accumulateOption(
  option: Pick<Option, 'id' | 'optimismBias'>,
  costLines: readonly CostLine[],
  risks: readonly Risk[],
  period: Pick<AppraisalPeriod, 'baseDate' | 'periodYears'>,
  spreadOptions?: SpreadOptions,
  byCategory?: Map<CostCategory, Float64Array>,
): YearVectors {
  const n = period.periodYears;
  const fy0 = firstFinancialYear(period.baseDate);
  const v: YearVectors = {
    fy0,
    lines: new Float64Array(n),
    optimismBias: new Float64Array(n),
    risk: new Float64Array(n),
    outsideBefore: 0,
    outsideAfter: 0,
    outsideRisk: 0,
  };
  const obRate = (option.optimismBias?.pct ?? 0) / 100;

  for (const line of costLines) {
    if (line.optionId !== option.id) continue;
    let cat: Float64Array | undefined;
    if (byCategory) {
      cat = byCategory.get(line.category);
      if (!cat) {
        cat = new Float64Array(n);
        byCategory.set(line.category, cat);
      }
    }
    const uplift = line.kind === 'one-off' && line.category !== 'benefit' ? obRate : 0;
    const catVec = cat;
    spreadLine(
      line,
      (fy, amount) => {
        const t = fy - fy0;
        const ob = amount * uplift;
        if (t < 0) v.outsideBefore += amount + ob;
        else if (t >= n) v.outsideAfter += amount + ob;
        else {
          v.lines[t] += amount;
          v.optimismBias[t] += ob;
          if (catVec) catVec[t] += amount;
        }
      },
      spreadOptions,
    );
  }

  for (const risk of risks) {
    if (risk.optionId !== option.id) continue;
    const ev = riskExpectedValue(risk);
    if (ev === 0) continue;
    const t = risk.landsOn ? firstFinancialYear(risk.landsOn) - fy0 : 0;
    if (t < 0 || t >= n) v.outsideRisk += ev;
    else v.risk[t] += ev;
  }
  return v;
}

/** NPC of vectors under given discount factors (cost lines + optimism bias, optionally risk). */
export function npcOfVectors(v: YearVectors, df: Float64Array, withRisk = false): number {
  let sum = 0;
  for (let t = 0; t < df.length; t++) {
    sum += (v.lines[t] + v.optimismBias[t] + (withRisk ? v.risk[t] : 0)) * df[t];
  }
  return sum;
}

/** Full appraisal of one option's costs over the appraisal period. */
export function appraiseOption(
  option: Pick<Option, 'id' | 'optimismBias'>,
  costLines: readonly CostLine[],
  risks: readonly Risk[],
  appraisal: AppraisalPeriod,
  spreadOptions?: SpreadOptions,
): OptionCosts {
  const categories = new Map<CostCategory, Float64Array>();
  const v = accumulateOption(option, costLines, risks, appraisal, spreadOptions, categories);
  const df = discountFactors(appraisal.periodYears, appraisal.discount);

  const byYear: YearRow[] = [];
  const cumulativeDiscounted: number[] = [];
  let wholeLifeCost = 0;
  let npc = 0;
  let riskWhole = 0;
  let riskNpc = 0;
  let obWhole = 0;
  let obNpc = 0;

  for (let t = 0; t < df.length; t++) {
    const fy = v.fy0 + t;
    const cost = v.lines[t] + v.optimismBias[t];
    const discounted = cost * df[t];
    const rowCategories: Partial<Record<CostCategory, number>> = {};
    for (const [category, vec] of categories) {
      if (vec[t] !== 0) rowCategories[category] = vec[t];
    }
    byYear.push({
      fy,
      label: financialYearLabel(fy),
      t,
      df: df[t],
      cost,
      optimismBias: v.optimismBias[t],
      risk: v.risk[t],
      discounted,
      byCategory: rowCategories,
    });
    wholeLifeCost += cost;
    npc += discounted;
    cumulativeDiscounted.push(npc);
    riskWhole += v.risk[t];
    riskNpc += v.risk[t] * df[t];
    obWhole += v.optimismBias[t];
    obNpc += v.optimismBias[t] * df[t];
  }

  const byCategory: Partial<Record<CostCategory, AmountPair>> = {};
  for (const [category, vec] of categories) {
    let whole = 0;
    let disc = 0;
    for (let t = 0; t < df.length; t++) {
      whole += vec[t];
      disc += vec[t] * df[t];
    }
    byCategory[category] = { wholeLife: whole, npc: disc };
  }

  return {
    optionId: option.id,
    byYear,
    wholeLifeCost,
    npc,
    npcWithRisk: npc + riskNpc,
    riskAllowance: { wholeLife: riskWhole, npc: riskNpc },
    optimismBiasUplift: { pct: option.optimismBias?.pct ?? 0, wholeLife: obWhole, npc: obNpc },
    byCategory,
    outsidePeriod: { before: v.outsideBefore, after: v.outsideAfter, riskAllowance: v.outsideRisk },
    cumulativeDiscounted,
  };
}
