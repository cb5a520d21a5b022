import type { BackupSummary } from './backup';

/**
 * Messages between the UI thread and the backup worker (backup.worker.ts), which writes the backup's
 * text, parses and checks a backup, and restores the rows it checked. Every message names the
 * database, so the worker opens the one the app has open.
 *
 * A backup's text crosses in parts of TEXT_PART characters, each its own message: a message is
 * copied in one task on each side, and the whole text of 100,000 contracts (tens of megabytes) in
 * one would be a task of most of a second on the UI thread (issue 16).
 */
export const TEXT_PART = 1 << 20;

export type ToBackupWorker =
  | { type: 'create'; dbName: string; at: string }
  /** One part of the text to check, in order; `check` follows the last. */
  | { type: 'text-part'; text: string }
  | { type: 'check'; dbName: string }
  /** Restores the rows of the last backup this worker checked. */
  | { type: 'restore'; dbName: string };

export type FromBackupWorker =
  | { type: 'progress'; fraction: number }
  /** One part of the backup's text, in order; `created` follows the last. */
  | { type: 'text-part'; text: string }
  | { type: 'created' }
  | { type: 'checked'; summary: BackupSummary }
  | { type: 'restored' }
  | { type: 'error'; code: string; message: string };
