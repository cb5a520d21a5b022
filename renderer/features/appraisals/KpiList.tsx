import type { Kpi } from '@shared/domain';
import { NoteField } from '../../ui/fields';

/**
 * The option's KPIs (PA 2023 s.52), in the order the user gives them: at least three for a contract
 * over £5m (not light-touch), unless performance cannot be assessed by KPIs — then the reason.
 */
export function KpiList({
  kpis,
  needed,
  reason,
  onSave,
  onSaveReason,
}: {
  kpis: readonly Kpi[];
  needed: boolean;
  reason: string | undefined;
  /** Applies a change to the KPIs as stored (so two quick edits both land). */
  onSave: (update: (current: Kpi[]) => Kpi[]) => unknown;
  onSaveReason: (reason: string | undefined) => unknown;
}) {
  const set = (i: number, patch: Partial<Kpi>) => onSave((current) => current.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  const move = (i: number, by: -1 | 1) =>
    onSave((current) => {
      const next = [...current];
      if (next[i] && next[i + by]) [next[i], next[i + by]] = [next[i + by], next[i]];
      return next;
    });
  const short = needed && kpis.length < 3 && !reason;
  return (
    <fieldset className="kpis">
      <legend>Key performance indicators (PA 2023 s.52)</legend>
      <p className={short ? 'flag flag-warning' : 'hint'}>
        {needed
          ? `Over £5m incl. VAT: set at least three KPIs before the contract is entered into, and rate them in a performance notice at least once in every 12 months (s.71); ${kpis.length} recorded.`
          : 'KPIs are required for contracts over £5m incl. VAT; any set here are rated in performance notices (s.71).'}
      </p>
      <ol className="kpi-list">
        {kpis.map((k, i) => (
          <li key={i}>
            <NoteField label={`KPI ${i + 1}`} value={k.name} onCommit={(name) => name && set(i, { name })} />
            <NoteField label={`Target for KPI ${i + 1}`} value={k.target} onCommit={(target) => set(i, { target })} />
            <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move KPI ${i + 1} up`}>
              ↑
            </button>
            <button type="button" disabled={i === kpis.length - 1} onClick={() => move(i, 1)} aria-label={`Move KPI ${i + 1} down`}>
              ↓
            </button>
            <button type="button" onClick={() => onSave((current) => current.filter((_, j) => j !== i))} aria-label={`Remove KPI ${i + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onSave((current) => [...current, { name: `KPI ${current.length + 1}` }])}>
        Add a KPI
      </button>
      {needed && kpis.length < 3 && (
        <NoteField
          label="Why performance cannot be assessed by KPIs (s.52(2))"
          value={reason}
          multiline
          onCommit={onSaveReason}
          hint="Only where fewer than three KPIs are appropriate; the reason is recorded for the contract file."
        />
      )}
    </fieldset>
  );
}
