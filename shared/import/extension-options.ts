import type { ExtensionOption } from '../domain/contract';
import { cellText, fail, ok, quote, type Cell, type Parsed } from './grid';
import { parseDate, type DateOptions } from './values';

/*
 * Extension options in one cell, separated by `;` or line breaks:
 *   `12 months by 31/03/2027 (exercised); 12 months`, `2 x 12 months`, `1 year`, `6m by 2028-01-31`.
 * "by <date>" is the exercise-by date; "exercised" marks an option already taken. The CSV export
 * writes the same form (formatExtensionOptions), so options round-trip.
 */

/*
 * One item is `[count x] length unit [by <date>] [(exercised)]`. It is read in three linear steps
 * (head, an "exercised" marker at the end, then "by <date>") rather than one regular expression:
 * the single pattern's lazy date followed by optional spaces backtracked over every run of spaces,
 * so one long cell took seconds. The steps accept exactly what that pattern accepted.
 */
const HEAD_RE = /^(?:(\d{1,2})\s*x\s*)?(\d{1,3})\s*(months?|mths?|mos?|m|years?|yrs?|y)\b/i;
const EXERCISED_TAIL_RE = /\(?exercised\)?$/i;
const BY_RE = /^by\s+/i;

interface Item {
  count: string | undefined;
  length: string;
  unit: string;
  by: string | undefined;
  exercised: boolean;
}

function readItem(item: string): Item | null {
  const head = HEAD_RE.exec(item);
  if (!head) return null;
  const rest = item.slice(head[0].length).trimStart();
  const marker = EXERCISED_TAIL_RE.exec(rest);
  const item0 = { count: head[1], length: head[2], unit: head[3] };
  if (BY_RE.test(rest)) {
    const after = rest.replace(BY_RE, '');
    // The date is what precedes the marker; with nothing before it, the marker is the "date".
    const date = marker ? after.slice(0, after.length - marker[0].length).trimEnd() : after;
    if (marker && date !== '') return { ...item0, by: date, exercised: true };
    return { ...item0, by: after, exercised: false };
  }
  if (rest === '') return { ...item0, by: undefined, exercised: false };
  if (marker && marker.index === 0) return { ...item0, by: undefined, exercised: true };
  return null;
}

export function parseExtensionOptions(cell: Cell, options: DateOptions = {}): Parsed<ExtensionOption[]> {
  const text = cellText(cell).trim();
  const result: ExtensionOption[] = [];
  for (const item of text
    .split(/[;\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const m = readItem(item);
    if (!m) return fail(`${quote(item)} is not an extension option: write e.g. '12 months by 31/03/2027; 12 months'`);
    const count = m.count ? Number(m.count) : 1;
    const months = Number(m.length) * (/^y/i.test(m.unit) ? 12 : 1);
    if (count < 1 || months < 1 || months > 600) return fail(`${quote(item)} has an extension length outside 1 to 600 months`);
    let exerciseBy: string | undefined;
    if (m.by) {
      const date = parseDate(m.by, options);
      if (!date.ok) return date;
      exerciseBy = date.value;
    }
    for (let i = 0; i < count; i += 1) {
      const option: ExtensionOption = { months, exercised: m.exercised };
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
