import type { IsoDate } from '../dates';
import type { Contract, DutyCompletion } from '../domain';
import { addDaysIso, dayNumberToIso, isoToDayNumber } from '../dates';
import { formatDate } from '../format';
import { CountingSort } from '../counting-sort';
import { DONE, DutyColumns, DutyTable, DutyView, NO_DAY, STATUS_CODE, TRUST_WIDE, type Duty, type DutyList } from './duty-table';
import type { ObligationKind } from './obligation-kinds';
import {
  makeContext,
  OBLIGATION_LABELS,
  planContract,
  type EmitTask,
  trustWideTasks,
  type ObligationStatus,
  type PlanOptions,
} from './obligations';
import type { XlsxCell } from './pipeline-export';

export { NO_DUTIES, type Duty, type DutyList, type DutyTable } from './duty-table';

/**
 * The "Notices due" list (docs/domain.md §5; docs/ux.md, Renewals): every contract's Procurement Act
 * duties with the contract's title and owner, in due-date order, filterable by status, owner and the
 * next N days, and as worksheet rows. Built in steps so a 100,000-contract register (about 370,000
 * duties) never blocks the window for more than a few milliseconds at a time: the plan is made 200
 * contracts a step into columns of typed arrays (duty-table.ts: no object per duty, so nothing for
 * the garbage collector to copy while it runs), and the sort is a stable counting sort by due day in
 * steps (distinct days sorted once, a few thousand at most), so no step sorts the whole list.
 */

export const DUTY_STATUS_LABELS: Record<ObligationStatus, string> = {
  due: 'Due',
  overdue: 'Overdue',
  'to-be-confirmed': 'To be confirmed',
  done: 'Done',
};

export interface DutyPlan {
  /** Every duty in due-date order (undated last; register order within a day), read row by row. */
  duties: DutyTable;
  /** Duties not yet done by NHS quarter of their due date ("FY2026-Q3"), for the renewals timeline's markers. */
  openByQuarter: Map<string, number>;
  owners: string[];
  /** How many duties have each status. */
  counts: Record<ObligationStatus, number>;
}

/** "FY2026-Q3" for an ISO date (quarters April–June = Q1 … January–March = Q4), without building a Date. */
export function quarterKey(iso: IsoDate): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const fy = m >= 4 ? y : y - 1;
  return `FY${fy}-Q${Math.floor(((m + 8) % 12) / 3) + 1}`;
}

/**
 * Plans the register's duties in steps; each `next()` does one step and yields the fraction done. The
 * generator's return value is the plan. Each duty is a row of typed-array columns, counted by day as
 * it is made; the counting sort (shared/counting-sort.ts) then places the rows in steps of `chunk` × 20.
 */
export function* planDutiesInSteps(contracts: readonly Contract[], options: PlanOptions, chunk = 200): Generator<number, DutyPlan, void> {
  const ctx = makeContext(options);
  // About four duties a contract under the Act; the columns double if a register needs more.
  const cols = new DutyColumns(contracts.length * 4 + 8);
  const byDay = new CountingSort();
  // Duties not yet done by due day (day numbers are small integers: no allocation).
  const openPerDay = new Map<number, number>();
  const owners = new Set<string>();
  const counts: Record<ObligationStatus, number> = { due: 0, overdue: 0, 'to-be-confirmed': 0, done: 0 };
  let at = TRUST_WIDE;
  const add = (kind: ObligationKind, due: number | null, status: ObligationStatus, basis: string, completion?: DutyCompletion) => {
    const day = due ?? NO_DAY;
    cols.add(at, kind, day, status, basis, completion);
    byDay.count(day);
    if (status !== 'done') openPerDay.set(day, (openPerDay.get(day) ?? 0) + 1);
    counts[status] += 1;
  };
  const emit: EmitTask = (_c, kind, due, status, basis, completion) => add(kind, due, status, basis, completion);
  for (let i = 0; i < contracts.length; i += chunk) {
    const stop = Math.min(contracts.length, i + chunk);
    for (let j = i; j < stop; j += 1) {
      const c = contracts[j];
      const before = cols.length;
      at = j;
      planContract(c, ctx, emit);
      if (c.owner && cols.length > before) owners.add(c.owner);
    }
    yield (stop / contracts.length) * 0.9;
  }
  at = TRUST_WIDE;
  for (const t of trustWideTasks(options.today, options.completions)) {
    add(t.kind, t.dueDate === null ? null : isoToDayNumber(t.dueDate), t.status, t.basis, t.completion);
  }

  // In day order (undated last), each day in register order: the sort is stable.
  const { order, keys: days } = yield* byDay.sortInSteps(cols.due, cols.length, chunk * 20, 0.92, 1);
  const openByQuarter = new Map<string, number>();
  for (const day of days) {
    const open = openPerDay.get(day);
    if (day !== NO_DAY && open !== undefined) {
      const q = quarterKey(dayNumberToIso(day));
      openByQuarter.set(q, (openByQuarter.get(q) ?? 0) + open);
    }
  }
  return { duties: new DutyTable(cols, order, contracts), openByQuarter, owners: [...owners].sort((a, b) => a.localeCompare(b)), counts };
}

