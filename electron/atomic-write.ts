import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@shared/result';

/** The file operations an atomic write needs; the real ones by default, stand-ins in tests. */
export interface AtomicWriteFs {
  open(
    filePath: string,
    flags: 'wx',
  ): Promise<{
    writeFile(data: string | Uint8Array, encoding?: BufferEncoding): Promise<void>;
    sync(): Promise<void>;
    close(): Promise<void>;
  }>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = { open: (filePath, flags) => fsp.open(filePath, flags), rename: fsp.rename, rm: fsp.rm };

/** A temporary file beside `target`, hidden and named after it, that no other write will choose. */
export function tempPathBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers (and a crash) see either the old file or the whole new one: write a
 * temporary file in the same directory, flush it, then rename it over the target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicWriteFs = nodeAtomicWriteFs): Promise<void> {
  const temp = tempPathBeside(target);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    // The original failure is what the user needs to hear about; a leftover temp file is harmless.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw saveError(path.basename(target), error);
  }
}

/** Turns a file-system failure into a message a trust manager can act on. */
export function saveError(fileName: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EBUSY'
      ? 'the folder is read-only or the file is open in another program. Close it, or choose another folder, and try again'
      : code === 'ENOSPC'
        ? 'the disk is full. Free some space or choose another drive'
        : code === 'ENOENT'
          ? 'the folder no longer exists. Choose another folder'
          : `the system reported ${code ?? (error instanceof Error ? error.message : String(error))}`;
  return Object.assign(new AppError('IO_ERROR', `Could not save "${fileName}": ${why}.`), { cause: error });
}

/** The synchronous twin, for tiny files written while the app is quitting (window state). */
export function writeFileAtomicSync(
  target: string,
  data: string,
  fs: Pick<typeof import('node:fs'), 'writeFileSync' | 'renameSync' | 'rmSync'>,
): void {
  const temp = tempPathBeside(target);
  try {
    fs.writeFileSync(temp, data, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw saveError(path.basename(target), error);
  }
}
