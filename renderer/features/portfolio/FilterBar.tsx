import { useMemo, type ComponentProps } from 'react';
import { PickerSelect } from '../../ui/fields';
import { choiceOptions } from '@shared/domain';
import type { RegisterFilter, RegisterRow } from './register-model';
import { EMPTY_FILTER, suppliersInSteps } from './register-model';
import { useStepped } from '../../ui/use-stepped';

const NO_SUPPLIERS: string[] = [];
import { periodLabel } from '../renewals/renewals-model';

interface Props {
  rows: readonly RegisterRow[];
  filter: RegisterFilter;
  onChange: (filter: RegisterFilter) => void;
}

/** A filter's select: its choices after "All", which leaves the filter off. */
function Select(props: ComponentProps<typeof PickerSelect>) {
  return <PickerSelect {...props} options={[['', 'All'], ...props.options]} />;
}

export function FilterBar({ rows, filter, onChange }: Props) {
  const supplierSteps = useMemo(() => () => suppliersInSteps(rows), [rows]);
  const suppliers = useStepped(supplierSteps).value ?? NO_SUPPLIERS;
  const set = (patch: Partial<RegisterFilter>) => onChange({ ...filter, ...patch });
  // A filter on a fixed-list contract field offers that field's choices from the contract field table.
  const byField = (label: string, field: 'category' | 'contractingModel' | 'hostingModel' | 'status') => (
    <Select label={label} value={filter[field]} onChange={(value) => set({ [field]: value })} options={choiceOptions(field)} />
  );

  return (
    <search className="filter-bar" aria-label="Filter contracts">
      <label className="field-inline">
        Search
        <input
          type="search"
          value={filter.text}
          placeholder="Reference, title, supplier…"
          onChange={(e) => set({ text: e.target.value })}
          data-shortcut="filter"
        />
      </label>
      {byField('Category', 'category')}
      <Select label="Supplier" value={filter.supplier} onChange={(supplier) => set({ supplier })} options={suppliers.map((s) => [s, s])} />
      {byField('Model', 'contractingModel')}
      {byField('Hosting', 'hostingModel')}
      {byField('Status', 'status')}
      <Select
        label="Dates"
        value={filter.flag}
        onChange={(flag) => set({ flag })}
        options={[
          ['expiring', 'Expiring within horizon'],
          ['overdue', 'Decision overdue'],
        ]}
      />
      {filter.period && (
        <span className="chip">
          Ending in {periodLabel(filter.period)}
          <button type="button" aria-label={`Remove filter: ending in ${periodLabel(filter.period)}`} onClick={() => set({ period: '' })}>
            ×
          </button>
        </span>
      )}
      <button type="button" onClick={() => onChange(EMPTY_FILTER)} disabled={filter === EMPTY_FILTER}>
        Clear filters
      </button>
    </search>
  );
}
