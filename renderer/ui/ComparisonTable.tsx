import type { ComparisonColumn, ComparisonModel } from '@shared/presentation/comparison';
import { GradeBadge } from './GradeBadge';

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
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          {columns.map((c) => (
            <th scope="col" key={c.id}>
              {c.name}
              {c.recommended && <span className="recommended-tag"> Recommended</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.label}
              {row.how && <span className="hint how"> {row.how}</span>}
            </th>
            {columns.map((column) => {
              const cell = row.cells[model.columns.indexOf(column)];
              return (
                <td
                  key={column.id}
                  className={[row.numeric ? 'numeric' : '', cell.best ? 'best' : ''].filter(Boolean).join(' ') || undefined}
                >
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
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
