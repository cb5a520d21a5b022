import { addDays, addMonths, addYears, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financialYearOf, toDate, toIso } from './dates';
import {
  addMonthsToDay,
  anniversaryDay,
  civilOf,
  dayNumberToIso,
  daysInFinancialYear,
  financialYearOfDay,
  fyStartDay,
  isoToDayNumber,
} from './dates';

/** Random real calendar dates 1990–2090 as ISO strings, built through date-fns as the oracle. */
const isoDate = fc.integer({ min: 0, max: 36_500 }).map((n) => toIso(new Date(1990, 0, 1 + n)));

describe('day numbers agree with date-fns', () => {
  it('differences between days', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(isoToDayNumber(b) - isoToDayNumber(a)).toBe(differenceInCalendarDays(toDate(b), toDate(a)));
      }),
    );
  });
  it('round-trips through ISO', () => {
    fc.assert(
      fc.property(isoDate, (a) => {
        expect(dayNumberToIso(isoToDayNumber(a))).toBe(a);
      }),
    );
  });
  it('adds months with addMonths clamping', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -60, max: 240 }), (a, m) => {
        expect(dayNumberToIso(addMonthsToDay(isoToDayNumber(a), m))).toBe(toIso(addMonths(toDate(a), m)));
      }),
    );
  });
  it('computes anniversaries as addYears from the start', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 40 }), (a, k) => {
        const [y, m, d] = civilOf(isoToDayNumber(a));
        expect(dayNumberToIso(anniversaryDay(y, m, d, k))).toBe(toIso(addYears(toDate(a), k)));
      }),
    );
  });
  it('finds the NHS financial year', () => {
    fc.assert(
      fc.property(isoDate, (a) => {
        expect(financialYearOfDay(isoToDayNumber(a))).toBe(financialYearOf(a));
      }),
    );
  });
});

describe('financial years', () => {
  it('has 366 days only when it contains 29 February', () => {
    expect(daysInFinancialYear(2023)).toBe(366); // 2023/24 contains 29 Feb 2024
    expect(daysInFinancialYear(2024)).toBe(365);
    expect(daysInFinancialYear(2027)).toBe(366); // 29 Feb 2028
    expect(daysInFinancialYear(2099)).toBe(365); // 2100 is not a leap year
    for (let fy = 2000; fy < 2100; fy++) {
      expect(fyStartDay(fy + 1) - fyStartDay(fy)).toBe(daysInFinancialYear(fy));
    }
  });
  it('29 Feb anniversaries fall on 28 Feb in common years (date-fns addYears)', () => {
    expect(dayNumberToIso(anniversaryDay(2024, 2, 29, 1))).toBe('2025-02-28');
    expect(dayNumberToIso(anniversaryDay(2024, 2, 29, 4))).toBe('2028-02-29');
  });
  it('rejects malformed input as NaN', () => {
    expect(isoToDayNumber('2025-13-01')).toBeNaN();
    expect(isoToDayNumber('not a date')).toBeNaN();
  });
});

describe('ISO shortcuts', () => {
  it('agree with date-fns on local calendar dates', async () => {
    const { addDaysIso, addMonthsIso, daysBetween } = await import('./dates');
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: -500, max: 500 }), (a, b, n) => {
        expect(addDaysIso(a, n)).toBe(toIso(addDays(toDate(a), n)));
        expect(addMonthsIso(a, n % 240)).toBe(toIso(addMonths(toDate(a), n % 240)));
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(toDate(b), toDate(a)));
      }),
    );
  });

  it('counts whole months as the largest m with from + m months ≤ to', async () => {
    const { wholeMonthsBetween } = await import('./dates');
    expect(wholeMonthsBetween('2026-11-30', '2027-06-30')).toBe(7);
    expect(wholeMonthsBetween('2026-12-15', '2027-06-30')).toBe(6);
    expect(wholeMonthsBetween('2027-01-31', '2027-02-28')).toBe(1);
    expect(wholeMonthsBetween('2027-06-30', '2026-11-30')).toBe(-7);
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const m = wholeMonthsBetween(a, b);
        if (b >= a) {
          expect(toIso(addMonths(toDate(a), m)) <= b).toBe(true);
          expect(toIso(addMonths(toDate(a), m + 1)) > b).toBe(true);
        }
      }),
    );
  });
});
