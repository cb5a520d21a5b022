import type { Contract } from '@shared/domain';
import type { PlannerDb } from './db';
import { readPages } from './paged';

/*
 * The whole register, read for the register store in a worker (register-read.worker.ts) and posted
 * here a page (READ_PAGE contracts) at a time, each message one short task to deserialise (issue 16).
 * Read on the UI thread, IndexedDB made a value object for each of the 100,000 records there, and
 * the browser's own garbage collector later finalised them all in one task of 100 ms or more while
 * the register filled; a worker's messages leave one object a page.
 */

export interface ToRegisterReader {
  dbName: string;
}
export type FromRegisterReader = { type: 'page'; rows: Contract[] } | { type: 'done' } | { type: 'failed'; message: string };

/**
 * The contract fields whose values repeat across a register: codes, dates, and the names of
 * suppliers, owners and departments. A page arrives with a string of its own for every field of
 * every contract (structured clone, like IndexedDB, shares none), all kept with the register, and
 * the young generation's collections copied them while the 100,000 contracts arrived: tasks of
 * 30–43 ms CPU each (issue 16). Each repeated value is kept once instead, and the page's copies die
 * young, which costs the collector nothing.
 */
const REPEATED_FIELDS = [
  'category',
  'contractingModel',
  'procurementRoute',
  'regime',
  'regimeEvent',
  'hostingModel',
  'status',
  'supplier',
  'supplierCompanyNo',
  'vendor',
  'primeContractor',
  'system',
  'hostingProvider',
  'owner',
  'department',
  'regimeEventDate',
  'procurementStartDate',
  'signedOn',
  'startDate',
  'currentEndDate',
  'maximumEndDate',
  'maximumEndDateOnAward',
  'terminatedOn',
  'hostingEndDate',
  'decidedOn',
] as const satisfies readonly (keyof Contract)[];

/**
 * Distinct values kept for sharing in one read: past this, a value is kept as it came. A register
 * whose every contract names a different owner would otherwise grow the table to 100,000 entries,
 * and growing a hash table that large is one step of tens of milliseconds.
 */
const MAX_SHARED_VALUES = 20_000;

/** Puts each page's contracts in `all`, with one string for each value repeated across the register. */
function gatherer(all: Contract[]): (page: readonly Contract[]) => void {
  const shared = new Map<string, string>();
  return (page) => {
    for (const contract of page) {
      const fields = contract as unknown as Record<string, unknown>;
      for (const field of REPEATED_FIELDS) {
        const value = fields[field];
        if (typeof value !== 'string') continue;
        const kept = shared.get(value);
        if (kept !== undefined) fields[field] = kept;
        else if (shared.size < MAX_SHARED_VALUES) shared.set(value, value);
      }
      all.push(contract);
    }
  };
}

/** Thrown out of a page read on this thread to stop it: a newer read overtook it. */
class Overtaken extends Error {}

/** Every contract, read in pages on this thread; stopped after the page under way when `signal` aborts. */
async function readOnThisThread(db: PlannerDb, signal: AbortSignal | undefined): Promise<Contract[]> {
  const all: Contract[] = [];
  const gather = gatherer(all);
  try {
    await readPages(db.contracts, (page) => {
      if (signal?.aborted) throw new Overtaken();
      gather(page);
    });
  } catch (error) {
    if (error instanceof Overtaken) return [];
    throw error;
  }
  return signal?.aborted ? [] : all;
}

/**
 * Every contract, read in a worker; on this thread where there is no Worker (unit tests) or the
 * worker could not run (or could not send a page), so the register always loads. Stopped by
 * `signal` (a newer read overtook it): the worker is let go, or the read on this thread stops after
 * its page under way, and the answer is empty.
 */
export function readRegisterOffThread(db: PlannerDb, signal?: AbortSignal): Promise<Contract[]> {
  if (typeof Worker === 'undefined') return readOnThisThread(db, signal);
  return new Promise<Contract[]>((resolve, reject) => {
    const all: Contract[] = [];
    const gather = gatherer(all);
    const worker = new Worker(new URL('./register-read.worker.ts', import.meta.url), { type: 'module', name: 'register-read' });
    const stop = () => {
      worker.terminate();
      resolve([]);
    };
    signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    const onThisThread = () => {
      finish();
      readOnThisThread(db, signal).then(resolve, reject);
    };
    worker.onmessage = (event: MessageEvent<FromRegisterReader>) => {
      const msg = event.data;
      if (msg.type === 'page') gather(msg.rows);
      else if (msg.type === 'done') {
        finish();
        resolve(all);
      } else onThisThread();
    };
    worker.onerror = onThisThread;
    worker.onmessageerror = onThisThread;
    if (signal?.aborted) return stop();
    worker.postMessage({ dbName: db.name } satisfies ToRegisterReader);
  });
}
