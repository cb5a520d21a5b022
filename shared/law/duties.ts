import type { IsoDate } from '../dates';
import type { Contract } from '../domain';
import { addDaysToIso } from '../engine/day-math';
import { formatDate } from '../format';
import { assertNever } from '../result';
import { makeContext, OBLIGATION_LABELS, planContract, trustWideTasks, type Obligation, type ObligationStatus } from './obligations';
import type { XlsxCell } from './pipeline-export';

/**
 * The "Notices due" list (DOMAIN.md section 5; UX.md, Renewals): every contract's Procurement Act
 * duties with the contract's title and owner, in due-date order, filterable by status, owner and the
 * next N days, and as worksheet rows. Built in steps so a 100,000-contract register (about 243,000
 * tasks) never blocks the window for more than a few milliseconds at a time: the plan is made 5,000
 * contracts a step, and the sort is a bucket per due date (dates sorted once, a few thousand at most),
 * so no step sorts the whole list.
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
 * generator's return value is the plan.
 */
export function* planDutiesInSteps(
  contracts: readonly Contract[],
  options: { today: IsoDate; vatRate?: number },
  chunk = 5_000,
): Generator<number, DutyPlan, void> {
  const ctx = makeContext(options);
  const buckets = new Map<string, Duty[]>();
  const openByQuarter = new Map<string, number>();
  const owners = new Set<string>();
  const add = (d: Duty) => {
    const key = d.dueDate ?? NO_DATE;
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(d);
    if (d.status !== 'done' && d.dueDate) {
      const q = quarterKey(d.dueDate);
      openByQuarter.set(q, (openByQuarter.get(q) ?? 0) + 1);
    }
  };
  const out: Obligation[] = [];
  for (let i = 0; i < contracts.length; i += chunk) {
    const stop = Math.min(contracts.length, i + chunk);
    for (let j = i; j < stop; j += 1) {
      const c = contracts[j];
      out.length = 0;
      planContract(c, ctx, out);
      if (out.length === 0) continue;
      const owner = c.owner ?? '';
      if (owner) owners.add(owner);
      for (const o of out) add({ ...o, title: c.title, owner });
    }
    yield (stop / contracts.length) * 0.9;
  }
  for (const t of trustWideTasks(options.today)) add({ ...t, title: 'All contracts (trust-wide)', owner: '' });
  const keys = [...buckets.keys()].sort();
  const duties: Duty[] = [];
  let moved = 0;
  for (const k of keys) {
    for (const d of buckets.get(k)!) duties.push(d);
    moved += buckets.get(k)!.length;
    if (moved >= chunk * 4) {
      moved = 0;
      yield 0.95;
    }
  }
  return { duties, openByQuarter, owners: [...owners].sort((a, b) => a.localeCompare(b)) };
}

/** The same plan in one go (tests, the .ics export of a few contracts). */
export function planDuties(contracts: readonly Contract[], options: { today: IsoDate; vatRate?: number }): DutyPlan {
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

function statusMatches(filter: DutyStatusFilter, status: ObligationStatus): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return status !== 'done';
    case 'due':
    case 'overdue':
    case 'to-be-confirmed':
    case 'done':
      return status === filter;
    default:
      return assertNever(filter, 'duty status filter');
  }
}

/** The duties a filter keeps, in the plan's order. One pass, no allocation per row beyond the result. */
export function filterDuties(duties: readonly Duty[], filter: DutyFilter, today: IsoDate): Duty[] {
  const limit = filter.withinDays === null ? null : addDaysToIso(today, filter.withinDays);
  const out: Duty[] = [];
  for (const d of duties) {
    if (!statusMatches(filter.status, d.status)) continue;
    if (filter.owner && d.owner !== filter.owner) continue;
    if (limit !== null && (d.dueDate === null || d.dueDate > limit)) continue;
    out.push(d);
  }
  return out;
}

export const DUTY_COLUMNS = ['Contract reference', 'Contract', 'Owner', 'Duty', 'Section', 'Due by', 'Status', 'Basis'] as const;

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
