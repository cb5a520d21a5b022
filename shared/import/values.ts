import type { IsoDate } from '../dates';
import { excelSerialToIso, isoFromParts } from './excel-serial';
import { cellText, fail, ok, quote, type Cell, type Parsed } from './grid';

/*
 * Cell parsers for register imports. Each takes a non-blank cell (the caller decides what blank
 * means) and answers `{ ok, value }` or `{ ok: false, reason }`, the reason in words a trust manager
 * can act on. Registers are British: numeric dates are always read day first (dd/mm/yyyy), never
 * US month first, and money is pounds.
 */

export { parseCategory, parseContractingModel, parseHostingModel, parseProcurementRoute, parseRegime, parseStatus } from './enum-values';
export type { Parsed } from './grid';

export interface DateOptions {
  /** The workbook uses Excel's 1904 date system (see excel-serial.ts). */
  date1904?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const TIME = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|am|pm))?)?`;
const ISO_RE = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`, 'i');
const DMY_RE = new RegExp(String.raw`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})${TIME}$`, 'i');
const D_MON_Y_RE = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})$/i;
const MON_D_Y_RE = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
/** Only five-digit serials are read from text: 10000–99999 is 1927–2173, where contract dates live. */
const SERIAL_TEXT_RE = /^\d{5}(?:\.\d+)?$/;

/**
 * Two-digit years pivot like Excel's default: 00–69 → 2000–2069, 70–99 → 1970–1999. A contract
 * register rarely holds dates before 1970 and often holds dates to the 2060s.
 */
export function expandTwoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Same answer as dates.ts makeDate for years 1900–9999, without building a Date: this runs for every
 * date cell of a 100,000-row register, and Date construction dominated the profile.
 */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function checkedDate(text: string, year: number, month: number, day: number): Parsed<IsoDate> {
  if (year < 1900 || year > 9999) return fail(`${quote(text)} has the year ${year}: check it (dates must be 1900 or later)`);
  if (!isRealDay(year, month, day)) return fail(`${quote(text)} is not a real date`);
  return ok(isoFromParts(year, month, day));
}

function readYear(text: string): number {
  return text.length === 2 ? expandTwoDigitYear(Number(text)) : Number(text);
}

/** Digits at text[from, from + length) as a number, or -1 when any is not a digit. */
function digitsAt(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The two shapes nearly every register cell takes, `yyyy-mm-dd` and `dd/mm/yyyy`, read without a
 * regular expression: this runs for every date cell of a 100,000-row import.
 */
function fastDate(text: string): Parsed<IsoDate> | null {
  if (text.length !== 10) return null;
  if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digitsAt(text, 0, 4);
    const m = digitsAt(text, 5, 2);
    const d = digitsAt(text, 8, 2);
    return y < 0 || m < 0 || d < 0 ? null : checkedDate(text, y, m, d);
  }
  if (text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47) {
    const d = digitsAt(text, 0, 2);
    const m = digitsAt(text, 3, 2);
    const y = digitsAt(text, 6, 4);
    return y < 0 || m < 0 || d < 0 ? null : checkedDate(text, y, m, d);
  }
  return null;
}

/** Parses `2026-04-01`, `01/04/2026`, `1/4/26`, `1 Apr 2026`, `01-Apr-26`, `1 April 2026` or an Excel serial. */
export function parseDate(cell: Cell, options: DateOptions = {}): Parsed<IsoDate> {
  if (typeof cell === 'number') return excelSerialToIso(cell, options.date1904);
  const text = cellText(cell).trim();
  const fast = fastDate(text);
  if (fast) return fast;
  let m = ISO_RE.exec(text);
  if (m) return checkedDate(text, Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_RE.exec(text);
  if (m) return checkedDate(text, readYear(m[3]), Number(m[2]), Number(m[1]));
  m = D_MON_Y_RE.exec(text);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (month) return checkedDate(text, readYear(m[3]), month, Number(m[1]));
  }
  m = MON_D_Y_RE.exec(text);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    if (month) return checkedDate(text, Number(m[3]), month, Number(m[2]));
  }
  if (SERIAL_TEXT_RE.test(text)) return excelSerialToIso(Number(text), options.date1904);
  return fail(`${quote(text)} is not a date: use dd/mm/yyyy`);
}

const MULTIPLIER_DIGITS: Record<string, number> = { k: 3, thousand: 3, m: 6, mn: 6, million: 6, bn: 9, billion: 9 };
const MONEY_RE =
  /^([-+]?)(?:gbp|£)?([-+]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:e([-+]?\d{1,3}))?(thousand|million|billion|mn|bn|k|m)?(?:gbp)?$/;

