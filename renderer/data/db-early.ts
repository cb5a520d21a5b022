/**
 * The first thing the page runs (renderer/main.tsx), before React, Dexie, zod or any screen has
 * loaded: it opens the database with the plain IndexedDB API and reads the register's first page
 * and the settings row, so opening the store on disk and the first read overlap with loading the
 * app's scripts (issue 16: a new browser process spent ~500 ms opening the database after the
 * scripts had loaded, then read the first page). It imports nothing, so its chunk stays tiny.
 *
 * The rows are read from the database in this process, not a cached copy: the register store takes
 * them as its first page (renderer/data/register-store.ts) and reads everything again in pages after.
 * The connection's version also tells openDb (renderer/data/db.ts) which schema is on disk without
 * asking indexedDB.databases() first.
 */

/** The database's name (also the one renderer/data/schema.ts declares its tables for). */
export const DB_NAME = 'trust-procurement-planner';

/** Rows in the register's first page: enough to fill its first screen at once. */
export const FIRST_PAGE_ROWS = 80;

/**
 * The schema version (Dexie's numbering) whose stored contracts the entry's first paint
 * (renderer/first-paint.ts) can show as they are: an older database is upgraded by openDb first, so
 * its rows wait for the app. Kept equal to CURRENT_SCHEMA_VERSION (schema.ts) by db-early.test.ts;
 * this module cannot import schema.ts, which brings the record upgrades and zod with it.
 */
export const FIRST_PAINT_SCHEMA_VERSION = 2;

/** Dexie stores version N as IndexedDB version N × 10. */
const DEXIE_VERSION_FACTOR = 10;

export interface EarlyRead {
  /** The schema version on disk (Dexie's numbering), 0 when there is no database. */
  version: number;
  /** The first contracts by end date, as stored (defaults not yet filled); undefined when not read. */
  firstPage: unknown[] | undefined;
  /** The stored settings row's value; undefined when there is none or it was not read. */
  settings: unknown;
}

export interface EarlyOpen {
  read: Promise<EarlyRead>;
  /** Closes the plain connection once Dexie has its own (keeping it open until then keeps the store warm). */
  release(): void;
}

const NOTHING: EarlyRead = { version: 0, firstPage: undefined, settings: undefined };

/**
 * Opens `name` without a version (so nothing is upgraded) and reads the first page and settings in
 * one read-only transaction. A database that does not exist yet is not created: the upgrade that
 * opening would start is aborted, and openDb creates it properly. Never rejects: anything unusual
 * (no IndexedDB, an older schema without the index) answers "nothing read", and openDb then does
 * the whole job and reports any error itself.
 */
export function startEarlyOpen(name = DB_NAME, idb: IDBFactory | undefined = globalThis.indexedDB): EarlyOpen {
  let connection: IDBDatabase | undefined;
  let released = false;
  const release = () => {
    released = true;
    connection?.close();
  };
  const read = new Promise<EarlyRead>((resolve) => {
    if (!idb) return resolve(NOTHING);
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(name);
    } catch {
      return resolve(NOTHING);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(NOTHING);
    };
    request.onblocked = () => resolve(NOTHING);
    request.onsuccess = () => {
      const db = request.result;
      connection = db;
      // An upgrade (a newer app, or openDb moving to a newer schema) must never wait for this connection.
      db.onversionchange = () => db.close();
      if (released) db.close();
      const version = db.version / DEXIE_VERSION_FACTOR;
      readFirstPage(db)
        .then((page) => {
          performance.mark('db:early-read');
          resolve({ version, ...page });
        })
        .catch(() => resolve({ ...NOTHING, version }));
    };
  });
  return { read, release };
}

function readFirstPage(db: IDBDatabase): Promise<Omit<EarlyRead, 'version'>> {
  const stores = db.objectStoreNames;
  if (!stores.contains('contracts') || !stores.contains('settings')) return Promise.resolve({ firstPage: undefined, settings: undefined });
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['contracts', 'settings'], 'readonly');
    const contracts = tx.objectStore('contracts');
    if (!contracts.indexNames.contains('currentEndDate')) return resolve({ firstPage: undefined, settings: undefined });
    // An index's getAll with a count returns rows in index order (then by key), as Dexie's
    // orderBy('currentEndDate').limit(n) does.
    const page = contracts.index('currentEndDate').getAll(null, FIRST_PAGE_ROWS);
    const settings = tx.objectStore('settings').get('app');
    tx.oncomplete = () =>
      resolve({ firstPage: page.result as unknown[], settings: (settings.result as { value?: unknown } | undefined)?.value });
    tx.onerror = () => reject(tx.error ?? new Error('The first page could not be read'));
    tx.onabort = () => reject(tx.error ?? new Error('The first page could not be read'));
  });
}

let pending: EarlyOpen | undefined;

/** Starts the early open of the app's database once (renderer/main.tsx calls it first thing, and paints what it reads). */
export function beginEarlyOpen(): EarlyOpen {
  pending ??= startEarlyOpen();
  return pending;
}

/** Hands the early open to openDb, once: a second open (a reload of the data, a test) starts afresh. */
export function takeEarlyOpen(): EarlyOpen | undefined {
  const taken = pending;
  pending = undefined;
  return taken;
}
