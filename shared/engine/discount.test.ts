import { describe, expect, it } from 'vitest';
import { discountFactor, discountFactors } from './discount';

const greenBook = { rate: 0.035, longRate: 0.03, switchYear: 30 };

describe('Green Book discount factors', () => {
  it('year 0 is undiscounted and year t is 1/1.035^t up to year 30', () => {
    expect(discountFactor(0, greenBook)).toBe(1);
    expect(discountFactor(1, greenBook)).toBeCloseTo(1 / 1.035, 15);
    expect(discountFactor(30, greenBook)).toBeCloseTo(1 / Math.pow(1.035, 30), 15);
  });

  it('switches to 3.0% from year 31, compounded from DF_30', () => {
    const df30 = discountFactor(30, greenBook);
    expect(discountFactor(31, greenBook)).toBeCloseTo(df30 / 1.03, 15);
    expect(discountFactor(35, greenBook)).toBeCloseTo(df30 / Math.pow(1.03, 5), 15);
  });

  it('honours edited rates and switch year', () => {
    const edited = { rate: 0.05, longRate: 0.02, switchYear: 2 };
    expect(discountFactor(3, edited)).toBeCloseTo(1 / (1.05 ** 2 * 1.02), 15);
  });

  it('returns one factor per year of the period', () => {
    const dfs = discountFactors(40, greenBook);
    expect(dfs.length).toBe(40);
    expect(dfs[31]).toBeCloseTo(dfs[30] / 1.03, 15);
    for (let t = 1; t < 40; t++) expect(dfs[t]).toBeLessThan(dfs[t - 1]);
  });
});
