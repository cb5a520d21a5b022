import type { IsoDate } from '../dates';
import { fail, ok, type Parsed } from './grid';

/*
 * Excel stores dates as day counts ("serials"). Two systems exist:
 * - 1900 system (Windows default): serial 1 = 1 Jan 1900. Lotus 1-2-3 wrongly treated 1900 as a leap
 *   year and Excel kept the bug for compatibility, so serial 60 is the non-existent 29 Feb 1900 and
 *   every serial from 61 (= 1 Mar 1900) is one more than a true day count from 31 Dec 1899.
 * - 1904 system (old Mac Excel, flagged `date1904` in workbook.xml): serial 0 = 1 Jan 1904.
 * The arithmetic is on whole days (no Date objects), so no time zone can shift a day.
 */

import { civilOf as civilFromDays, dayNumberOf as daysFromCivil } from '../dates';

// Whole-day calendar arithmetic is the engine's (H. Hinnant's algorithms); one copy serves both.
export { dayNumberOf as daysFromCivil, civilOf as civilFromDays } from '../dates';

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAY_31_DEC_1899 = daysFromCivil(1899, 12, 31);
const DAY_1_JAN_1904 = daysFromCivil(1904, 1, 1);
/** 31 Dec 9999, the last day Excel can show. */
const MAX_SERIAL_1900 = 2958465;

/** Converts an Excel serial (fractions are a time of day and are dropped) to an ISO date. */
export function excelSerialToIso(serial: number, date1904 = false): Parsed<IsoDate> {
  const shown = String(serial);
  if (!Number.isFinite(serial)) return fail(`'${shown}' is not a date: use dd/mm/yyyy`);
  const whole = Math.floor(serial);
  let days: number;
  if (date1904) {
    if (whole < 0) return fail(`'${shown}' is not a date: Excel date numbers start at 0 (1 Jan 1904)`);
    days = DAY_1_JAN_1904 + whole;
  } else {
    if (whole < 1) return fail(`'${shown}' is not a date: Excel date numbers start at 1 (1 Jan 1900)`);
    if (whole === 60) return fail(`'${shown}' is Excel's 29/02/1900, a day that never existed`);
    days = DAY_31_DEC_1899 + (whole < 60 ? whole : whole - 1);
  }
  if (whole > MAX_SERIAL_1900 + (date1904 ? -1462 : 0)) {
    return fail(`'${shown}' is too large to be an Excel date`);
  }
  const [y, m, d] = civilFromDays(days);
  return ok(isoFromParts(y, m, d));
}

/** The serial Excel would store for a date (used by tests and the XLSX fixture generator's checks). */
export function isoToExcelSerial(iso: IsoDate, date1904 = false): number {
  const [y, m, d] = iso.split('-').map(Number);
  const days = daysFromCivil(y, m, d);
  if (date1904) return days - DAY_1_JAN_1904;
  const offset = days - DAY_31_DEC_1899;
  return offset < 60 ? offset : offset + 1;
}
