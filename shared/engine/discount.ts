import type { DiscountSettings } from '../domain';

/**
 * HM Treasury Green Book discount factors (DOMAIN.md section 4): DF_t = 1 / (1 + r)^t up to and
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
