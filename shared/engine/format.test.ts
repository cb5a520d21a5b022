import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyCompact, formatMonths, formatPct } from './format';

describe('formatMoney', () => {
  it('rounds to the nearest pound with en-GB grouping', () => {
    expect(formatMoney(2_359_420.29)).toBe('£2,359,420');
    expect(formatMoney(135_018)).toBe('£135,018');
    expect(formatMoney(0.5)).toBe('£1');
  });
  it('never shows minus zero', () => {
    expect(formatMoney(-0.3)).toBe('£0');
  });
  it('shows negatives (benefits) with a sign', () => {
    expect(formatMoney(-1500)).toBe('-£1,500');
  });
});

describe('formatMoneyCompact', () => {
  it('uses m, k and plain pounds', () => {
    expect(formatMoneyCompact(2_359_420)).toBe('£2.36m');
    expect(formatMoneyCompact(450_000)).toBe('£450k');
    expect(formatMoneyCompact(950)).toBe('£950');
    expect(formatMoneyCompact(-1_200_000)).toBe('-£1.20m');
  });
  it('does not print £1,000k at the unit boundary', () => {
    expect(formatMoneyCompact(999_999)).toBe('£1.00m');
  });
});

describe('formatMonths and formatPct', () => {
  it('pluralises months', () => {
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(7)).toBe('7 months');
  });
  it('formats percentages to one decimal place', () => {
    expect(formatPct(3.5)).toBe('3.5%');
    expect(formatPct(20)).toBe('20%');
  });
});
