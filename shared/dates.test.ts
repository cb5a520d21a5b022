import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financialYearLabel, financialYearOf, isIsoDate, parseIsoDate } from './dates';
import { formatDate } from './format';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
    expect(isIsoDate('2026-04-01T00:00')).toBe(false);
  });

  it('agrees with the Date-based parser for every day string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(isIsoDate(iso)).toBe(parseIsoDate(iso) !== null);
      }),
      { numRuns: 3000 },
    );
  });

  it('formats en-GB and labels NHS financial years', () => {
    expect(formatDate('2026-04-01')).toBe('1 Apr 2026');
    expect(financialYearOf('2026-03-31')).toBe(2025);
    expect(financialYearOf('2026-04-01')).toBe(2026);
    expect(financialYearLabel(2025)).toBe('2025/26');
    expect(financialYearLabel(2099)).toBe('2099/00');
  });
});
