import { nounFor, type ImportField } from './fields';
import type { ImportWarning } from './issues';
import { formatCount } from '../format';

/**
 * How many of a column's unrecognised values the preview asks about: the most common. A column mapped
 * to the wrong field (free text mapped to the route, say) holds a different value in every row, and
 * one question per row of 100,000 would bury the preview; the rest are left blank with their warnings.
 */
export const UNRECOGNISED_LISTED = 50;
/** How many values the sentence about a column quotes before "and N others". */
const QUOTED = 5;

/** The values one column holds that the app did not recognise, so the user can map each once. */
export interface UnrecognisedColumn {
  column: string;
  field: ImportField;
  /** The most common distinct values (as written, trimmed), up to UNRECOGNISED_LISTED, and how many rows hold each, most rows first. */
  values: Array<{ value: string; rows: number }>;
  /** Rows holding any unrecognised value. */
  rows: number;
  /** Distinct values beyond those listed, and the rows holding them. */
  moreValues: number;
  moreRows: number;
}

// Made on first use: the preview's module loads with the app, and making a collator is a step of
// some 20 ms (the en-GB rules loaded) that start-up has no need of.
let collator: Intl.Collator | undefined;
const byText = () => (collator ??= new Intl.Collator('en-GB'));

/** Groups 'unrecognised' warnings by column, in the order the columns first appear. */
export function groupUnrecognised(warnings: readonly ImportWarning[]): UnrecognisedColumn[] {
  const byColumn = new Map<string, { field: ImportField; counts: Map<string, number>; rows: number }>();
  for (const w of warnings) {
    if (w.kind !== 'unrecognised' || w.field === null || w.field === 'term-months') continue;
    let group = byColumn.get(w.column);
    if (!group) {
      group = { field: w.field, counts: new Map(), rows: 0 };
      byColumn.set(w.column, group);
    }
    group.counts.set(w.value, (group.counts.get(w.value) ?? 0) + 1);
    group.rows += 1;
  }
  return [...byColumn].map(([column, g]) => {
    const all = [...g.counts]
      .map(([value, rows]) => ({ value, rows }))
      .sort((a, b) => b.rows - a.rows || byText().compare(a.value, b.value));
    const values = all.slice(0, UNRECOGNISED_LISTED);
    const listedRows = values.reduce((sum, v) => sum + v.rows, 0);
    return { column, field: g.field, values, rows: g.rows, moreValues: all.length - values.length, moreRows: g.rows - listedRows };
  });
}

/** "3 values in Procurement route are not recognised: 'A', 'B' and 'C' (12 rows)". */
export function describeUnrecognised(group: UnrecognisedColumn): string {
  const n = group.values.length + group.moreValues;
  const quoted = group.values.slice(0, QUOTED).map((v) => `'${v.value}'`);
  const others = n - quoted.length;
  const list =
    others > 0
      ? `${quoted.join(', ')} and ${formatCount(others)} ${others === 1 ? 'other' : 'others'}`
      : quoted.length > 1
        ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`
        : quoted[0];
  const head = `${n === 1 ? '1 value' : `${formatCount(n)} values`} in ${group.column} ${n === 1 ? 'is' : 'are'} not recognised: ${list} (${group.rows === 1 ? '1 row' : `${formatCount(group.rows)} rows`}).`;
  if (group.moreValues === 0) return `${head} Choose what each means, or leave the field blank.`;
  return (
    `${head} Choose what the ${formatCount(group.values.length)} most common mean, or leave the field blank; the others are left blank. ` +
    `If this column does not hold the ${nounFor(group.field)}, choose another field for it.`
  );
}
