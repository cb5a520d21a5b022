import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../dates';
import { BANK_HOLIDAYS, LAST_DATA_YEAR, FIRST_DATA_YEAR, UK_NATIONS } from './bank-holiday-data';
import { bankHolidayRules, weekdayOf } from './bank-holiday-rules';
import {
  bankHolidayNations,
  calendarDaysBeginningWith,
  isWorkingDay,
  pcrDaysAfter,
  workingDaysAfter,
  workingDaysBeginningWith,
  workingDaysBetween,
} from './working-days';

describe('working days (DOMAIN section 5, "Counting days")', () => {
  it('8 working days beginning Monday 1 June 2026 end Wednesday 10 June (PA 2023 s.51(2), the day itself is day 1)', () => {
    expect(workingDaysBeginningWith('2026-06-01', 8, 'pa').end).toBe('2026-06-10');
    expect(weekdayOf(dayNumberOf(2026, 6, 10))).toBe(2); // Wednesday
  });

  // A bank holiday of one nation only stops the PA clock (a working day is one in every UK nation) but
  // not the PSR clock (England's days only).
  it.each([
    // 8 PA working days beginning Thu 26 Nov 2026: 26, 27, (30 skipped), 1, 2, 3, 4, 7, 8 Dec.
    ['St Andrew’s Day, Mon 30 Nov 2026', '2026-11-30', 'scotland', '2026-11-26', '2026-12-08', '2026-12-07'],
    ['the 2 January substitute, Mon 4 Jan 2027', '2027-01-04', 'scotland', '2027-01-04', '2027-01-14', '2027-01-13'],
    ['St Patrick’s Day, Tue 17 Mar 2026', '2026-03-17', 'northernIreland', '2026-03-16', '2026-03-26', '2026-03-25'],
  ])('%s (%s, %s only) stops the PA clock but not the PSR clock', (_holiday, date, nation, from, paEnd, psrEnd) => {
    expect(bankHolidayNations(date)).toEqual([nation]);
    expect(isWorkingDay(date, 'pa')).toBe(false);
    expect(isWorkingDay(date, 'psr')).toBe(true);
    // `from` starts 8 working days that cross the holiday: the PA count ends a day after the PSR count.
    expect(workingDaysBeginningWith(from, 8, 'pa').end).toBe(paEnd);
    expect(workingDaysBeginningWith(from, 8, 'psr').end).toBe(psrEnd);
  });

  it('the PSR standstill counts 8 working days from the day after the intention notice (PSR reg. 12)', () => {
    // Notice published Fri 3 Jul 2026: count from Mon 6 Jul; 13 Jul (NI, Boyne substitute) still counts for PSR.
    expect(workingDaysAfter('2026-07-03', 8, 'psr').end).toBe('2026-07-15');
    expect(workingDaysAfter('2026-07-03', 8, 'pa').end).toBe('2026-07-16');
  });

  it('England’s bank holidays stop both clocks (Christmas 2026: Fri 25 and Mon 28 Dec)', () => {
    expect(isWorkingDay('2026-12-28', 'psr')).toBe(false);
    expect(workingDaysBeginningWith('2026-12-24', 8, 'pa').end).toBe('2027-01-08');
    expect(workingDaysBetween('2026-12-24', '2027-01-08', 'pa')).toBe(8);
  });

  it('counts from the next working day when the start is not one', () => {
    expect(workingDaysBeginningWith('2026-06-06', 1, 'pa').end).toBe('2026-06-08'); // Saturday → Monday
  });

  it('calendar days beginning with a day count it as day 1 (30 days beginning 1 Apr 2026 end 30 Apr)', () => {
    expect(calendarDaysBeginningWith('2026-04-01', 30).end).toBe('2026-04-30');
    expect(calendarDaysBeginningWith('2026-04-01', 56).end).toBe('2026-05-26');
  });

  it('PCR periods are calendar days: a standstill sent on 1 Jun 2026 ends at midnight on 11 Jun; signing from 12 Jun', () => {
    const p = pcrDaysAfter('2026-06-01', 10);
    expect(p.end).toBe('2026-06-11');
    expect(p.firstDayAfter).toBe('2026-06-12');
  });

  it('marks periods outside the bank-holiday data as projected', () => {
    expect(workingDaysBeginningWith('2026-06-01', 8, 'pa').projected).toBe(false);
    expect(workingDaysBeginningWith('2033-06-01', 8, 'pa').projected).toBe(true);
    expect(isWorkingDay('2033-12-26', 'pa')).toBe(false); // Boxing Day from the rules
  });

  it('refuses a non-date or a count below 1', () => {
    expect(() => workingDaysBeginningWith('2026-02-30', 8, 'pa')).toThrow(/ISO calendar date/);
    expect(() => workingDaysBeginningWith('2026-06-01', 0, 'pa')).toThrow(/at least 1/);
  });
});

describe('bank holiday data (GOV.UK)', () => {
  it('agrees with the standing rules for every year in the table, so a typo cannot slip in', () => {
    for (const nation of UK_NATIONS) {
      for (let year = FIRST_DATA_YEAR; year <= LAST_DATA_YEAR; year += 1) {
        const listed = BANK_HOLIDAYS[nation][year]
          .split(' ')
          .map((md) => dayNumberOf(year, Number(md.slice(0, 2)), Number(md.slice(3, 5))));
        expect(listed, `${nation} ${year}`).toEqual(bankHolidayRules(nation, year));
        for (const d of listed) expect(weekdayOf(d), `${nation} ${year}`).toBeLessThan(5);
      }
    }
  });

  it('holds the 2026 lists GOV.UK publishes', () => {
    expect(BANK_HOLIDAYS.englandAndWales[2026]).toBe('01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28');
    expect(BANK_HOLIDAYS.scotland[2026]).toBe('01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28');
    expect(BANK_HOLIDAYS.northernIreland[2026]).toBe('01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28');
  });
});
