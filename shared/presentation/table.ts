/** A chart's text alternative as data: a table with a caption, rendered on screen and in the report. */

export interface TableColumn {
  label: string;
  numeric?: boolean;
  /** Keep cells on one line (dates); numeric columns never wrap either. */
  nowrap?: boolean;
}

/** Numeric columns (right-aligned, never wrapped), one a label: the figures beside a table's row headers. */
export function numericColumns(...labels: string[]): TableColumn[] {
  return labels.map((label) => ({ label, numeric: true }));
}

export interface TableRow {
  key: string;
  /** The row's header cell (first column). */
  header: string;
  cells: readonly string[];
}

export interface ChartTableData {
  caption: string;
  /** All columns, the row-header column first. */
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Totals rows, shown in a tfoot. */
  foot?: readonly TableRow[];
}

/** Splits a list into runs of `size` (wide tables are split so each fits a page). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  const n = Math.max(1, Math.floor(size));
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
