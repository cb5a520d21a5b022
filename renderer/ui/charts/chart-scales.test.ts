import { describe, expect, it } from 'vitest';
import { legendOrder, linearScale, niceStep, niceTicks, niceTicksAround, yearAxisProps } from './chart-scales';

describe('nice ticks', () => {
  it('uses steps of 1, 2, 2.5 or 5 × 10^n', () => {
    expect(niceStep(10, 6)).toBe(2);
    expect(niceStep(2_359_420, 6)).toBe(500_000);
    expect(niceStep(9, 4)).toBe(5);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('starts at 0 and covers the maximum', () => {
    expect(niceTicks(0, 2_359_420)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000]);
    expect(niceTicks(120, 900)).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('includes negatives (benefits) below the baseline', () => {
    const ticks = niceTicks(-300_000, 1_200_000);
    expect(ticks[0]).toBeLessThanOrEqual(-300_000);
    expect(ticks).toContain(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(1_200_000);
  });

  it('gives a usable axis for an empty chart', () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(Number.NaN, 1)).toEqual([0, 1]);
  });

  it('has no floating-point residue', () => {
    for (const t of niceTicksAround(0.028, 0.042)) expect(String(t)).not.toMatch(/0000|9999/);
    expect(niceTicksAround(0.028, 0.042)).toEqual([0.025, 0.03, 0.035, 0.04, 0.045]);
  });

  it('does not force 0 into a sensitivity range', () => {
    const ticks = niceTicksAround(0.8, 1.2, 5);
    expect(ticks[0]).toBe(0.8);
    expect(ticks[ticks.length - 1]).toBe(1.2);
    expect(ticks).not.toContain(0);
  });
});

describe('linear scale', () => {
  it('maps a domain onto a range, including inverted ranges for y axes', () => {
    const y = linearScale(0, 100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(linearScale(5, 5, 10, 20)(5)).toBe(10);
  });
});

describe('axis and legend helpers', () => {
  it('angles financial-year labels past ten years', () => {
    expect(yearAxisProps(10)).toMatchObject({ angle: 0, textAnchor: 'middle', interval: 0 });
    expect(yearAxisProps(15)).toMatchObject({ angle: -35, textAnchor: 'end' });
  });
  it('keeps legend items in series order', () => {
    const order = legendOrder(['support', 'implementation', 'optimismBias']);
    const items = [{ dataKey: 'optimismBias' }, { dataKey: 'support' }, { dataKey: 'implementation' }];
    expect([...items].sort((a, b) => order(a) - order(b)).map((i) => i.dataKey)).toEqual(['support', 'implementation', 'optimismBias']);
  });
});
