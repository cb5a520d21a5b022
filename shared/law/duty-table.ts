import type { Contract, DutyCompletion } from '../domain';
import { dayNumberToIso } from '../dates';
import { doubled } from '../typed-arrays';
import { OBLIGATION_KINDS, type ObligationKind } from './obligation-kinds';
import type { Obligation, ObligationStatus } from './obligations';

/**
 * The Notices due list's storage (issue 15): a register's duties as columns of typed arrays, one
 * allocation per column rather than one object per duty. A 100,000-contract register has about
 * 370,000 duties; as objects they all survived each young-generation collection while the plan ran,
 * so every collection copied everything made since the last one (pauses of 10–20 ms, at random
 * steps). As columns the plan leaves almost nothing for the collector, and the typed arrays' data
 * lives outside the collected heap. A row becomes a Duty object only when something reads it: the
 * page of the list on screen, an export, the calendar.
 */
export interface Duty extends Obligation {
  title: string;
  owner: string;
}

/** A read-only list of duties whose rows are made as they are read: the plan's table and a filter's view of it. */
export interface DutyList extends Iterable<Duty> {
  readonly length: number;
  at(index: number): Duty;
  /** Rows `start` to `end` (exclusive) as objects, like Array.prototype.slice. */
  slice(start?: number, end?: number): Duty[];
  toArray(): Duty[];
}

export const DUTY_STATUSES = ['due', 'overdue', 'to-be-confirmed', 'done'] as const satisfies readonly ObligationStatus[];
export const STATUS_CODE: Record<ObligationStatus, number> = { due: 0, overdue: 1, 'to-be-confirmed': 2, done: 3 };
export const DONE = STATUS_CODE.done;
const KIND_CODE = Object.fromEntries(OBLIGATION_KINDS.map((k, i) => [k, i])) as Record<ObligationKind, number>;

/** The due day of an undated duty: after every real day (a small integer, so it stays unboxed), so undated duties sort last. */
export const NO_DAY = 1 << 29;
/** The contract column's value for a trust-wide duty (payments compliance). */
export const TRUST_WIDE = -1;
const TRUST_WIDE_TITLE = 'All contracts (trust-wide)';

/** The columns, in the order the plan made the rows; grown by doubling (a copy of a few megabytes, rarely). */
export class DutyColumns {
  length = 0;
  contract: Int32Array;
  kind: Uint8Array;
  due: Int32Array;
  status: Uint8Array;
  basis: Int32Array;
  /** Each distinct basis once: the plan's bases are a few dozen fixed sentences and KPI notes. */
  readonly bases: string[] = [];
  private readonly basisIndex = new Map<string, number>();
  /** The user's marks, by row: few rows have one. */
  readonly completions = new Map<number, DutyCompletion>();

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.contract = new Int32Array(n);
    this.kind = new Uint8Array(n);
    this.due = new Int32Array(n);
    this.status = new Uint8Array(n);
    this.basis = new Int32Array(n);
  }

  /** Appends a row; `due` is a day number or NO_DAY. Returns its row number. */
  add(contract: number, kind: ObligationKind, due: number, status: ObligationStatus, basis: string, completion?: DutyCompletion): number {
    const r = this.length;
    if (r === this.contract.length) this.grow();
    let b = this.basisIndex.get(basis);
    if (b === undefined) {
      b = this.bases.length;
      this.bases.push(basis);
      this.basisIndex.set(basis, b);
    }
    this.contract[r] = contract;
    this.kind[r] = KIND_CODE[kind];
    this.due[r] = due;
    this.status[r] = STATUS_CODE[status];
    this.basis[r] = b;
    if (completion !== undefined) this.completions.set(r, completion);
    this.length = r + 1;
    return r;
  }

  private grow(): void {
    this.contract = doubled(this.contract);
    this.kind = doubled(this.kind);
    this.due = doubled(this.due);
    this.status = doubled(this.status);
    this.basis = doubled(this.basis);
  }
}

abstract class RowList implements DutyList {
  abstract readonly length: number;
  abstract at(index: number): Duty;

  slice(start = 0, end = this.length): Duty[] {
    const from = Math.max(0, start < 0 ? this.length + start : start);
    const to = Math.min(this.length, end < 0 ? this.length + end : end);
    const out: Duty[] = [];
    for (let i = from; i < to; i += 1) out.push(this.at(i));
    return out;
  }

  toArray(): Duty[] {
    return this.slice();
  }

  *[Symbol.iterator](): Iterator<Duty> {
    for (let i = 0; i < this.length; i += 1) yield this.at(i);
  }
}

/** The plan's duties in due-date order: `order` holds the row numbers by position. */
export class DutyTable extends RowList {
  constructor(
    readonly columns: DutyColumns,
    readonly order: Int32Array,
    private readonly contracts: readonly Contract[],
  ) {
    super();
  }

  get length(): number {
    return this.order.length;
  }

  at(index: number): Duty {
    return this.row(this.order[index]);
  }

  /** The owner of row `r` ('' for none and for trust-wide duties). */
  ownerOf(r: number): string {
    const c = this.columns.contract[r];
    return c === TRUST_WIDE ? '' : (this.contracts[c].owner ?? '');
  }

  /** Row `r` as a Duty, of the same shape the plan made when it kept objects. */
  row(r: number): Duty {
    const cols = this.columns;
    const ci = cols.contract[r];
    const c = ci === TRUST_WIDE ? undefined : this.contracts[ci];
    const due = cols.due[r];
    return {
      contractRef: c?.reference ?? '',
      kind: OBLIGATION_KINDS[cols.kind[r]],
      dueDate: due === NO_DAY ? null : dayNumberToIso(due),
      status: DUTY_STATUSES[cols.status[r]],
      basis: cols.bases[cols.basis[r]],
      completion: cols.completions.get(r),
      title: c ? c.title : TRUST_WIDE_TITLE,
      owner: c ? (c.owner ?? '') : '',
    };
  }
}

/** Some of a table's rows, by row number, in the table's order (what a filter keeps). */
export class DutyView extends RowList {
  constructor(
    private readonly table: DutyTable,
    private readonly rows: Int32Array,
  ) {
    super();
  }

  get length(): number {
    return this.rows.length;
  }

  at(index: number): Duty {
    return this.table.row(this.rows[index]);
  }
}

class NoDuties extends RowList {
  readonly length = 0;
  at(): Duty {
    throw new RangeError('There are no duties in this list.');
  }
}

/** An empty list, for a screen that has no plan yet. */
export const NO_DUTIES: DutyList = new NoDuties();
