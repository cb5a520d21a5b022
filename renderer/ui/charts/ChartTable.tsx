import type { ChartTableData, TableColumn, TableRow } from '@shared/presentation/table';

export type { ChartTableData };

/**
 * The text alternative every chart carries: a real table with a caption, readable by screen
 * readers and printed in the report, so no figure is available only as a picture.
 */
function cellClass(c: TableColumn | undefined): string | undefined {
  if (!c) return undefined;
  return [c.numeric ? 'numeric' : '', c.numeric || c.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ') || undefined;
}

export type TableMode = 'visible' | 'hidden' | 'none';

function Row({ row, columns }: { row: TableRow; columns: readonly TableColumn[] }) {
  return (
    <tr>
      <th scope="row">{row.header}</th>
      {row.cells.map((cell, i) => (
        <td key={i} className={cellClass(columns[i + 1])}>
          {cell}
        </td>
      ))}
    </tr>
  );
}

export function ChartTable({ data, mode = 'visible' }: { data: ChartTableData; mode?: TableMode }) {
  if (mode === 'none') return null;
  return (
    <table className={`data-table chart-table${mode === 'hidden' ? ' visually-hidden' : ''}`}>
      <caption>{data.caption}</caption>
      <thead>
        <tr>
          {data.columns.map((c, i) => (
            <th key={i} scope="col" className={c.numeric ? 'numeric' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <Row key={row.key} row={row} columns={data.columns} />
        ))}
      </tbody>
      {data.foot && data.foot.length > 0 && (
        <tfoot>
          {data.foot.map((row) => (
            <Row key={row.key} row={row} columns={data.columns} />
          ))}
        </tfoot>
      )}
    </table>
  );
}