/** The same plan in one go (tests, the .ics export of a few contracts). */
export function planDuties(contracts: readonly Contract[], options: PlanOptions): DutyPlan {
  const gen = planDutiesInSteps(contracts, options, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

export type DutyStatusFilter = 'open' | ObligationStatus | 'all';
export const DUTY_STATUS_FILTER_LABELS: Record<DutyStatusFilter, string> = {
  open: 'Not yet done',
  overdue: 'Overdue',
  due: 'Due',
  'to-be-confirmed': 'To be confirmed',
  done: 'Done',
  all: 'All',
};

export interface DutyFilter {
  status: DutyStatusFilter;
  /** '' for every owner. */
  owner: string;
  /** Only duties due within this many days from today (overdue ones always count); null for any date. */
  withinDays: number | null;
}

/** The duties a filter keeps, in the plan's order: one tight pass over the columns, in steps of `chunk` duties. */
export function* filterDutiesInSteps(
  duties: DutyTable,
  filter: DutyFilter,
  today: IsoDate,
  chunk = 5_000,
): Generator<number, DutyList, void> {
  // Undated duties (NO_DAY) are after every limit, so a "within N days" filter leaves them out.
  const limit = filter.withinDays === null ? NO_DAY : isoToDayNumber(addDaysIso(today, filter.withinDays));
  const { owner, status } = filter;
  const anyStatus = status === 'all';
  const open = status === 'open';
  const code = anyStatus || open ? -1 : STATUS_CODE[status];
  const { order, columns } = duties;
  const kept = new Int32Array(order.length);
  let n = 0;
  for (let i = 0; i < order.length; i += 1) {
    if (i > 0 && i % chunk === 0) yield i / order.length;
    const r = order[i];
    if (owner && duties.ownerOf(r) !== owner) continue;
    const st = columns.status[r];
    if (!anyStatus && (open ? st === DONE : st !== code)) continue;
    if (columns.due[r] > limit) continue;
    kept[n++] = r;
  }
  return new DutyView(duties, kept.slice(0, n));
}

export function filterDuties(duties: DutyTable, filter: DutyFilter, today: IsoDate): DutyList {
  const gen = filterDutiesInSteps(duties, filter, today, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

const DUTY_COLUMNS = ['Contract reference', 'Contract', 'Owner', 'Duty', 'Section', 'Due by', 'Status', 'Basis'] as const;

/** Rows for the CSV writer: header first, dates en-GB. */
export function dutiesCsvRows(duties: readonly Duty[]): string[][] {
  return [
    [...DUTY_COLUMNS],
    ...duties.map((d) => [
      d.contractRef,
      d.title,
      d.owner,
      OBLIGATION_LABELS[d.kind].title,
      OBLIGATION_LABELS[d.kind].section,
      d.dueDate ? formatDate(d.dueDate) : 'To be confirmed',
      DUTY_STATUS_LABELS[d.status],
      d.basis,
    ]),
  ];
}

/** Typed cells for the XLSX writer: the due date is a real date cell. */
export function dutiesXlsxRows(duties: readonly Duty[]): XlsxCell[][] {
  return [
    [...DUTY_COLUMNS],
    ...duties.map((d): XlsxCell[] => [
      d.contractRef,
      d.title,
      d.owner,
      OBLIGATION_LABELS[d.kind].title,
      OBLIGATION_LABELS[d.kind].section,
      d.dueDate ? { date: d.dueDate } : null,
      DUTY_STATUS_LABELS[d.status],
      d.basis,
    ]),
  ];
}
