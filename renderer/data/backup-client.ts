import type { BackupTarget } from '@shared/ipc';
import { SAVE_PURPOSES } from '@shared/ipc';
import { AppError } from '@shared/result';
import { createBackup, readBackup, restoreBackup, type BackupSummary, type OnProgress } from './backup';
import { postByteParts, type FromBackupWorker, type ToBackupWorker } from './backup-protocol';
import { beginSnapshotWrite } from './first-screen-snapshot';
import type { PlannerDb } from './db';

/*
 * The UI thread's side of backup, check and restore: each runs in backup.worker.ts, so no step of
 * them is a long task here (issue 16). Where there is no Worker (the unit tests' Node), the same
 * functions run in this thread, in their short steps.
 */

const canUseWorker = () => typeof Worker !== 'undefined';

const newWorker = () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });

/**
 * Sends one request and resolves with the worker's answer; progress reports go to `onProgress`,
 * parts of the backup's bytes to `onBytes`.
 */
function ask<T extends FromBackupWorker['type']>(
  worker: Worker,
  msg: ToBackupWorker,
  expect: T,
  onProgress?: OnProgress,
  onBytes?: (part: Uint8Array<ArrayBuffer>) => void,
): Promise<Extract<FromBackupWorker, { type: T }>> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromBackupWorker>) => {
      const answer = event.data;
      if (answer.type === 'progress') onProgress?.(answer.fraction);
      else if (answer.type === 'bytes-part') onBytes?.(answer.bytes);
      else if (answer.type === 'error') reject(new AppError(answer.code, answer.message));
      else if (answer.type === expect) resolve(answer as Extract<FromBackupWorker, { type: T }>);
    };
    worker.onerror = (event) => reject(new AppError('BACKUP_FAILED', `That did not work, and nothing was changed: ${event.message}.`));
    worker.postMessage(msg);
  });
}

/**
 * Makes the backup's text (the same as createBackup's) in a worker, encoded there to UTF-8, handing
 * each part of the bytes to `onPart` as it arrives: the parts are never joined here, where one string
 * of a 100,000-contract backup and one message of it to the host were each a UI-thread task of
 * seconds, and never strings here, where a thousand of them made garbage collection pauses of over
 * 50 ms (issue 16).
 */
export async function streamBackupOffThread(
  db: PlannerDb,
  onPart: (part: Uint8Array<ArrayBuffer>) => void,
  { now = new Date(), onProgress }: { now?: Date; onProgress?: OnProgress } = {},
): Promise<void> {
  if (!canUseWorker()) {
    postByteParts(await createBackup(db, now, onProgress), ({ bytes }) => onPart(bytes));
    return;
  }
  const worker = newWorker();
  try {
    await ask(worker, { type: 'create', dbName: db.name, at: now.toISOString() }, 'created', onProgress, onPart);
  } finally {
    worker.terminate();
  }
}

/** The backup (createBackup's text) made whole in a worker as one UTF-8 file, handed here as a Blob. */
export async function makeBackupFileOffThread(
  db: PlannerDb,
  { now = new Date(), onProgress }: { now?: Date; onProgress?: OnProgress } = {},
): Promise<Blob> {
  if (!canUseWorker()) return new Blob([await createBackup(db, now, onProgress)], { type: SAVE_PURPOSES.backup.mime });
  const worker = newWorker();
  try {
    const { file } = await ask(worker, { type: 'create', dbName: db.name, at: now.toISOString(), whole: true }, 'created', onProgress);
    if (!file) throw new AppError('BACKUP_FAILED', 'The backup was not made, and nothing was changed: try again.');
    return file;
  } finally {
    worker.terminate();
  }
}

/**
 * A backup made in the backup worker into `target`: as one file if the target takes one, else
 * streamed part by part; finished whole, or aborted (nothing half-written) if anything failed.
 */
export async function writeBackupTo(
  db: PlannerDb,
  target: BackupTarget,
  options: { now?: Date; onProgress?: OnProgress; timing?: string } = {},
): Promise<string> {
  // With `timing`, user-timing entries `<timing>:make` (each part handed over as it comes, or the
  // file made) and `<timing>:write` (the last parts written and the file made whole, or the file
  // saved), for the benchmark and profiling.
  const began = performance.now();
  try {
    const file = target.takeFile ? await makeBackupFileOffThread(db, options) : undefined;
    if (!file) await streamBackupOffThread(db, (part) => target.write(part), options);
    if (options.timing) performance.measure(`${options.timing}:make`, { start: began });
    const made = performance.now();
    const fileName = file && target.takeFile ? await target.takeFile(file) : await target.finish();
    if (options.timing) performance.measure(`${options.timing}:write`, { start: made });
    return fileName;
  } catch (error) {
    await target.abort().catch(() => undefined);
    throw error;
  }
}

/**
 * The worker that holds the rows of the backup checked last, by the stand-in handed to the caller.
 * One at a time: checking another backup lets the previous worker (and its rows) go.
 */
let held: { token: Record<string, unknown[]>; worker: Worker } | null = null;
function release(): void {
  held?.worker.terminate();
  held = null;
}

/**
 * Checks a backup in a worker, as readBackup does. The rows stay in the worker; `tables` is a stand-in
 * for them, to hand to restoreCheckedBackup (it holds no rows itself). The file's bytes (a chosen file,
 * or an automatic backup main read) are moved to the worker and decoded there (`file` is then emptied):
 * decoding a 66 MB backup here was a UI-thread task of hundreds of milliseconds, and text of it sent
 * on was another of most of a second (issue 16).
 */
export async function checkBackupOffThread(
  db: PlannerDb,
  file: Uint8Array,
  onProgress?: OnProgress,
): Promise<{ summary: BackupSummary; tables: Record<string, unknown[]> }> {
  if (!canUseWorker()) return readBackup(db, new TextDecoder().decode(file), onProgress);
  release();
  const worker = newWorker();
  try {
    worker.postMessage({ type: 'file', bytes: file } satisfies ToBackupWorker, [file.buffer]);
    const { summary } = await ask(worker, { type: 'check', dbName: db.name }, 'checked', onProgress);
    const token: Record<string, unknown[]> = {};
    held = { token, worker };
    return { summary, tables: token };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

/** Restores what checkBackupOffThread checked (in its worker), or rows checked in this thread. */
export async function restoreCheckedBackup(db: PlannerDb, tables: Record<string, unknown[]>, onProgress?: OnProgress): Promise<void> {
  if (held?.token !== tables) return restoreBackup(db, tables, onProgress);
  const { worker } = held;
  held = null;
  // The worker writes in its own connection, which this window's snapshot middleware does not see.
  const ended = beginSnapshotWrite();
  try {
    await ask(worker, { type: 'restore', dbName: db.name }, 'restored', onProgress);
  } finally {
    worker.terminate();
    ended();
  }
}
