import type { LabelledValue } from '@shared/presentation/details';
import type { ChartTableData } from '@shared/presentation/table';
import { ChartTable } from '../ui/charts/ChartTable';

/** Small pieces every case uses: a label/value list and a data table. */

export function Fields({ items, wide = false }: { items: readonly LabelledValue[]; wide?: boolean }) {
  if (items.length === 0) return null;
  return (
    <dl className={wide ? 'fields wide' : 'fields'}>
      {items.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DataTable({ data, className }: { data: ChartTableData; className?: string }) {
  return (
    <div className={className ?? 'report-data-table'}>
      <ChartTable data={data} />
    </div>
  );
}
