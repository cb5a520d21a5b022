import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import type { MenuCommand } from '../../../shared/ipc';
import { todayIso } from '../../../shared/dates';
import { useServices } from '../../app-context';
import { loadSettings } from '../../db/settings-repo';
import { count, money } from '../../ui/format';
import { EmptyPortfolio } from './EmptyPortfolio';
import { FilterBar } from './FilterBar';
import { RegisterTable } from './RegisterTable';
import { buildRows, EMPTY_FILTER, filterRows, sortRows, totals, type RegisterFilter, type SortKey, type SortState } from './register-model';

interface Props {
  command: { command: MenuCommand; at: number } | null;
}

export function PortfolioScreen({ command: _command }: Props) {
  const { db } = useServices();
  const contracts = useLiveQuery(() => db.contracts.toArray(), [db]);
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  const [filter, setFilter] = useState<RegisterFilter>(EMPTY_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [sort, setSort] = useState<SortState>({ key: 'currentEndDate', direction: 'asc' });
  const [selected, setSelected] = useState<string | null>(null);

  const today = todayIso();
  const horizon = settings?.expiringHorizonMonths ?? 18;
  const rows = useMemo(() => (contracts ? buildRows(contracts, today, horizon) : []), [contracts, today, horizon]);
  const visible = useMemo(() => sortRows(filterRows(rows, deferredFilter), sort), [rows, deferredFilter, sort]);
  const sum = useMemo(() => totals(visible), [visible]);
  const isSample = contracts?.some((c) => c.sample) ?? false;

  if (!contracts || !settings) return <p role="status">Loading the register…</p>;
  if (contracts.length === 0) return <EmptyPortfolio onImport={() => undefined} />;

  const onSort = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));

  return (
    <section className="portfolio" aria-labelledby="portfolio-title">
      <div className="screen-header">
        <h1 id="portfolio-title">Portfolio</h1>
        {settings.organisation.trustName && <p className="subtitle">{settings.organisation.trustName}</p>}
      </div>
      {isSample && (
        <p className="notice notice-sample" role="note">
          Sample data: an illustrative, fictional trust. Replace it by importing your own register.
        </p>
      )}
      <FilterBar rows={rows} filter={filter} onChange={setFilter} />
      <RegisterTable
        rows={visible}
        sort={sort}
        onSort={onSort}
        selected={selected}
        onSelect={setSelected}
        caption={`Contract register, ${count(visible.length)} of ${count(rows.length)} contracts`}
      />
      <p className="table-footer" aria-live="polite">
        Showing {count(sum.count)} of {count(rows.length)} contracts · annual value {money(sum.annualValue)} · total value {money(sum.totalValue)}
      </p>
    </section>
  );
}
