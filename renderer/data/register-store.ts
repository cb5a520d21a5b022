import type { Contract } from '@shared/domain';
import type { PlannerDb } from './db';
import { FIRST_PAGE_ROWS } from './db-early';
import { readRegisterOffThread } from './register-read';

/**
 * The contract register, read once and kept: every screen that needs all contracts (register,
 * renewals, starting an appraisal) shares it, and an edit made through the data layer's commands
 * changes the one contract in place instead of reading 100,000 rows again. Whole-register writes
 * (an import, an undo, a restore, the sample) end with `reload()`.
 */

export interface RegisterSnapshot {
  /** 'first-page' while only the first screenful (earliest end dates) is in; 'all' once every contract is read. */
  phase: 'loading' | 'first-page' | 'all';
  /** A new array whenever anything changes, so React can compare by identity. */
  contracts: readonly Contract[];
  /** Known once counted, or once everything is read. */
  total: number | undefined;
}

export { FIRST_PAGE_ROWS } from './db-early';

const EMPTY: RegisterSnapshot = { phase: 'loading', contracts: [], total: undefined };

export class RegisterStore {
  private snapshot: RegisterSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private started = false;
  private fullRequested = false;
  /** Bumped by every reload, so a read begun before it cannot overwrite what came after. */
  private generation = 0;
  /** The generation whose full read has finished: a first-page read of that generation comes too late. */
  private fullReadOf = -1;
  /** Stops the full read under way, when a reload makes it out of date. */
  private stopFullRead: AbortController | null = null;

  constructor(private readonly db: PlannerDb) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): RegisterSnapshot => this.snapshot;

  /** Reads the first page (and counts the rest) if nothing is read yet. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.readFirstPage(this.generation);
  }

  /**
   * Reads every contract, in pages so no task is long. The register asks once its first screenful
   * has painted, so the two reads never compete; other screens ask at once.
   */
  requestAll(): void {
    this.start();
    if (this.fullRequested) return;
    this.fullRequested = true;
    void this.readAll(this.generation);
  }

  /** After a write of many contracts: read again from the start (the full read follows if it was asked for). */
  reload(): void {
    this.generation += 1;
    this.stopFullRead?.abort();
    this.stopFullRead = null;
    this.started = false;
    const wantAll = this.fullRequested;
    this.fullRequested = false;
    if (this.listeners.size === 0 && !wantAll) return;
    this.start();
    if (wantAll) this.requestAll();
  }

  /** A saved contract replaces its old version (found by its previous reference, for a rename) or joins the end. */
  applySaved(contract: Contract, previousReference = contract.reference): void {
    // Until every contract is in, the list cannot say whether this one is new: read again. While a
    // whole read is under way (the previous register on screen until it lands), the edit is put in
    // the register on screen and the read starts again: pages it took before this save hold the
    // contract as it was, and would put that back over the edit.
    if (this.snapshot.phase !== 'all') return this.reload();
    const reread = this.fullReadUnderWay();
    const list = [...this.snapshot.contracts];
    const at = list.findIndex((c) => c.reference === previousReference);
    const isNew = at < 0;
    if (isNew) list.push(contract);
    else list[at] = contract;
    const total = this.snapshot.total === undefined ? undefined : this.snapshot.total + (isNew ? 1 : 0);
    this.set({ ...this.snapshot, contracts: list, total });
    if (reread) this.reload();
  }

  applyDeleted(reference: string): void {
    if (this.snapshot.phase !== 'all') return this.reload();
    const reread = this.fullReadUnderWay();
    const list = this.snapshot.contracts.filter((c) => c.reference !== reference);
    const removed = list.length < this.snapshot.contracts.length;
    const total = this.snapshot.total === undefined || !removed ? this.snapshot.total : this.snapshot.total - 1;
    this.set({ ...this.snapshot, contracts: list, total });
    if (reread) this.reload();
  }

  private async readFirstPage(generation: number): Promise<void> {
    // At start-up the page was read while the app's scripts loaded (db-early.ts): the same query.
    const page = this.db.takeStartupPage() ?? (await this.db.contracts.orderBy('currentEndDate').limit(FIRST_PAGE_ROWS).toArray());
    if (this.superseded(generation)) return;
    performance.mark('register:first-page-read');
    const total = page.length < FIRST_PAGE_ROWS ? page.length : undefined;
    this.set({ phase: page.length < FIRST_PAGE_ROWS ? 'all' : 'first-page', contracts: page, total });
    if (total === undefined) {
      const counted = await this.db.contracts.count();
      if (this.superseded(generation)) return;
      performance.mark('register:counted');
      this.set({ ...this.snapshot, total: counted });
    }
  }

  private fullReadUnderWay(): boolean {
    return this.fullRequested && this.fullReadOf !== this.generation;
  }

  private async readAll(generation: number): Promise<void> {
    const stop = new AbortController();
    this.stopFullRead = stop;
    const all = await readRegisterOffThread(this.db, stop.signal);
    if (this.stopFullRead === stop) this.stopFullRead = null;
    if (generation !== this.generation) return;
    this.fullReadOf = generation;
    performance.mark('register:data');
    this.set({ phase: 'all', contracts: all, total: all.length });
  }

  /**
   * A reload began since this read started, or this generation's full read already finished, or a
   * full read is on its way and the screen still shows a whole register (the previous one, until the
   * new one replaces it: a first page in between would flash 80 rows). "The snapshot is complete"
   * alone is not enough: after a reload into an empty register, it would hide the new rows.
   */
  private superseded(generation: number): boolean {
    return generation !== this.generation || this.fullReadOf === generation || (this.fullRequested && this.snapshot.phase === 'all');
  }

  private set(next: RegisterSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
