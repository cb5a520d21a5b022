import type { BackupSummary } from './backup';

/**
 * Messages between the UI thread and the backup worker (backup.worker.ts), which writes the backup's
 * text, parses and checks a backup, and restores the rows it checked. Every message names the
 * database, so the worker opens the one the app has open.
 */
export type ToBackupWorker =
  | { type: 'create'; dbName: string; at: string }
  | { type: 'check'; dbName: string; text: string }
  /** Restores the rows of the last backup this worker checked. */
  | { type: 'restore'; dbName: string };

export type FromBackupWorker =
  | { type: 'progress'; fraction: number }
  | { type: 'created'; text: string }
  | { type: 'checked'; summary: BackupSummary }
  | { type: 'restored' }
  | { type: 'error'; code: string; message: string };
