import { format, isValid } from 'date-fns';

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

export function todayIso(now: Date = new Date()): IsoDate {
  return toIso(now);
}

/** The NHS financial year (1 April – 31 March) containing a date, as its starting calendar year. */
export function financialYearOf(iso: IsoDate): number {
  return financialYearOfDay(isoToDayNumber(iso));
}

/** `2025/26` for the year starting 1 April 2025. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/* Day arithmetic on day numbers: no Date allocation, no time zone, exact for every year. */

/**
 * Integer day arithmetic on ISO dates for the engine's hot paths (100,000 register rows, thousands
 * of cost segments per keystroke). A "day number" counts days since 1970-01-01 in the proleptic
 * Gregorian calendar, with no time zone, so there is no Date allocation and no DST edge to shift a
 * day. Results agree with date-fns on local dates (tested in day-math.test.ts).
 */
export type DayNumber = number;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Days since 1970-01-01 for a civil date (H. Hinnant's days_from_civil, exact for all years). */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number, as [year, month, day]. */
export function civilOf(dayNumber: DayNumber): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/**
 * Parses `yyyy-MM-dd` by character codes. Inputs come from zod-validated records, so this trusts the
 * shape; a malformed string yields NaN rather than throwing, which callers treat as "no date".
 */
export function isoToDayNumber(iso: IsoDate): DayNumber {
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (iso.length !== 10 || !(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return Number.NaN;
  return dayNumberOf(y, m, d);
}

const PAD2: readonly string[] = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/**
 * Register rows share a few thousand distinct dates, so formatted strings are memoised (bounded:
 * cleared past 100,000 entries, roughly 270 years of days).
 */
const isoMemo = new Map<number, IsoDate>();

/** ISO string of a day number; runs twice per register row, hence the memo and inlined maths. */
export function dayNumberToIso(dayNumber: DayNumber): IsoDate {
  const hit = isoMemo.get(dayNumber);
  if (hit !== undefined) return hit;
  if (isoMemo.size >= 100_000) isoMemo.clear();
  const iso = formatDayNumber(dayNumber);
  isoMemo.set(dayNumber, iso);
  return iso;
}

function formatDayNumber(dayNumber: DayNumber): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${PAD2[month]}-${PAD2[day]}`;
}

/**
 * Adds calendar months with date-fns `addMonths` semantics: the day is clamped to the target month's
 * length, so 31 Jan + 1 month is 28/29 Feb and 29 Feb + 12 months is 28 Feb in a common year.
 */
export function addMonthsToDay(dayNumber: DayNumber, months: number): DayNumber {
  const [y, m, d] = civilOf(dayNumber);
  const total = y * 12 + (m - 1) + Math.trunc(months);
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  return dayNumberOf(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/**
 * The k-th anniversary of a civil date, as date-fns `addYears(start, k)` computes it: always from
 * the original start (not chained), so a 29 Feb start has anniversaries on 28 Feb in common years and
 * back on 29 Feb in leap years.
 */
export function anniversaryDay(year: number, month: number, day: number, k: number): DayNumber {
  const ty = year + k;
  return dayNumberOf(ty, month, Math.min(day, daysInMonth(ty, month)));
}

/** NHS financial year (1 April – 31 March) containing a day, as its starting calendar year. */
export function financialYearOfDay(dayNumber: DayNumber): number {
  const [y, m] = civilOf(dayNumber);
  return m >= 4 ? y : y - 1;
}

/** Day number of 1 April starting financial year `fy`. */
export function fyStartDay(fy: number): DayNumber {
  return dayNumberOf(fy, 4, 1);
}

/** 366 when the year contains 29 February (of calendar year fy + 1), else 365. */
export function daysInFinancialYear(fy: number): number {
  return isLeapYear(fy + 1) ? 366 : 365;
}

/** ISO-to-ISO shortcuts on day numbers, for explanation-heavy code that runs per option. */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(iso) + days);
}

export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return dayNumberToIso(addMonthsToDay(isoToDayNumber(iso), months));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToDayNumber(to) - isoToDayNumber(from);
}

/**
 * Whole months from `from` to `to`: the largest m with from + m months ≤ to (negative when `to` is
 * earlier, symmetrically). This is how a person counts "7 months away".
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const a = isoToDayNumber(from);
  const b = isoToDayNumber(to);
  if (b < a) return -wholeMonthsBetween(to, from);
  const [ya, ma] = civilOf(a);
  const [yb, mb] = civilOf(b);
  let m = (yb - ya) * 12 + (mb - ma);
  while (m > 0 && addMonthsToDay(a, m) > b) m -= 1;
  return m;
}
