import type { ExtensionOption } from '../domain/contract';
import { cellText, fail, ok, quote, type Cell, type Parsed } from './grid';
import { parseDate, type DateOptions } from './values';

/*
 * Extension options in one cell, separated by `;` or line breaks:
 *   `12 months by 31/03/2027 (exercised); 12 months`, `2 x 12 months`, `1 year`, `6m by 2028-01-31`.
 * "by <date>" is the exercise-by date; "exercised" marks an option already taken. The CSV export
 * writes the same form (formatExtensionOptions), so options round-trip.
 */

const ITEM_RE =
  /^(?:(\d{1,2})\s*x\s*)?(\d{1,3})\s*(months?|mths?|mos?|m|years?|yrs?|y)\b\s*(?:by\s+(.+?))?\s*(\(?exercised\)?)?$/i;

export function parseExtensionOptions(cell: Cell, options: DateOptions = {}): Parsed<ExtensionOption[]> {
  const text = cellText(cell).trim();
  const result: ExtensionOption[] = [];
  for (const item of text.split(/[;\n\r]+/).map((s) => s.trim()).filter((s) => s !== '')) {
    const m = ITEM_RE.exec(item);
    if (!m) return fail(`${quote(item)} is not an extension option: write e.g. '12 months by 31/03/2027; 12 months'`);
    const count = m[1] ? Number(m[1]) : 1;
    const months = Number(m[2]) * (/^y/i.test(m[3]) ? 12 : 1);
    if (count < 1 || months < 1 || months > 600) return fail(`${quote(item)} has an extension length outside 1 to 600 months`);
    let exerciseBy: string | undefined;
    if (m[4]) {
      const date = parseDate(m[4], options);
      if (!date.ok) return date;
      exerciseBy = date.value;
    }
    for (let i = 0; i < count; i += 1) {
      const option: ExtensionOption = { months, exercised: Boolean(m[5]) };
      if (exerciseBy !== undefined) option.exerciseBy = exerciseBy;
      result.push(option);
    }
  }
  return ok(result);
}

export function formatExtensionOptions(options: readonly ExtensionOption[]): string {
  return options
    .map((o) => `${o.months} months${o.exerciseBy ? ` by ${o.exerciseBy}` : ''}${o.exercised ? ' (exercised)' : ''}`)
    .join('; ');
}
