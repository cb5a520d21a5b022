/// <reference lib="webworker" />
import '../zod-config';
import { describeError } from '@shared/storage-errors';
import { openDb } from './db';
import { readPages } from './paged';
import type { FromRegisterReader, ToRegisterReader } from './register-read';

/*
 * Reads every contract off the UI thread and posts them on a page at a time (register-read.ts).
 */

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ToRegisterReader>) => {
  try {
    const db = await openDb(event.data.dbName);
    try {
      await readPages(db.contracts, (rows) => self.postMessage({ type: 'page', rows } satisfies FromRegisterReader));
    } finally {
      db.close();
    }
    self.postMessage({ type: 'done' } satisfies FromRegisterReader);
  } catch (error) {
    self.postMessage({ type: 'failed', message: describeError(error) } satisfies FromRegisterReader);
  }
};