/**
 * Exact decimal → pence, rounding half away from zero. Working on the digit string (not
 * `x * 100`) avoids float artefacts such as 1.005 → 1.00 and keeps `£1.2m` exactly 1,200,000.
 */
function digitsToPounds(intPart: string, fracPart: string, shift: number): number | null {
  const digits = intPart + fracPart;
  const point = intPart.length + shift;
  let whole: string;
  let rest: string;
  if (point <= 0) {
    whole = '0';
    rest = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + '0'.repeat(point - digits.length);
    rest = '';
  } else {
    whole = digits.slice(0, point);
    rest = digits.slice(point);
  }
  let pence = BigInt((whole || '0') + rest.padEnd(2, '0').slice(0, 2));
  if (rest.length > 2 && rest[2] >= '5') pence += 1n;
  if (pence > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(pence) / 100;
}

/** Plain amounts with at most two decimals: `Number` of such text is already the exact pence value. */
const SIMPLE_AMOUNT_RE = /^(?:£|-|-£|£-)?(?:\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.\d{1,2})?$/;

/** Parses `£1,234,567.89`, `1234567`, `(1,234)`, `-£5`, `£1.2m`, `£450k`, `£1.2bn`, `GBP 1 234`. */
export function parseMoney(cell: Cell): Parsed<number> {
  if (typeof cell === 'number' && Number.isSafeInteger(cell)) return ok(cell === 0 ? 0 : cell);
  // Fast path for the common shapes (`1234567.5`, `£1,234,567.89`) before the general parser.
  if (typeof cell === 'string' && SIMPLE_AMOUNT_RE.test(cell)) {
    const n = Number(cell.replace(/[£,]/g, ''));
    return ok(n === 0 ? 0 : n);
  }
  const shown = cellText(cell).trim();
  const help = `${quote(shown)} is not an amount of money: use a number such as 1234.56 or £1.2m`;
  if (typeof cell === 'boolean') return fail(help);
  if (typeof cell === 'number' && !Number.isFinite(cell)) return fail(help);
  let text = shown
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[\u2212\u2013]/g, '-');
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  const m = MONEY_RE.exec(text);
  if (!m || !/\d/.test((m[3] ?? '') + (m[4] ?? ''))) return fail(help);
  const signs = m[1] + m[2];
  if (signs.length > 1 || (negative && signs === '-')) return fail(help);
  if (signs === '-') negative = true;
  const shift = Number(m[5] ?? 0) + (m[6] ? MULTIPLIER_DIGITS[m[6]] : 0);
  const pounds = digitsToPounds(m[3].replace(/,/g, ''), m[4] ?? '', shift);
  if (pounds === null) return fail(`${quote(shown)} is too large an amount`);
  return ok(negative && pounds !== 0 ? -pounds : pounds);
}

export interface IntegerOptions {
  min?: number;
  max?: number;
  /** Unit words accepted after the number, e.g. ['day', 'days']. */
  units?: readonly string[];
  /** How to describe the expected value, e.g. 'a number of days'. */
  noun?: string;
}

/** Parses a whole number such as `90`, `1,000` or `90 days`. */
export function parseInteger(cell: Cell, options: IntegerOptions = {}): Parsed<number> {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER, units = [], noun = 'a whole number' } = options;
  const shown = cellText(cell).trim();
  let n: number;
  if (typeof cell === 'number') {
    n = cell;
  } else if (typeof cell === 'boolean') {
    return fail(`${quote(shown)} is not ${noun}`);
  } else {
    let text = shown.toLowerCase();
    for (const unit of units) {
      if (text.endsWith(unit)) {
        text = text.slice(0, -unit.length).trim();
        break;
      }
    }
    if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?$/.test(text)) return fail(`${quote(shown)} is not ${noun}`);
    n = Number(text.replace(/,/g, ''));
  }
  if (!Number.isInteger(n)) return fail(`${quote(shown)} is not ${noun}`);
  if (n < min || n > max) return fail(`${quote(shown)} is outside the allowed range ${min} to ${max}`);
  return ok(n);
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0']);

/** Parses yes/no, y/n, true/false and 1/0 in any case. */
export function parseBoolean(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  return fail(`${quote(cellText(cell).trim())} is not yes or no`);
}

/**
 * Splits `PAS; Maternity, ED` into items; registers use either separator (and line breaks in a cell).
 * Splits on the separators alone and trims each item. The earlier split on "optional spaces, a
 * separator, optional spaces" gave the same items but backtracked over every run of spaces, so one
 * cell of 32,000 spaces between two words took two seconds.
 */
export function parseList(cell: Cell): Parsed<string[]> {
  return ok(
    cellText(cell)
      .split(/[;,\n\r]/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}
