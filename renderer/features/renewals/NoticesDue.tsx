import { useMemo, useState } from 'react';
import type { IsoDate } from '@shared/dates';
import type { Contract, Settings } from '@shared/domain';
import { keyDateEventsInSteps } from '@shared/export/calendar';
import { countOf, formatCount, formatDate } from '@shared/format';
import {
  DUTY_STATUS_FILTER_LABELS,
  DUTY_STATUS_LABELS,
  dutyKey,
  filterDuties,
  filterDutiesInSteps,
  NO_DUTIES,
  OBLIGATION_LABELS,
  type Duty,
  type DutyFilter,
  type DutyPlan,
  type DutyStatusFilter,
} from '@shared/law';
import { describeError } from '@shared/storage-errors';
import { useHost } from '../../app-context';
import { DataTable, tableSpec } from '../../ui/DataTable';
import { useToast } from '../../ui/Toast';
import { PickerSelect, labelledOptions } from '../../ui/fields';
import { href } from '../../ui/router';
import { useStepped, type SteppedState } from '../../ui/use-stepped';
import { exportCalendar, exportDutiesCsv, exportDutiesXlsx } from '../export/law-exports';
import { DutyDone } from './DutyDone';
import { useRequestedExport } from '../../ui/requested-export';
import { SteppedStatus } from '../../ui/SteppedStatus';

const PAGE = 200;
const WITHIN: ReadonlyArray<readonly [string, string]> = [
  ['30', 'Next 30 days'],
  ['90', 'Next 90 days'],
  ['180', 'Next 6 months'],
  ['365', 'Next 12 months'],
  ['any', 'Any date'],
];
const STATUS_FILTERS = Object.keys(DUTY_STATUS_FILTER_LABELS) as DutyStatusFilter[];

/** Each duty's row, named by the duty; keyed by the duty itself, so a row's open "Mark done" form stays with its duty as rows come and go. */
const dutiesTable = (today: IsoDate) =>
  tableSpec<Duty>(
    'data-table notices-table',
    (d) => `${dutyKey(d)}|${d.dueDate ?? ''}`,
    (col) => [
      col('Due by', (d) => (d.dueDate ? formatDate(d.dueDate) : 'Not yet dated')),
      col('Status', (d) => DUTY_STATUS_LABELS[d.status]),
      col('Duty', (d) => OBLIGATION_LABELS[d.kind].title),
      col('Section', (d) => OBLIGATION_LABELS[d.kind].section),
      col('Contract', (d) =>
        d.contractRef ? (
          <a href={`${href('portfolio')}?ref=${encodeURIComponent(d.contractRef)}`}>
            {d.contractRef} {d.title}
          </a>
        ) : (
          d.title
        ),
      ),
      col('Owner', (d) => d.owner || '—'),
      col('Basis', 'basis'),
      col('Done', (d) => <DutyDone duty={d} today={today} />),
    ],
    { rowHeader: 2, rowClassName: (d) => (d.status === 'overdue' ? 'overdue' : undefined) },
  );

interface Props {
  plan: SteppedState<DutyPlan>;
  contracts: readonly Contract[];
  settings: Settings;
  today: IsoDate;
}

/**
 * "What must we publish, by when?" (docs/ux.md, Renewals): every contract's Procurement Act duties with the
 * section beside each, filterable by status, owner and the next N days, each linking to its contract,
 * exportable as CSV, Excel and calendar events.
 */
