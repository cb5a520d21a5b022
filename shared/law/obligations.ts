import type { IsoDate } from '../dates';
import type { Contract, DutyCompletion, DutyCompletions, NoticeType } from '../domain';
import type { ObligationKind } from './obligation-kinds';
import { addMonthsToDay, dayNumberToIso, isoToDayNumber } from '../dates';
import { formatDate } from '../format';
import { performanceNoticeKpiNote } from './kpi-assessment';
import { regimeCodeOf } from './regime';
import { DEFAULT_VAT_RATE, FIVE_MILLION, BELOW_THRESHOLD_NOTICE_FROM } from './thresholds';

/**
 * The Procurement Act duties across a contract's life as dated tasks (docs/domain.md §5,
 * "Procurement Act obligations across a contract's life"), for the Renewals "Notices due" view, the
 * board paper's commercial case and the .ics export. Pure and allocation-light; the Renewals screen
 * plans the register in steps (planDutiesInSteps in duties.ts), timed by `npm run bench`.
 *
 * Only contracts under the Procurement Act 2023 get Act duties: none for PCR 2015 contracts (their
 * modification notices come from the modification check) and none for PSR contracts.
 */
export type { ObligationKind } from './obligation-kinds';

export const OBLIGATION_LABELS: Record<ObligationKind, { title: string; section: string; notice?: NoticeType }> = {
  'pipeline-inclusion': { title: 'Include in the pipeline notice', section: 'PA 2023 s.93', notice: 'UK1' },
  'conflicts-assessment': { title: 'Conflicts assessment', section: 'PA 2023 s.83' },
  kpis: { title: 'Set at least three KPIs', section: 'PA 2023 s.52' },
  'contract-details-notice': { title: 'Contract details notice', section: 'PA 2023 s.53(1)', notice: 'UK7' },
  'contract-publication': { title: 'Publish the contract', section: 'PA 2023 s.53(3)' },
  'performance-notice': { title: 'Contract performance notice', section: 'PA 2023 s.71; PR 2024 reg. 39', notice: 'UK9' },
  'final-performance-notice': { title: 'Final contract performance notice', section: 'PA 2023 s.71; PR 2024 reg. 39', notice: 'UK9' },
  'change-notice': { title: 'Contract change notice', section: 'PA 2023 s.75', notice: 'UK10' },
  'modified-contract-publication': { title: 'Publish the modified contract', section: 'PA 2023 s.77' },
  'termination-notice': { title: 'Contract termination notice', section: 'PA 2023 s.80', notice: 'UK11' },
  'procurement-termination-notice': { title: 'Procurement termination notice', section: 'PA 2023 s.55', notice: 'UK12' },
  'payments-compliance': { title: 'Payments compliance notice', section: 'PA 2023 s.70', notice: 'UK8' },
};

export type ObligationStatus = 'due' | 'overdue' | 'to-be-confirmed' | 'done';

export interface Obligation {
  contractRef: string;
  /** Set for a task planned for an appraisal option rather than a live contract. */
  optionId?: string;
  kind: ObligationKind;
  /** The last day to meet the duty, or null when it cannot be dated yet. */
  dueDate: IsoDate | null;
  status: ObligationStatus;
  /** Why the date or status is what it is ("30 days beginning with 1 Apr 2026"; "start date assumed"). */
  basis: string;
  /** The user's mark that the duty is done, when it is done by a mark rather than the notice log. */
  completion?: DutyCompletion;
}

/** Duties that recur: each occurrence is marked done on its own, so its key carries its due date. */
const RECURRING: ReadonlySet<ObligationKind> = new Set(['performance-notice', 'payments-compliance']);

/** The key a duty's mark is stored under: one per contract and duty, per occurrence for recurring duties. */
export function dutyKey(duty: { contractRef: string; kind: ObligationKind; dueDate: IsoDate | null }): string {
  return RECURRING.has(duty.kind) ? `${duty.contractRef}|${duty.kind}|${duty.dueDate ?? ''}` : `${duty.contractRef}|${duty.kind}`;
}

export interface PlanOptions {
  today: IsoDate;
  vatRate?: number;
  /** Duties the user has marked done, by dutyKey. */
  completions?: DutyCompletions;
  /** Tasks due more than this many days ago are dropped unless overdue and not done (default: keep). */
}

interface Ctx {
  todayDay: number;
  vat: number;
  today: IsoDate;
  /** The marks by contract reference, so a contract without any costs one lookup; null when there are none. */
  marks: Map<string, DutyCompletion[]> | null;
  /**
   * Each due date's ISO string, made once per day: a 100,000-contract register has a few thousand
   * distinct due dates among its 370,000 duties, so the plan keeps a few thousand strings, not one a duty.
   */
  isoOfDay: Map<number, IsoDate>;
}

