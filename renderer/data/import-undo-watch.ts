import { liveQuery } from 'dexie';
import type { PlannerDb } from './db';
import { importUndoBlocker } from './import-undo';

/*
 * Whether the import just made can still be undone, for the toast's Undo button, kept up to date.
 * Deciding it reads the import's undo record, which after a 100,000-row import holds 100,000
 * references (and every contract it overwrote): IndexedDB deserialises a record in one task on the
 * thread that reads it, 50–200 ms on the UI thread each time the history changed (issue 16). So the
 * UI thread only watches for what can change the answer, reading keys alone (no record is
 * deserialised), and the record is read in a worker (import-undo.worker.ts).
 */

/** Asks whether `importId` can still be undone; resolves with the reason it cannot, or undefined. */
export type UndoCheck = (importId: number) => Promise<string | undefined>;

export interface ToUndoWorker {
  seq: number;
  dbName: string;
  importId: number;
}
export type FromUndoWorker = { seq: number; reason: string | undefined } | { seq: number; error: string };

/**
 * What the answer depends on, read as keys only: the import records there are (a later import, or
 * this one pruned) and the history entries since this import (an edit, an undo or a later import each
 * writes one). Whenever any of these change, the check is made again.
 */
async function undoInputs(db: PlannerDb, importId: number): Promise<string> {
  const [ats, ids] = await Promise.all([db.imports.orderBy('at').keys(), db.imports.orderBy('at').primaryKeys()]);
  const at = ats[ids.indexOf(importId)];
  if (at === undefined) return `gone:${ids.join(',')}`;
  const since = await db.changeLog.where('at').aboveOrEqual(at).primaryKeys();
  return `${ids.join(',')}|${since.join(',')}`;
}

/** The check made in a worker, which reads the import's record there; on this thread where there is no Worker (unit tests). */
export function offThreadUndoCheck(db: PlannerDb): { check: UndoCheck; close(): void } {
  if (typeof Worker === 'undefined') return { check: (importId) => importUndoBlocker(db, importId), close: () => undefined };
  let worker: Worker | undefined;
  let seq = 0;
  const waiting = new Map<number, { resolve(reason: string | undefined): void; reject(error: Error): void }>();
  const started = () => {
    if (worker) return worker;
    worker = new Worker(new URL('./import-undo.worker.ts', import.meta.url), { type: 'module', name: 'import-undo' });
    worker.onmessage = (event: MessageEvent<FromUndoWorker>) => {
      const answer = event.data;
      const pending = waiting.get(answer.seq);
      waiting.delete(answer.seq);
      if ('error' in answer) pending?.reject(new Error(answer.error));
      else pending?.resolve(answer.reason);
    };
    worker.onerror = (event) => {
      for (const pending of waiting.values()) pending.reject(new Error(event.message));
      waiting.clear();
    };
    return worker;
  };
  return {
    check: (importId) =>
      new Promise((resolve, reject) => {
        seq += 1;
        waiting.set(seq, { resolve, reject });
        started().postMessage({ seq, dbName: db.name, importId } satisfies ToUndoWorker);
      }),
    close: () => {
      worker?.terminate();
      worker = undefined;
      waiting.clear();
    },
  };
}

/**
 * Calls back with why `importId` can no longer be undone (undefined while it can), again whenever
 * that changes; returns the unsubscribe. `check` decides it (by default, in a worker).
 */
export function watchImportUndo(
  db: PlannerDb,
  importId: number,
  onChange: (reason: string | undefined) => void,
  onError: (error: unknown) => void,
  checker: { check: UndoCheck; close(): void } = offThreadUndoCheck(db),
): () => void {
  let latest = 0;
  let closed = false;
  const subscription = liveQuery(() => undoInputs(db, importId)).subscribe({
    next: () => {
      // Only the answer to the newest change is shown: an older check may finish after it.
      const asked = ++latest;
      checker.check(importId).then(
        (reason) => {
          if (!closed && asked === latest) onChange(reason);
        },
        (error: unknown) => {
          if (!closed) onError(error);
        },
      );
    },
    error: onError,
  });
  return () => {
    closed = true;
    subscription.unsubscribe();
    checker.close();
  };
}
