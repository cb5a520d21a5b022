/**
 * Axis arithmetic shared by the charts. Recharts would pick its own ticks, but its choices vary
 * with the data in ways a board paper should not (`£1.8m, £3.6m…`), so the charts pass these
 * "nice" ticks explicitly: steps of 1, 2, 2.5 or 5 × 10^n.
 */

const NICE_FRACTIONS = [1, 2, 2.5, 5, 10];

/** The smallest nice step that covers `span` in at most `maxTicks − 1` intervals. */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const intervals = Math.max(1, maxTicks - 1);
  const raw = span / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const f of NICE_FRACTIONS) {
    if (f * magnitude >= raw * (1 - 1e-9)) return f * magnitude;
  }
  return 10 * magnitude;
}

/**
 * Ticks covering [min, max] at a nice step, always including 0 when the range reaches it, so bars
 * grow from a labelled baseline. An empty or flat range still gets a usable axis.
 */
export function niceTicks(min: number, max: number, maxTicks = 6): number[] {
  let lo = Math.min(min, max, 0);
  let hi = Math.max(min, max, 0);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, maxTicks);
  lo = Math.floor(lo / step + 1e-9) * step;
  hi = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounding to the step's decimals stops 0.1 + 0.2 style residue from reaching the labels.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

/** Ticks for a range that need not include 0 (a sensitivity axis around a base value). */
export function niceTicksAround(min: number, max: number, maxTicks = 6): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (hi === lo) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, maxTicks);
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

/** Maps a value in [d0, d1] linearly onto [r0, r1]; a zero-width domain maps to the range start. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  if (span === 0) return () => r0;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/**
 * Financial-year category axis: every label shown; past 10 years they are angled so `2026/27`
 * labels never run into each other on an A4-wide chart.
 */
export function yearAxisProps(years: number): {
  interval: 0;
  tick: { fontSize: number; fill: string };
  angle: number;
  textAnchor: 'end' | 'middle';
  height: number;
} {
  const angled = years > 10;
  return {
    interval: 0,
    tick: { fontSize: angled ? 9 : 10, fill: '#1B1F23' },
    angle: angled ? -35 : 0,
    textAnchor: angled ? 'end' : 'middle',
    height: angled ? 46 : 30,
  };
}

/** Legend in the order the series were given (Recharts sorts alphabetically by default). */
export function legendOrder(keys: readonly string[]): (item: { dataKey?: unknown }) => number {
  return (item) => keys.indexOf(String(item.dataKey));
}
