/**
 * The first-screen snapshot (issue 16): the register's first page and the settings the first paint
 * needs, kept in localStorage so a new process can paint its first rows synchronously, before
 * opening IndexedDB (a cold open of a 100,000-row database takes longer than the 300 ms target on
 * its own; see docs/architecture.md, "Start-up").
 *
 * It must never show what is not committed, so it is cleared synchronously when any write that can
 * change contracts or settings begins (`beginSnapshotWrite`, called by the database's middleware in
 * first-screen-keeper.ts for every read-write transaction on those tables, and by the import and
 * restore before their workers write), and written again only once no such write is in flight
 * (first-screen-keeper.ts). A crash in between leaves no snapshot: the next start reads IndexedDB
 * as before. localStorage shares the database's origin and profile, so it goes where the data goes.
 *
 * Imports nothing: the page's entry (renderer/main.tsx) reads it first thing.
 */

/** The localStorage key. */
export const SNAPSHOT_KEY = 'tpp:first-screen';

/** The snapshot's own format; a snapshot of another format is ignored (and replaced after start-up). */
export const SNAPSHOT_FORMAT = 1;

/** A snapshot larger than this is not kept: reading it would cost the start-up more than it saves. */
export const SNAPSHOT_MAX_CHARS = 256 * 1024;

export interface FirstScreenSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** The database schema version (Dexie's numbering) the rows were stored under. */
  schema: number;
  /** The first contracts by end date, as read from the database. */
  firstPage: unknown[];
  /** The stored settings row's value (undefined when there is none). */
  settings: unknown;
  /** Whether the browser had granted persistent storage when it was written (the first paint's warning). */
  persistent: boolean;
  /**
   * The text shared/format.ts's formatMoney gives each amount the first paint shows (each contract's
   * annual value and the page's sums, `pageSums`), by String(amount): written with the snapshot, so
   * the first paint builds no Intl formatter (building the first one cost 40–100 ms of a busy start,
   * issue 16). Without it (an older snapshot) the first paint formats the amounts itself.
   */
  money?: Record<string, string>;
}

/** The first page's sums, added up in the order stored: the keeper and the first paint get the very same numbers. */
export function pageSums(page: readonly unknown[]): { annualValue: number; totalValue: number } {
  let annualValue = 0;
  let totalValue = 0;
  for (const c of page as { annualValue?: unknown; totalValue?: unknown }[]) {
    if (typeof c?.annualValue === 'number') annualValue += c.annualValue;
    if (typeof c?.totalValue === 'number') totalValue += c.totalValue;
  }
  return { annualValue, totalValue };
}

/** localStorage, or undefined where there is none (a worker, Node) or it may not be used (a security error). */
function storage(): Storage | undefined {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot if there is a usable one for `schema`; undefined otherwise (never throws: it is only an optimisation). */
export function readSnapshot(schema: number): FirstScreenSnapshot | undefined {
  try {
    const text = storage()?.getItem(SNAPSHOT_KEY);
    if (!text) return undefined;
    const s = JSON.parse(text) as Partial<FirstScreenSnapshot> | null;
    if (!s || s.format !== SNAPSHOT_FORMAT || s.schema !== schema || !Array.isArray(s.firstPage) || typeof s.persistent !== 'boolean')
      return undefined;
    if (typeof s.money !== 'object' || s.money === null) delete s.money;
    return s as FirstScreenSnapshot;
  } catch {
    return undefined;
  }
}

/** Removes the snapshot. Errors (storage refused) are ignored: there is then nothing stored to remove either. */
export function clearSnapshot(): void {
  try {
    storage()?.removeItem(SNAPSHOT_KEY);
  } catch {
    // No storage to clear.
  }
}

/** Stores the snapshot; a full quota or refused storage just means no snapshot (and none is left behind). */
export function writeSnapshot(snapshot: FirstScreenSnapshot): boolean {
  const store = storage();
  if (!store) return false;
  try {
    const text = JSON.stringify(snapshot);
    if (text.length > SNAPSHOT_MAX_CHARS) {
      store.removeItem(SNAPSHOT_KEY);
      return false;
    }
    store.setItem(SNAPSHOT_KEY, text);
    return true;
  } catch {
    clearSnapshot();
    return false;
  }
}

/** Bumped by every write that begins: a snapshot read before it may be stale and is not stored. */
let generation = 0;
/** Writes begun and not yet ended (committed or failed). */
let inFlight = 0;
const idleListeners = new Set<() => void>();

/**
 * Call synchronously before a write that can change contracts or the settings: clears the snapshot
 * at once. Returns `end`, to call once the write has committed or failed (a second call does nothing).
 */
export function beginSnapshotWrite(): () => void {
  clearSnapshot();
  generation += 1;
  inFlight += 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    inFlight -= 1;
    if (inFlight === 0) for (const listener of idleListeners) listener();
  };
}

/** Where the writes stand: a rewrite may store what it read only if `generation` did not move and `inFlight` is 0. */
export function snapshotWrites(): { generation: number; inFlight: number } {
  return { generation, inFlight };
}

/** Calls `listener` each time the last write in flight ends; returns the unsubscribe. */
export function onWritesSettled(listener: () => void): () => void {
  idleListeners.add(listener);
  return () => idleListeners.delete(listener);
}

// Another window of the same origin (the browser host) clearing the snapshot is a write there: a
// read here may predate it.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === SNAPSHOT_KEY || event.key === null) generation += 1;
});
