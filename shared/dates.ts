import { addDays, addMonths, differenceInCalendarDays, format, isValid } from 'date-fns';

/**
 * Dates in the app are calendar days, stored as ISO `yyyy-MM-dd` strings: they sort, index and
 * round-trip through JSON unchanged, and carry no time zone to shift a contract end by a day.
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Builds a local Date for a calendar day, or null when the day does not exist (31 Feb). */
export function makeDate(year: number, month: number, day: number): Date | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(year, month - 1, day);
  d.setFullYear(year); // years 0-99 would otherwise map to 1900-1999
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return d;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Checks a calendar date by arithmetic: it runs for every date of every imported row (the schema
 * validates each one), where building a Date object each time was a measurable share of a
 * 100,000-row import.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    year = year * 10 + d;
  }
  const m1 = value.charCodeAt(5) - 48,
    m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48,
    d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export function parseIsoDate(value: string): Date | null {
  const m = ISO_RE.exec(value);
  if (!m) return null;
  return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Parses an ISO date the caller has already validated; throws on a programming error. */
export function toDate(iso: IsoDate): Date {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(iso)}`);
  return d;
}

export function toIso(date: Date): IsoDate {
  if (!isValid(date)) throw new RangeError('Invalid date');
  return format(date, 'yyyy-MM-dd');
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return toIso(addDays(toDate(iso), days));
}

export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return toIso(addMonths(toDate(iso), months));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIso(now);
}

/** The NHS financial year (1 April – 31 March) containing a date, as its starting calendar year. */
export function financialYearOf(iso: IsoDate): number {
  const d = toDate(iso);
  return d.getMonth() >= 3 ? d.getFullYear() : d.getFullYear() - 1;
}

/** `2025/26` for the year starting 1 April 2025. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
