import type { ComparisonCell, ComparisonColumn, ComparisonModel, ComparisonRow } from '@shared/presentation/comparison';
import { DataTable, tableSpec } from './DataTable';
import { GradeBadge } from './GradeBadge';

function Cell({ row, cell }: { row: ComparisonRow; cell: ComparisonCell }) {
  return (
    <>
      {cell.grade ? <GradeBadge grade={cell.grade} /> : cell.items ? null : cell.text}
      {cell.items && (
        <ul className="flag-list">
          {cell.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {cell.note && <span className="small block">{cell.note}</span>}
      {cell.best && <span className="best-tag"> ★ {row.bestWord ?? 'best'}</span>}
    </>
  );
}

/**
 * The options compared, from the one comparison model: the Compare screen shows every option; the
 * report passes `columns` to split a wide comparison into tables that fit the page.
 */
export function ComparisonTable({
  model,
  columns = model.columns,
  caption = model.caption,
  className = 'data-table comparison',
}: {
  model: ComparisonModel;
  columns?: readonly ComparisonColumn[];
  caption?: string;
  className?: string;
}) {
  const table = tableSpec<ComparisonRow>(className, 'key', (col) => [
    col('Measure', (row) => (
      <>
        {row.label}
        {row.how && <span className="hint how">{` ${row.how}`}</span>}
      </>
    )),
    ...columns.map((column) => {
      const at = model.columns.indexOf(column);
      const header = (
        <>
          {column.name}
          {column.recommended && <span className="recommended-tag"> Recommended</span>}
        </>
      );
      return col(header, (row) => <Cell row={row} cell={row.cells[at]} />, {
        className: (row) => [row.numeric ? 'numeric' : '', row.cells[at].best ? 'best' : ''].filter(Boolean).join(' ') || undefined,
      });
    }),
  ]);
  return <DataTable table={table} caption={caption} rows={model.rows} />;
}