/**
 * Takes one planned task, its due date as a day number (shared/dates.ts isoToDayNumber) or null. The
 * plan calls it rather than building an Obligation itself, so the Notices due list can keep the task
 * as a row of its columns (duty-table.ts), with no object per task for the garbage collector (issue 15).
 */
export type EmitTask = (
  c: Contract,
  kind: ObligationKind,
  due: number | null,
  status: ObligationStatus,
  basis: string,
  completion: DutyCompletion | undefined,
) => void;

function isoOf(ctx: Ctx, day: number): IsoDate {
  let iso = ctx.isoOfDay.get(day);
  if (iso === undefined) {
    iso = dayNumberToIso(day);
    ctx.isoOfDay.set(day, iso);
  }
  return iso;
}

function lastNotice(c: Contract, type: NoticeType): number | null {
  const notices = c.notices;
  if (notices === undefined || notices.length === 0) return null;
  let best: number | null = null;
  for (const n of notices)
    if (n.type === type) {
      const d = isoToDayNumber(n.date);
      if (best === null || d > best) best = d;
    }
  return best;
}

const ASSUMED_ENTERED = ' (the start date stands in for the date it was entered into)';
const BASIS = {
  details: [
    '30 days beginning with the day the contract was entered into',
    '120 days beginning with the day the contract was entered into',
  ],
  detailsAssumed: [
    '30 days beginning with the day the contract was entered into' + ASSUMED_ENTERED,
    '120 days beginning with the day the contract was entered into' + ASSUMED_ENTERED,
  ],
  publication: [
    'over £5m: 90 days beginning with the day the contract was entered into',
    'over £5m: 180 days beginning with the day the contract was entered into',
  ],
  publicationAssumed: [
    'over £5m: 90 days beginning with the day the contract was entered into' + ASSUMED_ENTERED,
    'over £5m: 180 days beginning with the day the contract was entered into' + ASSUMED_ENTERED,
  ],
  noEntry: 'the date the contract was entered into is not recorded',
  yearlySince: 'at least once in every 12 months since the last performance notice',
  yearlyFrom: 'at least once in every 12 months from the start',
  yearlyMarked: 'at least once in every 12 months',
  final: 'at the end of the contract (the app plans it within 30 days of the end)',
  termination: '30 days beginning with the day the contract ends — expiry included',
} as const;

function push(
  emit: EmitTask,
  ctx: Ctx,
  c: Contract,
  kind: ObligationKind,
  due: number | null,
  done: boolean,
  basis: string,
  marks?: readonly DutyCompletion[],
): void {
  // A one-off duty stays marked when its due date moves (a corrected start date); see dutyKey.
  const completion = marks?.find((m) => m.kind === kind);
  const status: ObligationStatus = done || completion ? 'done' : due === null ? 'to-be-confirmed' : due < ctx.todayDay ? 'overdue' : 'due';
  emit(c, kind, due, status, basis, completion);
}

/** "over £5m: at least three KPIs…; 1 recorded", made once for each count (there are three). */
const KPI_BASIS = [0, 1, 2].map((n) => `over £5m: at least three KPIs, or the reason they cannot be used; ${n} recorded`);

/** A performance notice's basis, with how far the KPIs of its period are rated (shared/law/kpi-assessment.ts). */
function withKpiNote(c: Contract, dueDate: IsoDate | null, basis: string, today: IsoDate): string {
  // Most contracts log no ratings: they cost one property read.
  if (dueDate === null || !c.kpiRatings?.length) return basis;
  const note = performanceNoticeKpiNote(c, dueDate, today);
  return note === null ? basis : `${basis}; ${note}`;
}

