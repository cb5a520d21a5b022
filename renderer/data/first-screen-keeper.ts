/**
 * Keeps the first-screen snapshot (first-screen-snapshot.ts) in step with the database: every
 * read-write transaction on contracts or settings clears it when it begins (a Dexie middleware, so
 * no write path can forget), and once the last write has ended the snapshot is written again from
 * the committed rows, later and in idle time, so it never costs an edit or an import a frame.
 */
import type { DBCore, Middleware } from 'dexie';
import type { PlannerDb } from './db';
import { FIRST_PAGE_ROWS } from './db-early';
import { askPersistentStorageOnce } from './persistent-storage';
import { whenIdle } from '../when-idle';
import { formatMoney } from '@shared/format';
import { beginSnapshotWrite, onWritesSettled, pageSums, SNAPSHOT_FORMAT, snapshotWrites, writeSnapshot } from './first-screen-snapshot';

/** The tables the first paint shows from: a write to any other cannot make the snapshot stale. */
const SHOWN_TABLES = ['contracts', 'settings'];

/** Clears the snapshot as each read-write transaction on a shown table begins, and notes when it ends. */
export const firstScreenMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'first-screen-snapshot',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const shown = mode === 'readwrite' && stores.some((s) => SHOWN_TABLES.includes(s));
      const end = shown ? beginSnapshotWrite() : undefined;
      let tx: ReturnType<DBCore['transaction']>;
      try {
        tx = down.transaction(stores, mode, options);
      } catch (error) {
        end?.();
        throw error;
      }
      if (end) {
        // A transaction that never settles (the page closing) leaves the snapshot cleared: the safe side.
        const settled = tx as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
        if (typeof settled.addEventListener === 'function') {
          for (const type of ['complete', 'abort', 'error']) settled.addEventListener(type, end);
        } else end();
      }
      return tx;
    },
  }),
};

/** How long after the last write the snapshot is written again: a burst of edits writes it once. */
export const REWRITE_DELAY_MS = 1500;

/**
 * Writes the snapshot from what is committed now: the register's first page by end date (the
 * same query as the early read and the register store) and the settings row, read in one
 * transaction. Nothing is stored if a write began meanwhile or is still in flight.
 */
export async function rewriteSnapshot(db: PlannerDb, schema: number): Promise<boolean> {
  const before = snapshotWrites();
  if (before.inFlight > 0) return false;
  const [firstPage, settings] = await db.transaction('r', db.contracts, db.settings, () =>
    Promise.all([db.contracts.orderBy('currentEndDate').limit(FIRST_PAGE_ROWS).toArray(), db.settings.get('app')]),
  );
  const persistent = await askPersistentStorageOnce();
  const after = snapshotWrites();
  if (after.generation !== before.generation || after.inFlight > 0) return false;
  return writeSnapshot({ format: SNAPSHOT_FORMAT, schema, firstPage, settings: settings?.value, persistent, money: moneyText(firstPage) });
}

/** formatMoney's text for every amount the first paint shows of `page`: each annual value and the page's sums. */
export function moneyText(page: readonly { annualValue?: number }[]): Record<string, string> {
  const sums = pageSums(page);
  const text: Record<string, string> = {};
  for (const amount of [...page.map((c) => c.annualValue), sums.annualValue, sums.totalValue])
    if (typeof amount === 'number') text[String(amount)] = formatMoney(amount);
  return text;
}

/**
 * Starts keeping the snapshot for the app's database: writes it once the start-up has settled, and
 * again after each burst of writes. Returns the stop.
 */
export function keepFirstScreenSnapshot(db: PlannerDb, schema: number, delayMs = REWRITE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () =>
        void whenIdle(() => {
          if (stopped || !db.isOpen()) return;
          rewriteSnapshot(db, schema).catch((error: unknown) => console.warn('The first-screen snapshot was not written', error));
        }, 5_000),
      delayMs,
    );
  };
  const unsubscribe = onWritesSettled(schedule);
  schedule();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
