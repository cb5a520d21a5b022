import type { BackupSummary } from './backup';

/**
 * Messages between the UI thread and the backup worker (backup.worker.ts), which writes the backup's
 * text, parses and checks a backup, and restores the rows it checked. Every message names the
 * database, so the worker opens the one the app has open.
 *
 * A backup never crosses as text: a message is copied in one task on each side, and the text of
 * 100,000 contracts (tens of megabytes) in one was a task of most of a second on the UI thread
 * (issue 16). A backup to check crosses as its file's bytes, moved; one being made, in parts of bytes.
 */

/**
 * A backup being made crosses from the worker as UTF-8 bytes, in parts of at most this many bytes,
 * each handed on to the host as it arrives and sent on to main as one message (renderer/host). Bytes,
 * not text: each part's buffer is moved to the UI thread (transferred, not copied) and reaches main
 * as a copy of memory, where a string of it was cloned onto the UI thread's heap and, a thousand of
 * them for 100,000 contracts, made its garbage collector stop the thread for over 50 ms (issue 16).
 * Main only appends bytes, so a part may end inside a character.
 */
export const STREAM_BYTES = 1 << 16;

/**
 * Encodes `text` to UTF-8 and posts it in parts of at most `size` bytes, in order, each in its own
 * buffer moved with its message (`transfer`), never shared with another part.
 */
export function postByteParts(
  text: string,
  post: (message: Extract<FromBackupWorker, { type: 'bytes-part' }>, transfer: Transferable[]) => void,
  size = STREAM_BYTES,
): void {
  const all = new TextEncoder().encode(text);
  for (let start = 0; start < all.byteLength; start += size) {
    const bytes = all.slice(start, start + size);
    post({ type: 'bytes-part', bytes }, [bytes.buffer]);
  }
}

export type ToBackupWorker =
  /**
   * Makes a backup: as parts of its UTF-8 bytes (`bytes-part` messages), or with `whole` as one Blob in `created`,
   * encoded and assembled here, for a host that saves a file at once (the browser's download).
   */
  | { type: 'create'; dbName: string; at: string; whole?: boolean }
  /** The whole file to check, as UTF-8 bytes moved here (transferred, not copied) and decoded here; `check` follows. */
  | { type: 'file'; bytes: Uint8Array }
  | { type: 'check'; dbName: string }
  /** Restores the rows of the last backup this worker checked. */
  | { type: 'restore'; dbName: string };

export type FromBackupWorker =
  | { type: 'progress'; fraction: number }
  /** One part of the backup as UTF-8 bytes, in order (its buffer moved here); `created` follows the last. */
  | { type: 'bytes-part'; bytes: Uint8Array<ArrayBuffer> }
  /** The backup made; `file` holds it when it was asked for whole (a Blob crosses as a handle, not a copy). */
  | { type: 'created'; file?: Blob }
  | { type: 'checked'; summary: BackupSummary }
  | { type: 'restored' }
  | { type: 'error'; code: string; message: string };
