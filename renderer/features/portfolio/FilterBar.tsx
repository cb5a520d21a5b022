import { useMemo } from 'react';
import { PickerSelect } from '../../ui/fields';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUSES,
  CONTRACTING_MODEL_LABELS,
  CONTRACTING_MODELS,
  HOSTING_MODEL_LABELS,
  HOSTING_MODELS,
} from '@shared/domain';
import type { RegisterFilter, RegisterRow } from './register-model';
import { EMPTY_FILTER } from './register-model';
import { periodLabel } from '../renewals/renewals-model';

interface Props {
  rows: RegisterRow[];
  filter: RegisterFilter;
  onChange: (filter: RegisterFilter) => void;
}

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Array<[string, string]>;
  onChange: (v: string) => void;
}) {
  return <PickerSelect label={label} value={value} onChange={onChange} options={[['', 'All'], ...options]} />;
}

export function FilterBar({ rows, filter, onChange }: Props) {
  const suppliers = useMemo(() => [...new Set(rows.map((r) => r.contract.supplier))].sort((a, b) => a.localeCompare(b, 'en-GB')), [rows]);
  const set = (patch: Partial<RegisterFilter>) => onChange({ ...filter, ...patch });

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
      <Select
        label="Category"
        value={filter.category}
        onChange={(category) => set({ category })}
        options={CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])}
      />
      <Select label="Supplier" value={filter.supplier} onChange={(supplier) => set({ supplier })} options={suppliers.map((s) => [s, s])} />
      <Select
        label="Model"
        value={filter.contractingModel}
        onChange={(contractingModel) => set({ contractingModel })}
        options={CONTRACTING_MODELS.map((m) => [m, CONTRACTING_MODEL_LABELS[m]])}
      />
      <Select
        label="Hosting"
        value={filter.hostingModel}
        onChange={(hostingModel) => set({ hostingModel })}
        options={HOSTING_MODELS.map((m) => [m, HOSTING_MODEL_LABELS[m]])}
      />
      <Select
        label="Status"
        value={filter.status}
        onChange={(status) => set({ status })}
        options={CONTRACT_STATUSES.map((s) => [s, CONTRACT_STATUS_LABELS[s]])}
      />
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
