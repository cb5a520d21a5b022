import { describe, expect, it } from 'vitest';
import { countOf, formatCount, formatMoney, formatMoneyCompact, formatMonths, formatPct } from './format';

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

describe('formatCount and countOf', () => {
  it('groups thousands the en-GB way', () => {
    expect(formatCount(1_048_576)).toBe('1,048,576');
    expect(formatCount(0)).toBe('0');
  });
  it('says one thing in the singular and other counts in the plural', () => {
    expect(countOf(1, 'appraisal')).toBe('1 appraisal');
    expect(countOf(0, 'appraisal')).toBe('0 appraisals');
    expect(countOf(100_000, 'contract')).toBe('100,000 contracts');
    expect(countOf(2, 'criterion', 'criteria')).toBe('2 criteria');
  });
});