export function NoticesDue({ plan, contracts, settings, today }: Props) {
  const host = useHost();
  const toast = useToast();
  const [filter, setFilter] = useState<DutyFilter>({ status: 'open', owner: '', withinDays: 90 });
  const [shown, setShown] = useState(PAGE);
  const [busy, setBusy] = useState<string | null>(null);
  // How far the calendar's writing has gone: 100,000 contracts' key dates take a few seconds.
  const [progress, setProgress] = useState<number | null>(null);
  const duties = plan.value?.duties;
  // Filtering 370,000 duties is itself done in steps, so changing a filter never freezes the window.
  const filterFactory = useMemo(() => (duties ? () => filterDutiesInSteps(duties, filter, today) : null), [duties, filter, today]);
  const filtering = useStepped(filterFactory);
  const filtered = filtering.value ?? NO_DUTIES;
  const counts = plan.value?.counts;
  const trust = settings.organisation.trustName;

  const run = (what: string, work: () => Promise<string | null>) => {
    setBusy(what);
    work()
      .then(
        (name) => name && toast.show(`Saved ${what} to ${name}.`),
        (error: unknown) => toast.show(`The ${what} could not be saved: ${describeError(error)}`),
      )
      .finally(() => {
        setBusy(null);
        setProgress(null);
      });
  };
  const calendar = () =>
    run('calendar of key dates', () => {
      setProgress(0);
      const mine = filter.owner ? contracts.filter((c) => (c.owner ?? '') === filter.owner) : contracts;
      const dutiesFor = !duties
        ? NO_DUTIES
        : filter.owner
          ? filterDuties(duties, { status: 'all', owner: filter.owner, withinDays: null }, today)
          : duties;
      // Made in steps with the writing: 100,000 contracts' dates and duties at once were a task of seconds.
      const events = keyDateEventsInSteps(mine, dutiesFor, { today, defaults: settings.contractDefaults });
      return exportCalendar(host, events, {
        trustName: trust,
        stem: filter.owner ? `key-dates-${filter.owner.split(',')[0]}` : 'key-dates',
        calName: `${trust || 'Trust'} contract key dates${filter.owner ? ` (${filter.owner})` : ''}`,
        onProgress: setProgress,
      });
    });

  const notices = () => run('notices due', () => exportDutiesXlsx(host, filtered, trust));
  // File › Export key dates… and File › Export notices due… run the buttons' exports once the notices are planned and filtered.
  const ready = duties !== undefined && busy === null;
  useRequestedExport('key-dates', ready, calendar);
  useRequestedExport('notices', ready && filtering.value !== undefined && filtering.working === null, notices);

  const set = (patch: Partial<DutyFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setShown(PAGE);
  };

  return (
    <section aria-labelledby="notices-title" className="notices-due">
      <h2 id="notices-title">Notices due</h2>
      <p className="hint">
        What the Procurement Act 2023 requires the trust to publish for each contract under the Act, and by when. Contracts under PCR 2015
        or the Provider Selection Regime have no Act duties. A duty is done once a matching notice is in the contract&apos;s notice log, or
        once you mark it done here (with the date and, if you have it, the address of the published notice).
      </p>
      <SteppedStatus
        state={plan}
        doing={<>Planning the notices for {countOf(contracts.length, 'contract')}…</>}
        progressLabel="Planning the notices"
        failure="The notices could not be planned"
      />
      {duties && counts && (
        <>
          <p className="summary-line" role="status">
            <strong>{formatCount(counts.overdue)}</strong> overdue · <strong>{formatCount(counts.due)}</strong> due ·{' '}
            <strong>{formatCount(counts['to-be-confirmed'])}</strong> to be confirmed · <strong>{formatCount(counts.done)}</strong> done
          </p>
          <div className="filter-bar" role="group" aria-label="Filter the notices">
            <PickerSelect
              label="Status"
              value={filter.status}
              options={labelledOptions(STATUS_FILTERS, DUTY_STATUS_FILTER_LABELS)}
              onChange={(status) => set({ status: status as DutyStatusFilter })}
            />
            <PickerSelect
              label="Owner"
              value={filter.owner}
              options={[['', 'Everyone'] as const, ...(plan.value?.owners ?? []).map((o) => [o, o] as const)]}
              onChange={(owner) => set({ owner })}
            />
            <PickerSelect
              label="Due within"
              value={filter.withinDays === null ? 'any' : String(filter.withinDays)}
              options={WITHIN}
              onChange={(v) => set({ withinDays: v === 'any' ? null : Number(v) })}
            />
          </div>
          <div className="button-row">
            <button type="button" disabled={busy !== null} onClick={() => run('notices due', () => exportDutiesCsv(host, filtered, trust))}>
              Export CSV…
            </button>
            <button type="button" disabled={busy !== null} onClick={notices}>
              Export Excel…
            </button>
            <button type="button" disabled={busy !== null} onClick={calendar}>
              Key dates to calendar (.ics)…
            </button>
            {progress !== null && <progress max={1} value={progress} aria-label="Writing the calendar" />}
            {busy && <span role="status">Saving the {busy}…</span>}
          </div>
          <p className="hint">
            The exports hold the notices shown. The calendar holds every future key date
            {filter.owner ? ` of ${filter.owner}'s contracts` : ''}: notice deadlines, latest decision dates, extension exercise-by dates
            and Procurement Act notices, as all-day events with reminders; exporting again updates the same events.
          </p>
          {filtering.working !== null && <p role="status">Filtering…</p>}
          {filtered.length === 0 ? (
            filtering.value && <p>No notices match these filters.</p>
          ) : (
            <DataTable
              table={dutiesTable(today)}
              caption={
                <>
                  Notices due ({formatCount(Math.min(shown, filtered.length))} shown of {formatCount(filtered.length)})
                </>
              }
              rows={filtered.slice(0, shown)}
            />
          )}
          {filtered.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              Show {formatCount(Math.min(PAGE, filtered.length - shown))} more
            </button>
          )}
        </>
      )}
    </section>
  );
}
