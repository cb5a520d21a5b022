import { isIsoDate, type IsoDate } from '../dates';
import { dayNumberOf, dayNumberToIso, isoToDayNumber, type DayNumber } from '../dates';
import { BANK_HOLIDAYS, FIRST_DATA_YEAR, LAST_DATA_YEAR, UK_NATIONS, type UkNation } from './bank-holiday-data';
import { bankHolidayRules, isWeekend } from './bank-holiday-rules';

/**
 * The one day-counting module (docs/domain.md §5, "Counting days"); every statutory period in the
 * app is counted here.
 *
 * - `pa`: a Procurement Act working day is any day but a Saturday, a Sunday, Christmas Day, Good
 *   Friday or a bank holiday in ANY part of the UK (PA 2023 s.123, "working day"). So Scotland's
 *   2 January and St Andrew's Day, and Northern Ireland's St Patrick's Day and 12 July, all stop the
 *   clock for a trust in England.
 * - `psr`: a Provider Selection Regime working day excludes only England's bank holidays (with
 *   Christmas Day and Good Friday): the PSR applies in England only (PSR reg. 1(2), reg. 2 "working day").
 *
 * "N days beginning with day D" counts D as day 1 (8 working days beginning Monday 1 June 2026 end
 * Wednesday 10 June). PCR 2015 periods are calendar days.
 *
 * Bank holidays come from bank-holiday-data.ts (GOV.UK) for 2024-2032; outside those years they are
 * worked out from the standing rules and every answer that used such a year says so (`projected`).
 */
export type WorkingDayCalendar = 'pa' | 'psr';

const holidayCache = new Map<string, Set<DayNumber>>();

function holidaysOf(nation: UkNation, year: number): Set<DayNumber> {
  const key = `${nation}:${year}`;
  let set = holidayCache.get(key);
  if (!set) {
    const listed = BANK_HOLIDAYS[nation][year];
    const days = listed
      ? listed.split(' ').map((md) => dayNumberOf(year, Number(md.slice(0, 2)), Number(md.slice(3, 5))))
      : bankHolidayRules(nation, year);
    set = new Set(days);
    holidayCache.set(key, set);
  }
  return set;
}

export function yearOfDay(day: DayNumber): number {
  return Number(dayNumberToIso(day).slice(0, 4));
}

/** True when the year's bank holidays are in the data table rather than projected from the rules. */
export function yearInCalendarData(year: number): boolean {
  return year >= FIRST_DATA_YEAR && year <= LAST_DATA_YEAR;
}

/** The parts of the UK whose bank holiday falls on this day (empty when none does). */
export function bankHolidayNations(day: DayNumber | IsoDate): UkNation[] {
  const d = typeof day === 'string' ? isoToDayNumber(day) : day;
  const year = yearOfDay(d);
  return UK_NATIONS.filter((n) => holidaysOf(n, year).has(d));
}

export function isWorkingDay(day: DayNumber | IsoDate, calendar: WorkingDayCalendar): boolean {
  const d = typeof day === 'string' ? isoToDayNumber(day) : day;
  if (isWeekend(d)) return false;
  const year = yearOfDay(d);
  if (calendar === 'psr') return !holidaysOf('englandAndWales', year).has(d);
  for (const n of UK_NATIONS) if (holidaysOf(n, year).has(d)) return false;
  return true;
}

/** A counted period's last day, and whether any year it crossed was projected from the rules. */
export interface CountedPeriod {
  start: IsoDate;
  end: IsoDate;
  projected: boolean;
}

function counted(start: DayNumber, end: DayNumber): CountedPeriod {
  const projected = !yearInCalendarData(yearOfDay(start)) || !yearInCalendarData(yearOfDay(end));
  return { start: dayNumberToIso(start), end: dayNumberToIso(end), projected };
}

/**
 * The last of `n` working days beginning with `start` (start is day 1 if it is a working day; if it
 * is not, counting begins on the next working day). n ≥ 1.
 */
export function workingDaysBeginningWith(start: IsoDate, n: number, calendar: WorkingDayCalendar): CountedPeriod {
  const first = isIsoDate(start) ? isoToDayNumber(start) : Number.NaN;
  if (Number.isNaN(first)) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(start)}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`A period of working days needs a whole number of at least 1, not ${n}`);
  let d = first - 1;
  let count = 0;
  while (count < n) {
    d += 1;
    if (isWorkingDay(d, calendar)) count += 1;
  }
  return counted(first, d);
}

/** `n` working days counted from the day after `day` (the PSR standstill, reg. 12(3)). */
export function workingDaysAfter(day: IsoDate, n: number, calendar: WorkingDayCalendar): CountedPeriod {
  const next = dayNumberToIso(isoToDayNumber(day) + 1);
  return { ...workingDaysBeginningWith(next, n, calendar), start: day };
}

/** The last of `n` calendar days beginning with `start` (start is day 1): start + n − 1. */
export function calendarDaysBeginningWith(start: IsoDate, n: number): CountedPeriod {
  const first = isoToDayNumber(start);
  return counted(first, first + n - 1);
}

/**
 * PCR 2015 periods: the end of the `n`th calendar day after `day` (the standstill ends at midnight at
 * the end of the 10th day after the sending date, reg. 87(2); a VEAT wait is 10 days beginning with
 * the day after publication, reg. 99(3)(c)), and the first day on which the contract may be signed.
 */
export function pcrDaysAfter(day: IsoDate, n: number): CountedPeriod & { firstDayAfter: IsoDate } {
  const d = isoToDayNumber(day);
  return { ...counted(d, d + n), start: day, firstDayAfter: dayNumberToIso(d + n + 1) };
}

/** Working days in [from, to] inclusive, for "N working days left" in the UI. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar): number {
  const a = isoToDayNumber(from);
  const b = isoToDayNumber(to);
  let count = 0;
  for (let d = a; d <= b; d += 1) if (isWorkingDay(d, calendar)) count += 1;
  return count;
}
