import type { ImportField } from './fields';
import type { ImportWarning } from './issues';

/** The values one column holds that the app did not recognise, so the user can map each once. */
export interface UnrecognisedColumn {
  column: string;
  field: ImportField;
  /** Each distinct value (as written, trimmed) and how many rows hold it, most frequent first. */
  values: Array<{ value: string; rows: number }>;
  /** Rows holding any of them. */
  rows: number;
}

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
  return [...byColumn].map(([column, g]) => ({
    column,
    field: g.field,
    values: [...g.counts].map(([value, rows]) => ({ value, rows })).sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value)),
    rows: g.rows,
  }));
}

/** "3 values in Procurement route are not recognised: 'A', 'B' and 'C' (12 rows)". */
export function describeUnrecognised(group: UnrecognisedColumn): string {
  const n = group.values.length;
  const quoted = group.values.map((v) => `'${v.value}'`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted[0];
  return `${n === 1 ? '1 value' : `${n} values`} in ${group.column} ${n === 1 ? 'is' : 'are'} not recognised: ${list} (${group.rows === 1 ? '1 row' : `${group.rows} rows`}). Choose what each means, or leave the field blank.`;
}
