import type { Contract } from '@shared/domain';
import type { PlannerDb } from './db';
import { readAllPaged } from './paged';

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
 * Every contract, read in a worker; on this thread where there is no Worker (unit tests) or the
 * worker could not run (or could not send a page), so the register always loads. Stopped by
 * `signal` (a newer read overtook it): the worker is let go and the answer is empty.
 */
export function readRegisterOffThread(db: PlannerDb, signal?: AbortSignal): Promise<Contract[]> {
  if (typeof Worker === 'undefined') return readAllPaged(db.contracts);
  return new Promise<Contract[]>((resolve, reject) => {
    const all: Contract[] = [];
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
      if (!signal?.aborted) readAllPaged(db.contracts).then(resolve, reject);
    };
    worker.onmessage = (event: MessageEvent<FromRegisterReader>) => {
      const msg = event.data;
      if (msg.type === 'page') for (const contract of msg.rows) all.push(contract);
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
