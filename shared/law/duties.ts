import type { IsoDate } from '../dates';
import type { Contract } from '../domain';
import { addDaysIso } from '../dates';
import { formatDate } from '../format';
import {
  makeContext,
  OBLIGATION_LABELS,
  planContract,
  type EmitTask,
  trustWideTasks,
  type Obligation,
  type ObligationStatus,
  type PlanOptions,
} from './obligations';
import type { XlsxCell } from './pipeline-export';

/**
 * The "Notices due" list (docs/domain.md §5; docs/ux.md, Renewals): every contract's Procurement Act
 * duties with the contract's title and owner, in due-date order, filterable by status, owner and the
 * next N days, and as worksheet rows. Built in steps so a 100,000-contract register (about 243,000
 * tasks) never blocks the window for more than a few milliseconds at a time: the plan is made 200
 * contracts a step, with one object per duty and due dates shared (little garbage, so short
 * collection pauses), and the sort is a bucket per due date (dates sorted once, a few thousand at
 * most), so no step sorts the whole list.
 */
export interface Duty extends Obligation {
  title: string;
  owner: string;
}

export const DUTY_STATUS_LABELS: Record<ObligationStatus, string> = {
  due: 'Due',
  overdue: 'Overdue',
  'to-be-confirmed': 'To be confirmed',
  done: 'Done',
};

export interface DutyPlan {
  duties: Duty[];
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

const NO_DATE = '\uffff'; // sorts after every ISO date: undated tasks come last

/**
 * Plans the register's duties in steps; each `next()` does one step and yields the fraction done. The
 * generator's return value is the plan. The per-duty work is kept to the minimum (one fixed-shape
 * object per duty, quarters counted once per distinct date) so a step of 200 contracts stays
 * about a millisecond; the renderer runs as many steps as fit in a slice of a few milliseconds.
 */
export function* planDutiesInSteps(contracts: readonly Contract[], options: PlanOptions, chunk = 200): Generator<number, DutyPlan, void> {
  const ctx = makeContext(options);
  const buckets = new Map<string, Duty[]>();
  const owners = new Set<string>();
  const counts: Record<ObligationStatus, number> = { due: 0, overdue: 0, 'to-be-confirmed': 0, done: 0 };
  let total = 0;
  const add = (d: Duty) => {
    const key = d.dueDate ?? NO_DATE;
    const list = buckets.get(key);
    if (list) list.push(d);
    else buckets.set(key, [d]);
    counts[d.status] += 1;
    total += 1;
  };
  // One object of one fixed shape per duty, made here and nowhere else (no Obligation made first
  // and copied, no properties added later, due dates shared per day: obligations.ts): garbage
  // collection during the plan stays short, so no step of it becomes a long task (issue 15).
  let owner = '';
  const emit: EmitTask = (c, kind, dueDate, status, basis, completion) =>
    add({ contractRef: c.reference, kind, dueDate, status, basis, completion, title: c.title, owner });
  for (let i = 0; i < contracts.length; i += chunk) {
    const stop = Math.min(contracts.length, i + chunk);
    for (let j = i; j < stop; j += 1) {
      const c = contracts[j];
      owner = c.owner ?? '';
      const before = total;
      planContract(c, ctx, emit);
      if (owner && total > before) owners.add(owner);
    }
    yield (stop / contracts.length) * 0.9;
  }
  for (const t of trustWideTasks(options.today, options.completions)) {
    add({ ...t, completion: t.completion, title: 'All contracts (trust-wide)', owner: '' });
  }
  const keys = [...buckets.keys()].sort();
  // Sized once: pushing 370,000 duties would copy the array each time it outgrew itself.
  const duties = new Array<Duty>(total);
  const openByQuarter = new Map<string, number>();
  let at = 0;
  let moved = 0;
  for (const k of keys) {
    const list = buckets.get(k)!;
    let open = 0;
    for (const d of list) {
      duties[at++] = d;
      if (d.status !== 'done') open += 1;
    }
    if (k !== NO_DATE && open > 0) {
      const q = quarterKey(k);
      openByQuarter.set(q, (openByQuarter.get(q) ?? 0) + open);
    }
    moved += list.length;
    if (moved >= chunk * 4) {
      moved = 0;
      yield 0.95;
    }
  }
  return { duties, openByQuarter, owners: [...owners].sort((a, b) => a.localeCompare(b)), counts };
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

/** The duties a filter keeps, in the plan's order: one tight pass, in steps of `chunk` duties. */
export function* filterDutiesInSteps(
  duties: readonly Duty[],
  filter: DutyFilter,
  today: IsoDate,
  chunk = 5_000,
): Generator<number, Duty[], void> {
  const limit = filter.withinDays === null ? null : addDaysIso(today, filter.withinDays);
  const { owner, status } = filter;
  const anyStatus = status === 'all';
  const open = status === 'open';
  const out: Duty[] = [];
  for (let i = 0; i < duties.length; i += 1) {
    if (i > 0 && i % chunk === 0) yield i / duties.length;
    const d = duties[i];
    if (owner && d.owner !== owner) continue;
    if (!anyStatus && (open ? d.status === 'done' : d.status !== status)) continue;
    if (limit !== null && (d.dueDate === null || d.dueDate > limit)) continue;
    out.push(d);
  }
  return out;
}

export function filterDuties(duties: readonly Duty[], filter: DutyFilter, today: IsoDate): Duty[] {
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
