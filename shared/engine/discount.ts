import type { DiscountSettings } from '../domain';

/**
 * HM Treasury Green Book discount factors (docs/domain.md §4): DF_t = 1 / (1 + r)^t up to and
 * including the switch year (30 by default), then the long rate compounds from there:
 * DF_t = DF_switch / (1 + longRate)^(t − switch). Year 0 is undiscounted.
 */
export function discountFactor(t: number, discount: DiscountSettings): number {
  if (t <= discount.switchYear) return 1 / Math.pow(1 + discount.rate, t);
  const atSwitch = 1 / Math.pow(1 + discount.rate, discount.switchYear);
  return atSwitch / Math.pow(1 + discount.longRate, t - discount.switchYear);
}

/** Factors for years 0..periodYears−1, computed once per appraisal and reused for every option. */
export function discountFactors(periodYears: number, discount: DiscountSettings): Float64Array {
  const out = new Float64Array(Math.max(0, periodYears));
  for (let t = 0; t < out.length; t++) out[t] = discountFactor(t, discount);
  return out;
}

/**
 * Green Book health discount schedule, for benefits valued from QALYs: 1.5% for years 0–30 and
 * 1.29% for years 31–75 (docs/domain.md §4). Checks: DF_1 0.985222, DF_10 0.861667.
 */
export const HEALTH_DISCOUNT: DiscountSettings = { rate: 0.015, longRate: 0.0129, switchYear: 30 };

/** Σ DF_t for t = 0..n−1: the annuity factor (in advance) that turns NPC into an equivalent annual cost. */
export function annuityFactor(df: Float64Array): number {
  let sum = 0;
  for (let t = 0; t < df.length; t++) sum += df[t];
  return sum;
}
