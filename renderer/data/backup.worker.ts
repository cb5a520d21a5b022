/// <reference lib="webworker" />
import '../zod-config';
import { SAVE_PURPOSES } from '@shared/ipc';
import { AppError, assertNever } from '@shared/result';
import { describeError } from '@shared/storage-errors';
import { createBackup, readBackup, restoreBackup } from './backup';
import { postByteParts, type FromBackupWorker, type ToBackupWorker } from './backup-protocol';
import { openDb, type PlannerDb } from './db';

/*
 * Backup, backup check and restore off the UI thread (issue 16): joining 100,000 contracts' text and
 * JSON.parse of a whole backup are each one long task wherever they run, so they run here. The rows
 * a check parsed stay here for the restore: sending them back would cost the UI thread as long a
 * task to deserialise as the parse it was spared. The restore is one transaction, as on the UI
 * thread; if the window closes part-way, the worker dies with it and the transaction never commits.
 */

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromBackupWorker) => self.postMessage(message);
const onProgress = (fraction: number) => post({ type: 'progress', fraction });

const open = new Map<string, Promise<PlannerDb>>();
const dbNamed = (name: string) => {
  let db = open.get(name);
  if (!db) open.set(name, (db = openDb(name)));
  return db;
};

let checked: Record<string, unknown[]> | null = null;
/** The file to check, as it arrived; `check` decodes it. */
let file: Uint8Array | null = null;

async function handle(msg: ToBackupWorker): Promise<FromBackupWorker | undefined> {
  if (msg.type === 'file') {
    file = msg.bytes;
    return undefined;
  }
  const db = await dbNamed(msg.dbName);
  switch (msg.type) {
    case 'create': {
      const text = await createBackup(db, new Date(msg.at), onProgress);
      // Encoded to UTF-8 and made a file here: a Blob posted to the UI thread is a handle to the
      // browser's copy, so the page never holds the text, part by part or whole (issue 16).
      if (msg.whole) return { type: 'created', file: new Blob([text], { type: SAVE_PURPOSES.backup.mime }) };
      postByteParts(text, (message, transfer) => self.postMessage(message, transfer));
      return { type: 'created' };
    }
    case 'check': {
      checked = null;
      const text = file ? new TextDecoder().decode(file) : '';
      file = null;
      const { summary, tables } = await readBackup(db, text, onProgress);
      checked = tables;
      return { type: 'checked', summary };
    }
    case 'restore': {
      if (!checked) throw new AppError('NOTHING_TO_RESTORE', 'There is no checked backup to restore: choose the backup file again.');
      await restoreBackup(db, checked, onProgress);
      checked = null;
      return { type: 'restored' };
    }
    default:
      return assertNever(msg, 'backup worker message');
  }
}

self.onmessage = (event: MessageEvent<ToBackupWorker>) => {
  handle(event.data).then(
    (answer) => answer && post(answer),
    (error: unknown) => {
      if (error instanceof AppError) post({ type: 'error', code: error.code, message: error.message });
      else post({ type: 'error', code: 'BACKUP_FAILED', message: `That did not work, and nothing was changed: ${describeError(error)}.` });
    },
  );
};
