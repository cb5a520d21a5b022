/// <reference lib="webworker" />
import '../zod-config';
import { describeError } from '@shared/storage-errors';
import { openDb, type PlannerDb } from './db';
import { importUndoBlocker } from './import-undo';
import type { FromUndoWorker, ToUndoWorker } from './import-undo-watch';

/*
 * Reads an import's undo record and decides whether the import can still be undone, off the UI
 * thread: the record of a 100,000-row import takes IndexedDB 50–200 ms to deserialise (issue 16;
 * import-undo-watch.ts).
 */

declare const self: DedicatedWorkerGlobalScope;

const open = new Map<string, Promise<PlannerDb>>();

self.onmessage = async (event: MessageEvent<ToUndoWorker>) => {
  const { seq, dbName, importId } = event.data;
  let answer: FromUndoWorker;
  try {
    let db = open.get(dbName);
    if (!db) open.set(dbName, (db = openDb(dbName)));
    answer = { seq, reason: await importUndoBlocker(await db, importId) };
  } catch (error) {
    answer = { seq, error: describeError(error) };
  }
  self.postMessage(answer);
};
