import type { Deflator } from '../domain';
import { formatPct } from '../format';

/**
 * The GDP deflator and real terms (docs/domain.md §4). The economic case discounts real amounts:
 * a cash line's real value is cash × D_pb ÷ D_t, a constant-price line is already real and its cash
 * value is amount × D_t ÷ D_pb. With no index entered, D_y = (1 + g)^(y − pb) with the assumed
 * growth g (default 2.0%); beyond the last year entered the index grows at the last year's rate (and
 * before the first it falls at the first year's rate); gaps between entered years are filled
 * geometrically.
 */

export interface DeflatorModel {
  /** Price-base financial year (starting calendar year). */
  priceBaseYear: number;
  /** D_pb ÷ D_fy: multiplies a cash amount in `fy` to real (price-base) terms. */
  cashToReal(fy: number): number;
  /** True when no published index is entered and the flat assumed growth is used. */
  assumed: boolean;
  /** How the deflator is described wherever a real figure is shown. */
  label: string;
}

export function assumedDeflatorLabel(growthPct: number): string {
  return `assumed flat ${formatPct(growthPct)} — replace with HM Treasury's GDP deflator series (OBR forecast)`;
}

/** The index D_fy (any scale: only ratios matter). */
export function deflatorIndex(deflator: Deflator, priceBaseYear: number): (fy: number) => number {
  const g = 1 + deflator.assumedGrowthPct / 100;
  const entries = [...deflator.index].sort((a, b) => a.fy - b.fy);
  if (entries.length === 0) return (fy) => Math.pow(g, fy - priceBaseYear);
  const first = entries[0];
  const last = entries[entries.length - 1];
  const rateAt = (a: { fy: number; value: number }, b: { fy: number; value: number }): number =>
    Math.pow(b.value / a.value, 1 / (b.fy - a.fy));
  const firstRate = entries.length > 1 ? rateAt(first, entries[1]) : g;
  const lastRate = entries.length > 1 ? rateAt(entries[entries.length - 2], last) : g;
  return (fy) => {
    if (fy <= first.fy) return first.value / Math.pow(firstRate, first.fy - fy);
    if (fy >= last.fy) return last.value * Math.pow(lastRate, fy - last.fy);
    let i = 1;
    while (entries[i].fy < fy) i++;
    const hi = entries[i];
    if (hi.fy === fy) return hi.value;
    const lo = entries[i - 1];
    return lo.value * Math.pow(rateAt(lo, hi), fy - lo.fy);
  };
}

export function deflatorModel(deflator: Deflator, priceBaseYear: number): DeflatorModel {
  const index = deflatorIndex(deflator, priceBaseYear);
  const base = index(priceBaseYear);
  const memo = new Map<number, number>();
  const assumed = deflator.index.length === 0;
  const described = [deflator.source, deflator.vintage].filter((s) => s.trim()).join(', ');
  return {
    priceBaseYear,
    cashToReal(fy) {
      let f = memo.get(fy);
      if (f === undefined) {
        f = base / index(fy);
        memo.set(fy, f);
      }
      return f;
    },
    assumed,
    label: assumed ? assumedDeflatorLabel(deflator.assumedGrowthPct) : `GDP deflator${described ? ` (${described})` : ''}`,
  };
}
