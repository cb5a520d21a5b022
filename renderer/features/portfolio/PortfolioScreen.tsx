import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Contract } from '@shared/domain';
import { todayIso } from '@shared/dates';
import { keyDateOptions, type KeyDateOptions } from '@shared/engine/key-dates';
import { describeError } from '@shared/storage-errors';
import { useHost } from '../../app-context';
import { handOverFirstPaintAfterLayout } from '../../first-paint-handover';
import { whenIdle } from '../../when-idle';
import { useCommands, useRegister, useSettings } from '../../data';
import { useToast } from '../../ui/Toast';
import { exportContractsCsv, exportPortfolioJson } from '../export/export-actions';
import { useImportApi } from '../import/ImportController';
import { ContractPanel } from './ContractPanel';
import { TrustNamePrompt } from '../settings/sample/TrustNamePrompt';
import { formatCount, formatMoney } from '@shared/format';
import { EmptyPortfolio } from './EmptyPortfolio';
import { FilterBar } from './FilterBar';
import { RegisterTable } from './RegisterTable';
import { useStepped } from '../../ui/use-stepped';
import {
  EMPTY_FILTER,
  prepareCollator,
  rowSetInSteps,
  shownInSteps,
  type RegisterFilter,
  type RegisterRow,
  type BuiltRows,
  type RowSet,
  type ShownRegister,
  type SortKey,
  type SortState,
} from './register-model';

const NO_ROWS: RegisterRow[] = [];
const NO_ROW_SET: RowSet = { rows: NO_ROWS, anyAssumed: false };

const NOTHING_SHOWN = { visible: NO_ROWS, sum: { count: 0, annualValue: 0, totalValue: 0 }, assumed: false };

interface Props {
  /** From the route: `?period=FY2026-Q3` filters by end date, `?ref=X` opens a contract. */
  query: URLSearchParams;
}