/** Hands each of one contract's tasks to `emit`, in order. */
export function planContract(c: Contract, ctx: Ctx, emit: EmitTask): void {
  if (regimeCodeOf(c, ctx.today) !== 'PA2023') return;
  const enteredIso = c.signedOn ?? c.startDate;
  const end = isoToDayNumber(c.terminatedOn ?? c.currentEndDate);
  const value = c.totalValue !== undefined ? c.totalValue * (1 + ctx.vat) : null;
  const lightTouch = c.lightTouch === true;
  const details = lastNotice(c, 'UK7');
  const marks = ctx.marks?.get(c.reference);

  const lt = lightTouch ? 1 : 0;
  if (enteredIso) {
    const entered = isoToDayNumber(enteredIso);
    const assumed = c.signedOn === undefined;
    if (value === null || value >= BELOW_THRESHOLD_NOTICE_FROM) {
      push(
        emit,
        ctx,
        c,
        'contract-details-notice',
        entered + (lightTouch ? 119 : 29),
        details !== null,
        (assumed ? BASIS.detailsAssumed : BASIS.details)[lt],
        marks,
      );
    }
    if (value !== null && value > FIVE_MILLION) {
      push(
        emit,
        ctx,
        c,
        'contract-publication',
        entered + (lightTouch ? 179 : 89),
        false,
        (assumed ? BASIS.publicationAssumed : BASIS.publication)[lt],
        marks,
      );
    }
  } else {
    push(emit, ctx, c, 'contract-details-notice', null, details !== null, BASIS.noEntry, marks);
  }

  const kpis = c.kpis?.length ?? 0;
  if (value !== null && value > FIVE_MILLION && !lightTouch && kpis < 3) {
    push(emit, ctx, c, 'kpis', null, false, KPI_BASIS[kpis], marks);
  }
  if (kpis > 0) {
    let last = lastNotice(c, 'UK9');
    // Each performance notice marked done stays listed as done, and the next is due 12 months after it.
    for (const m of marks ?? []) {
      if (m.kind !== 'performance-notice') continue;
      const basis = withKpiNote(c, m.dueDate, BASIS.yearlyMarked, ctx.today);
      emit(c, m.kind, m.dueDate === null ? null : isoToDayNumber(m.dueDate), 'done', basis, m);
      const doneDay = isoToDayNumber(m.doneOn);
      if (last === null || doneDay > last) last = doneDay;
    }
    const from = last ?? (c.startDate ? isoToDayNumber(c.startDate) : null);
    if (from !== null) {
      const next = addMonthsToDay(from, 12) - 1;
      if (next < end) {
        const basis = withKpiNote(c, isoOf(ctx, next), last !== null ? BASIS.yearlySince : BASIS.yearlyFrom, ctx.today);
        push(emit, ctx, c, 'performance-notice', next, false, basis);
      }
    }
    // The final notice rates the last period, the one containing the day the contract ends.
    push(emit, ctx, c, 'final-performance-notice', end + 29, false, withKpiNote(c, isoOf(ctx, end), BASIS.final, ctx.today), marks);
  }
  push(emit, ctx, c, 'termination-notice', end + 29, lastNotice(c, 'UK11') !== null, BASIS.termination, marks);
}

export function makeContext(options: PlanOptions): Ctx {
  let marks: Map<string, DutyCompletion[]> | null = null;
  for (const m of Object.values(options.completions ?? {})) {
    marks ??= new Map();
    const list = marks.get(m.contractRef);
    if (list) list.push(m);
    else marks.set(m.contractRef, [m]);
  }
  return {
    todayDay: isoToDayNumber(options.today),
    vat: options.vatRate ?? DEFAULT_VAT_RATE,
    today: options.today,
    marks,
    isoOfDay: new Map(),
  };
}

/** An EmitTask that appends each task to `out` as an Obligation. */
function obligationsInto(out: Obligation[], ctx: Ctx): EmitTask {
  return (c, kind, due, status, basis, completion) => {
    out.push({ contractRef: c.reference, kind, dueDate: due === null ? null : isoOf(ctx, due), status, basis, completion });
  };
}

/** Every task for a register, in register order. */
export function planObligations(contracts: readonly Contract[], options: PlanOptions): Obligation[] {
  const ctx = makeContext(options);
  const out: Obligation[] = [];
  const emit = obligationsInto(out, ctx);
  for (const c of contracts) planContract(c, ctx, emit);
  return out;
}

/**
 * Trust-wide duties: quarterly payments publication (s.70; within 30 days of each quarter's end).
 * The current quarter's, or, once it is marked done, that one as done and the following quarter's.
 */
export function trustWideTasks(today: IsoDate, completions?: DutyCompletions): Obligation[] {
  const t = isoToDayNumber(today);
  const y = Number(today.slice(0, 4));
  const quarterEnds = [`${y - 1}-12-31`, `${y}-03-31`, `${y}-06-30`, `${y}-09-30`, `${y}-12-31`, `${y + 1}-03-31`].map(isoToDayNumber);
  const out: Obligation[] = [];
  for (let i = quarterEnds.findIndex((q) => q + 30 >= t); i >= 0 && i < quarterEnds.length; i += 1) {
    const end = quarterEnds[i];
    const task: Obligation = {
      contractRef: '',
      kind: 'payments-compliance',
      dueDate: dayNumberToIso(end + 30),
      status: end + 30 < t ? 'overdue' : 'due',
      basis: `payments over £30,000 in the quarter ending ${formatDate(dayNumberToIso(end))}, within 30 days of its end`,
    };
    const completion = completions?.[dutyKey(task)];
    out.push(completion ? { ...task, status: 'done', completion } : task);
    if (!completion) break;
  }
  return out;
}
