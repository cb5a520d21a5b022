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

/**
 * A backup being made crosses from the worker in parts of this many characters, each handed on to
 * the host as it arrives and sent on to main as one message (renderer/host). Smaller than TEXT_PART:
 * a message's cost on the UI thread grows with its length, and each must stay far under 50 ms there.
 */
export const STREAM_PART = 1 << 16;

/**
 * `text` in parts of at most `size` characters, never split between the two halves of a surrogate
 * pair: each part is encoded to UTF-8 on its own when main writes it, and half a pair would become
 * U+FFFD in the file.
 */
export function* textParts(text: string, size: number): Generator<string, void, void> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff && end - 1 > start) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

export type ToBackupWorker =
  /**
   * Makes a backup: as text parts (`text-part` messages), or with `whole` as one Blob in `created`,
   * encoded and assembled here, for a host that saves a file at once (the browser's download).
   */
  | { type: 'create'; dbName: string; at: string; whole?: boolean }
  /** One part of the text to check, in order; `check` follows the last. */
  | { type: 'text-part'; text: string }
  /** The whole file to check, as UTF-8 bytes moved here (transferred, not copied) and decoded here; `check` follows. */
  | { type: 'file'; bytes: Uint8Array }
  | { type: 'check'; dbName: string }
  /** Restores the rows of the last backup this worker checked. */
  | { type: 'restore'; dbName: string };

export type FromBackupWorker =
  | { type: 'progress'; fraction: number }
  /** One part of the backup's text, in order; `created` follows the last. */
  | { type: 'text-part'; text: string }
  /** The backup made; `file` holds it when it was asked for whole (a Blob crosses as a handle, not a copy). */
  | { type: 'created'; file?: Blob }
  | { type: 'checked'; summary: BackupSummary }
  | { type: 'restored' }
  | { type: 'error'; code: string; message: string };
