import { describe, expect, it } from 'vitest';
import {
  countOf,
  formatCount,
  formatDate,
  formatDaysAway,
  formatFactor,
  formatMoney,
  formatMoneyExact,
  formatMoneyCompact,
  formatMonths,
  formatPct,
  formatRate,
  formatPence,
  formatScore,
  formatSeconds,
  formatTimestamp,
  londonDay,
} from './format';

describe('formatMoney', () => {
  it('rounds to the nearest pound with en-GB grouping', () => {
    expect([2_359_420.29, 135_018, 0.5].map(formatMoney)).toEqual(['£2,359,420', '£135,018', '£1']);
  });
  it('never shows minus zero', () => {
    expect(formatMoney(-0.3)).toBe('£0');
  });
  it('shows negatives (benefits) with a sign', () => {
    expect(formatMoney(-1500)).toBe('-£1,500');
  });
  it('rounds a half pound away from zero on either side of it, so a saving and a cost of the same size read the same', () => {
    expect([2.5, -2.5, 0.5, -0.5, -1_234.5].map(formatMoney)).toEqual(['£3', '-£3', '£1', '-£1', '-£1,235']);
  });
});

describe('formatMoneyCompact', () => {
  it('writes £2.36m, £2.4m, £500k and plain pounds, without trailing zeros', () => {
    const amounts = [2_359_420, 2_400_000, 1_000_000, 450_000, 950, 0, -1_500_000, 1_250_000_000];
    expect(amounts.map(formatMoneyCompact)).toEqual(['£2.36m', '£2.4m', '£1m', '£450k', '£950', '£0', '-£1.5m', '£1.25bn']);
  });

  it('never prints £1,000k or minus zero at a boundary', () => {
    expect([999_999, 999.96, -0.3].map(formatMoneyCompact)).toEqual(['£1m', '£1k', '£0']);
  });
});

describe('rates, scores and factors', () => {
  it('shows a stored fraction as a percentage, a score to two places and a discount factor to four', () => {
    expect([formatRate(0.035), formatRate(0.0125), formatScore(7.2), formatFactor(0.966183574879227), formatPct(41)]).toEqual([
      '3.5%',
      '1.25%',
      '7.20',
      '0.9662',
      '41%',
    ]);
  });
});

describe('sums to the penny, and seconds', () => {
  // A sum exactly as recorded (whole pounds without pence, otherwise to the penny), pounds to the
  // penny grouped in thousands, and how long something took to one place, a moment as under 0.1 seconds.
  it.each([
    [formatMoneyExact, 12_345, '£12,345'],
    [formatMoneyExact, 12_345.6, '£12,345.60'],
    [formatMoneyExact, 1_234.56, '£1,234.56'],
    [formatMoneyExact, 0, '£0'],
    [formatPence, 2, '£2.00'],
    [formatPence, 1_234_567.891, '£1,234,567.89'],
    [formatPence, -0.5, '-£0.50'],
    [formatPence, -0.001, '£0.00'],
    [formatPence, Number.NaN, '—'],
    [formatSeconds, 2.34, '2.3 seconds'],
    [formatSeconds, 1, '1 second'],
    [formatSeconds, 0.04, 'under 0.1 seconds'],
    [formatSeconds, 0, '0 seconds'],
    [formatSeconds, 1_234.5, '1,234.5 seconds'],
  ] as const)('%o of %d reads %s', (format, value, words) => {
    expect(format(value)).toBe(words);
  });
});

describe('dates relative to today', () => {
  it('says how far away a date is, and a past one in words, never as a negative count', () => {
    const ended = (days: number) => formatDaysAway(days, 'ended');
    expect([31, 1, 0, -1, -427].map(ended)).toEqual(['in 31 days', 'tomorrow', 'today', 'ended yesterday', 'ended 427 days ago']);
    expect(formatDaysAway(-1500, 'passed')).toBe('passed 1,500 days ago');
  });
});

describe('formatTimestamp', () => {
  it('shows a recorded moment in UK local time, an hour on from UTC in British Summer Time', () => {
    expect(formatTimestamp('2026-07-01T09:30:00.000Z')).toBe('1 Jul 2026, 10:30');
    expect(formatTimestamp('2026-12-01T09:30:00.000Z')).toBe('1 Dec 2026, 09:30');
    // Just before midnight UTC in summer is the next day in London.
    expect(formatTimestamp('2026-06-30T23:15:00.000Z')).toBe('1 Jul 2026, 00:15');
    expect(londonDay('2026-06-30T23:15:00.000Z')).toBe('2026-07-01');
  });

  it('says nothing is recorded rather than showing a raw value', () => {
    expect(formatTimestamp(undefined)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
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
  it('writes small counts (without building a formatter) exactly as the en-GB formatter does', () => {
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    for (const n of [-1000, -999, -42, -1, -0, 0, 7, 80, 999, 1000, 12.4, 999.6]) expect(formatCount(n), String(n)).toBe(intl.format(n));
  });
  it('says one thing in the singular and other counts in the plural', () => {
    expect(countOf(1, 'appraisal')).toBe('1 appraisal');
    expect(countOf(0, 'appraisal')).toBe('0 appraisals');
    expect(countOf(100_000, 'contract')).toBe('100,000 contracts');
    expect(countOf(2, 'criterion', 'criteria')).toBe('2 criteria');
  });
});

describe('whole amounts and counts, without Intl', () => {
  const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
  const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  // Edges of the grouping, signs, rounding either way, the largest exact whole numbers, and past them.
  const values = [
    0,
    -0,
    0.4,
    -0.4,
    0.5,
    -0.5,
    1,
    -1,
    999,
    999.5,
    -999.5,
    1000,
    -1000,
    1234.49,
    99_999,
    100_000,
    123_456_789,
    -123_456_789,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    2 ** 60,
    -(2 ** 60),
    1e21,
    12.4,
    999.6,
  ];

  it('reads exactly as the en-GB formatter writes them', () => {
    for (let i = 0; i < 2000; i++) values.push(Math.round((Math.random() - 0.5) * 10 ** (1 + (i % 12))));
    for (const v of values) {
      expect(formatMoney(v), String(v)).toBe(POUNDS.format(Math.abs(v) < 0.5 ? 0 : v));
      expect(formatCount(v), String(v)).toBe(WHOLE.format(v));
    }
  });
});
