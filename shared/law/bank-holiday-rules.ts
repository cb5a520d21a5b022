import { dayNumberOf, type DayNumber } from '../dates';
import { assertNever } from '../result';
import type { UkNation } from './bank-holiday-data';

/**
 * The standing rules behind each part of the UK's bank holidays (Banking and Financial Dealings Act
 * 1971 Sch. 1, with the substitute days set each year by royal proclamation). Used for years outside
 * the data table, and by a test that checks the table against them. One-off holidays are not rules and
 * live only in the table.
 */

/** Weekday of a day number: 0 Monday … 6 Sunday (1 January 1970 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  return weekdayOf(day) >= 5;
}

/** Easter Sunday (Gregorian, anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

function firstMonday(year: number, month: number): DayNumber {
  const first = dayNumberOf(year, month, 1);
  return first + ((7 - weekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): DayNumber {
  const last = dayNumberOf(year, month + 1, 1) - 1;
  return last - weekdayOf(last);
}

/** A fixed date, moved to the next weekday not already taken when it falls at a weekend. */
function substituted(days: readonly DayNumber[]): DayNumber[] {
  const taken: DayNumber[] = [];
  for (const d of days) {
    let x = d;
    while (isWeekend(x) || taken.includes(x)) x += 1;
    taken.push(x);
  }
  return taken;
}

export function bankHolidayRules(nation: UkNation, year: number): DayNumber[] {
  const goodFriday = easterSunday(year) - 2;
  const easterMonday = easterSunday(year) + 1;
  const christmas = substituted([dayNumberOf(year, 12, 25), dayNumberOf(year, 12, 26)]);
  const mayDays = [firstMonday(year, 5), lastMonday(year, 5)];
  let days: DayNumber[];
  switch (nation) {
    case 'englandAndWales':
      days = [...substituted([dayNumberOf(year, 1, 1)]), goodFriday, easterMonday, ...mayDays, lastMonday(year, 8), ...christmas];
      break;
    case 'scotland':
      days = [
        ...substituted([dayNumberOf(year, 1, 1), dayNumberOf(year, 1, 2)]),
        goodFriday,
        ...mayDays,
        firstMonday(year, 8),
        ...substituted([dayNumberOf(year, 11, 30)]),
        ...christmas,
      ];
      break;
    case 'northernIreland':
      days = [
        ...substituted([dayNumberOf(year, 1, 1)]),
        ...substituted([dayNumberOf(year, 3, 17)]),
        goodFriday,
        easterMonday,
        ...mayDays,
        ...substituted([dayNumberOf(year, 7, 12)]),
        lastMonday(year, 8),
        ...christmas,
      ];
      break;
    default:
      return assertNever(nation, 'part of the UK');
  }
  return days.sort((x, y) => x - y);
}