export function PortfolioScreen({ query }: Props) {
  // The first screenful comes from a small indexed query; the full register follows in pages, once
  // the first rows have painted, so the two reads never compete.
  const register = useRegister({ full: false });
  const commands = useCommands();
  const host = useHost();
  const settings = useSettings();
  const [filter, setFilter] = useState<RegisterFilter>(() => ({ ...EMPTY_FILTER, period: query.get('period') ?? '' }));
  const deferredFilter = useDeferredValue(filter);
  const [sort, setSort] = useState<SortState>({ key: 'currentEndDate', direction: 'asc' });
  const [selected, setSelected] = useState<string | null>(() => query.get('ref'));
  const [adding, setAdding] = useState(false);
  // The panel stays the same panel when an edit renames its contract (focus stays where the user
  // types), showing the row as it was until the register has the renamed one.
  const [panelKey, setPanelKey] = useState(0);
  const [renamed, setRenamed] = useState<{ to: string; row: RegisterRow } | null>(null);
  const open = useCallback((ref: string | null) => {
    setSelected(ref);
    setPanelKey((k) => k + 1);
  }, []);
  // The grid's handlers keep their identity across renders, so the grid (memoised) is drawn again only
  // when what it shows changes, not at each page of the register read or each slice of work on it.
  const onSort = useCallback(
    (key: SortKey) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' })),
    [],
  );
  const onSelect = useCallback(
    (ref: string) => {
      setAdding(false);
      if (ref !== selected) open(ref);
    },
    [selected, open],
  );
  const toast = useToast();
  const importer = useImportApi();

  const loaded = register.phase === 'all';
  const contracts = register.contracts;

  // Ctrl/Cmd+F focuses the register's search box, as in a spreadsheet.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        const box = document.querySelector<HTMLInputElement>('[data-shortcut="filter"]');
        if (box) {
          e.preventDefault();
          box.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Key dates, filtering and sorting of 100,000 rows are worked out in steps (issue 16: no task over
  // 50 ms), each row's key dates kept by contract object, so an edit works out one row again.
  const today = todayIso();
  const keyDates = useMemo(() => (settings ? keyDateOptions(settings, today) : null), [settings, today]);
  // The rows last worked out, and for which options: an edit reuses all but the changed one.
  const built = useRef<{ options: KeyDateOptions; rows: BuiltRows } | null>(null);
  const rowSteps = useMemo(
    () =>
      keyDates
        ? function* () {
            const previous = built.current?.options === keyDates ? built.current.rows : null;
            const set = yield* rowSetInSteps(contracts, keyDates, previous);
            built.current = { options: keyDates, rows: { contracts, rows: set.rows } };
            return set;
          }
        : null,
    [contracts, keyDates],
  );
  const rowSet = useStepped(rowSteps).value ?? NO_ROW_SET;
  const rows = rowSet.rows;
  // After an edit only one row changed: the list as last shown is patched rather than worked out again.
  const shown = useRef<ShownRegister | null>(null);
  const visibleSteps = useMemo(
    () =>
      function* () {
        const result = yield* shownInSteps(shown.current, rowSet, deferredFilter, sort);
        shown.current = result.shown;
        return { visible: result.shown.visible, sum: result.sum, assumed: result.assumed };
      },
    [rowSet, deferredFilter, sort],
  );
  const { visible, sum, assumed } = useStepped(visibleSteps).value ?? NOTHING_SHOWN;

  // User-timing marks let the benchmark (and anyone profiling) see how long the register takes to
  // appear: each is set in the frame after the render that shows it.
  const firstShown = visible.length > 0;
  const { requestAll } = register;
  useEffect(() => {
    if (!firstShown) return;
    const frame = requestAnimationFrame(() => {
      performance.mark('register:first-rows');
      // The first screenful is on screen: now read the rest, so the two never compete.
      requestAll();
    });
    // While the rest is read, the collator the Supplier filter's choices need is made in a task of
    // its own, not inside the render that shows the whole register (prepareCollator).
    const idle = whenIdle(prepareCollator, 2_000);
    return () => {
      cancelAnimationFrame(frame);
      idle();
    };
  }, [firstShown, requestAll]);
  // The entry painted these first rows before the app loaded (renderer/first-paint.ts): now that the
  // register shows them too (or the register is empty), it takes over, once the next frame has laid
  // the hidden register out.
  const total = register.total;
  useLayoutEffect(() => {
    if (firstShown || total === 0) handOverFirstPaintAfterLayout();
  }, [firstShown, total]);
  const allShown = loaded && visible.length > 0 && rows.length === contracts.length;
  useEffect(() => {
    if (allShown) requestAnimationFrame(() => performance.mark('register:rendered'));
  }, [allShown, visible]);
  const isSample = loaded && contracts.some((c) => c.sample);

  // Asked only for a contract's few linked references and on renaming: a scan each time costs less
  // than a Set of 100,000 references built on every edit, in one task.
  const existingRefs = useMemo(() => ({ has: (ref: string) => contracts.some((c) => c.reference === ref) }), [contracts]);

  // The first screenful shows as soon as it is read: counting 100,000 rows takes longer, so the
  // total follows (until then the captions say the register is still loading).
  if (total === 0) return <EmptyPortfolio onImport={() => void importer.chooseFile()} />;
  if (!settings || rows.length === 0) return <p role="status">Loading the register…</p>;
  const showing = (n: number) =>
    total === undefined ? `the first ${formatCount(n)} contracts (more loading)` : `${formatCount(n)} of ${formatCount(total)} contracts`;

  const runExport = (kind: 'JSON' | 'CSV') => {
    const task = kind === 'JSON' ? exportPortfolioJson(commands, host) : exportContractsCsv(commands, host);
    task.then(
      (name) =>
        name && toast.show(`Exported ${kind === 'JSON' ? 'the portfolio' : `${formatCount(total ?? rows.length)} contracts`} to ${name}.`),
      (error: unknown) => toast.show(`Export failed: ${describeError(error)}`),
    );
  };

  const found = selected ? (rows.find((r) => r.contract.reference === selected) ?? null) : null;
  const selectedRow = found ?? (renamed && renamed.to === selected ? renamed.row : null);
  const remove = async (contract: Contract): Promise<boolean> => {
    try {
      await commands.contracts.remove(contract);
    } catch (error) {
      toast.show(`${contract.reference} was not deleted: ${describeError(error)}.`);
      return false;
    }
    open(null);
    toast.show(`Deleted ${contract.reference}.`, { label: 'Undo', run: () => commands.contracts.restore(contract) });
    return true;
  };

  return (
    <section className="portfolio" aria-labelledby="portfolio-title">
      <div className="screen-header">
        <h1 id="portfolio-title">Portfolio</h1>
        {settings.organisation.trustName && <p className="subtitle">{settings.organisation.trustName}</p>}
      </div>
      {loaded && !isSample && rows.length > 0 && !settings.organisation.trustName && <TrustNamePrompt />}
      {isSample && (
        <p className="notice notice-sample" role="note">
          Sample data: an illustrative, fictional trust. Replace it by importing your own register.
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void importer.chooseFile()}>
          Import…
        </button>
        <button type="button" onClick={() => runExport('JSON')}>
          Export portfolio (JSON)
        </button>
        <button type="button" onClick={() => runExport('CSV')}>
          Export contracts (CSV)
        </button>
        <button
          type="button"
          onClick={() => {
            open(null);
            setAdding(true);
          }}
        >
          Add contract
        </button>
      </div>
      {!loaded ? (
        <p role="status" className="loading-note">
          Showing the first {formatCount(rows.length)} contracts by end date while{' '}
          {total === undefined ? 'the rest' : `all ${formatCount(total)}`} load; filters and totals follow.
        </p>
      ) : (
        <FilterBar rows={rows} filter={filter} onChange={setFilter} />
      )}
      <div className="register-layout">
        <RegisterTable
          rows={visible}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onSelect={onSelect}
          caption={`Contract register, ${showing(visible.length)}`}
        />
        {(selectedRow || adding) && (
          <ContractPanel
            key={adding ? 'new' : panelKey}
            row={selectedRow}
            existingRefs={existingRefs}
            onClose={() => {
              open(null);
              setAdding(false);
            }}
            onSaved={(ref) => {
              if (adding) open(ref);
              else {
                if (selectedRow) setRenamed({ to: ref, row: selectedRow });
                setSelected(ref);
              }
              setAdding(false);
            }}
            onDelete={remove}
            onOpenLinked={open}
          />
        )}
      </div>
      <p className="table-footer" aria-live="polite">
        Showing {showing(sum.count)} · annual value {formatMoney(sum.annualValue)} · total value {formatMoney(sum.totalValue)}
      </p>
      {assumed && settings && (
        <p className="hint">
          * Assumed: the contract records no notice period or internal lead time, so the trust's default is used (
          {settings.contractDefaults.noticePeriodDays} and {settings.contractDefaults.internalLeadTimeDays} days; change them in Settings).
        </p>
      )}
    </section>
  );
}
