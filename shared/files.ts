import type { OpenPurpose } from './ipc';
import { AppError } from './result';

/**
 * The one size limit on files the planner opens, however they arrive: the Open dialog (main
 * process) and a file dropped on the window (renderer) refuse the same files with the same words.
 * Larger files would stall the parser long before they could be imported.
 */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** The largest file content the renderer may hand to main in one save, and so the largest backup the app writes. */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

/**
 * The most a file opened for `purpose` may be: a backup as large as the app may write one
 * (MAX_SAVE_BYTES, which also bounds an automatic backup's restore), so every backup it made can be
 * restored from its file; anything else MAX_OPEN_BYTES.
 */
export function maxOpenBytes(purpose: OpenPurpose): number {
  return purpose === 'backup' ? MAX_SAVE_BYTES : MAX_OPEN_BYTES;
}

const MB = 1024 * 1024;

/** Why a file of `size` bytes cannot be opened for `purpose`, in words; null when it can. */
export function fileTooLargeMessage(fileName: string, size: number, purpose: OpenPurpose = 'register'): string | null {
  const limit = maxOpenBytes(purpose);
  if (size <= limit) return null;
  // Rounded up, so a file just over the limit never reads as "200 MB; the limit is 200 MB".
  const sizeMb = Math.ceil((size / MB) * 10) / 10;
  return purpose === 'backup'
    ? `"${fileName}" is ${sizeMb} MB; the planner restores backups of up to ${limit / MB} MB. Choose another backup.`
    : `"${fileName}" is ${sizeMb} MB; the planner opens files up to ${limit / MB} MB. Remove unused sheets or split the register, then try again.`;
}

/** The refusal of a file larger than maxOpenBytes(purpose), in the words the Open dialog and the browser's picker both give. */
export function fileTooLarge(fileName: string, size: number, purpose: OpenPurpose): AppError {
  return new AppError('FILE_TOO_LARGE', fileTooLargeMessage(fileName, size, purpose) ?? `"${fileName}" is too large.`);
}

/**
 * A file handed over unread (a browser's pick or drop), read whole. A file that can no longer be
 * read (moved or deleted since it was chosen, or a folder dropped) is refused in words, not the
 * browser's.
 */
export async function readFileBytes(fileName: string, file: Blob): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new AppError(
      'IO_ERROR',
      `"${fileName}" could not be read: it may have been moved or deleted since it was chosen, or be a folder. Choose the file again.`,
    );
  }
}
