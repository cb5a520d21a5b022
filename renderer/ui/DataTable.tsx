import type { Key, ReactNode } from 'react';

/** One column of a {@link DataTable}: its header, and how to draw its cell for a row. */
export interface Column<R> {
  /** What the column header says (a screen reader reads it with every cell below it). */
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  /** Figures: right-aligned, header and cells alike (the `numeric` class). */
  numeric?: boolean;
  /** Further classes for the cells, not the header (`nowrap`, `small`, `actions`…), or a row's own. */
  className?: string | ((row: R) => string | undefined);
  /** A cell that spans rows: how many rows it covers from this one; 0 where a cell above covers it. */
  rowSpan?: (row: R, index: number) => number;
}

/** The fields of a row that can key it. */
type KeysOf<R> = { [K in keyof R]: R[K] extends Key ? K : never }[keyof R];

type ColumnOptions<R> = Omit<Column<R>, 'header' | 'cell'>;

/** The fields of a row that can be shown as they are. */
type ShownFields<R> = { [K in keyof R]: R[K] extends ReactNode ? K : never }[keyof R];

/**
 * Makes a column in a line, typed over the table's rows: the cell is a field shown as it is, or drawn
 * from the row: `col('Route', 'route')`, `col('Allowance', (r) => r.allowance, { numeric: true })`.
 */
export type ColumnMaker<R> = (header: ReactNode, cell: ShownFields<R> | Column<R>['cell'], options?: ColumnOptions<R>) => Column<R>;

/** How a kind of record is tabled: the look (`data-table` on screen, `report-table` on paper), the row key and the columns. */
export interface TableSpec<R> {
  className: string;
  rowKey: (row: R, index: number) => Key;
  columns: readonly Column<R>[];
  /** Which column's cell names its row (default: the first). */
  rowHeader?: number;
  rowClassName?: (row: R) => string | undefined;
}

/** A {@link TableSpec}; `rowKey` names the field that tells rows apart, or reads it from the row. */
export function tableSpec<R>(
  className: string,
  rowKey: KeysOf<R> | TableSpec<R>['rowKey'],
  columns: (col: ColumnMaker<R>) => readonly Column<R>[],
  options: Pick<TableSpec<R>, 'rowHeader' | 'rowClassName'> = {},
): TableSpec<R> {
  const key = typeof rowKey === 'function' ? rowKey : (row: R) => row[rowKey] as Key;
  return {
    className,
    rowKey: key,
    columns: columns((header, cell, more) => ({
      header,
      cell: typeof cell === 'function' ? cell : (row) => row[cell] as ReactNode,
      ...more,
    })),
    ...options,
  };
}

/**
 * A captioned table of records: the app's screens and the board paper draw every record table
 * through it, so each is a `caption`, a header row of `th scope="col"`, and rows named by one
 * `th scope="row"` cell, with no element more than that per cell (the PDF's tagged structure costs
 * per element).
 */
export function DataTable<R>({
  table: { className, rowKey, columns, rowHeader = 0, rowClassName },
  caption,
  rows,
  foot,
}: {
  table: TableSpec<R>;
  caption: ReactNode;
  rows: readonly R[];
  /** Rows for a `tfoot` (totals), drawn by the caller. */
  foot?: ReactNode;
}) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.numeric ? 'numeric' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={rowKey(row, r)} className={rowClassName?.(row)}>
            {columns.map((c, i) => {
              const span = c.rowSpan?.(row, r);
              if (span === 0) return null;
              const more = typeof c.className === 'function' ? c.className(row) : c.className;
              const cellClass = [c.numeric ? 'numeric' : '', more ?? ''].filter(Boolean).join(' ') || undefined;
              const Cell = i === rowHeader ? 'th' : 'td';
              return (
                <Cell key={i} scope={Cell === 'th' ? 'row' : undefined} className={cellClass} rowSpan={span}>
                  {c.cell(row, r)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}
