import { useId, useState } from 'react';
import { AppError } from '@shared/result';
import { TextField } from '../../ui/fields';
import { addKpi, kpiNameProblem, moveKpi, removeKpi, renameKpi, type KpiEdit } from './kpi-edits';

/**
 * A live contract's KPIs (PA 2023 s.52), in the user's order: each renamed as it is typed (its
 * ratings follow), moved, removed (Undo in the message), and a new one added.
 */
export function ContractKpiList({
  kpis,
  onEdit,
  onRemoved,
}: {
  kpis: readonly string[];
  /** Applies an edit to the KPIs as stored; rejects with what went wrong. */
  onEdit: (edit: KpiEdit, summary: string) => Promise<unknown>;
  onRemoved: (name: string, removal: Promise<unknown>) => void;
}) {
  const id = useId();
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const problem = kpiNameProblem(kpis, adding);
    if (problem) return setError(problem);
    setError(null);
    const name = adding.trim();
    // A failed write is reported by the section (onEdit); the typed KPI stays to try again.
    onEdit(addKpi(name), `Added the KPI “${name}”`).then(
      () => setAdding(''),
      () => undefined,
    );
  };

  return (
    <>
      {kpis.length > 0 && (
        <ol className="kpi-list">
          {kpis.map((kpi, i) => (
            <li key={`${i}|${kpis.length}`}>
              <TextField
                label={`KPI ${i + 1}`}
                value={kpi}
                required
                onCommit={(name) => {
                  const problem = kpiNameProblem(kpis, name, i);
                  // Rejected, not thrown: the field shows why and saves nothing.
                  if (problem) return Promise.reject(new AppError('KPI_NAME', problem));
                  return onEdit(renameKpi(i, name), `Renamed the KPI “${kpi}” to “${name.trim()}”`);
                }}
              />
              <button
                type="button"
                disabled={i === 0}
                aria-label={`Move KPI ${i + 1} up`}
                onClick={() => void onEdit(moveKpi(i, -1), `Moved the KPI “${kpi}” up`)}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === kpis.length - 1}
                aria-label={`Move KPI ${i + 1} down`}
                onClick={() => void onEdit(moveKpi(i, 1), `Moved the KPI “${kpi}” down`)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove KPI ${i + 1}`}
                onClick={() => onRemoved(kpi, onEdit(removeKpi(i), `Removed the KPI “${kpi}” and its ratings`))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="field-inline kpi-add">
        <label htmlFor={`${id}-new`}>New KPI</label>
        <input
          id={`${id}-new`}
          value={adding}
          maxLength={300}
          onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="button" onClick={add}>
          Add KPI
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
