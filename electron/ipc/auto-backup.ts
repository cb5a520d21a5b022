import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, WebContents } from 'electron';
import { fileTooLarge } from '@shared/files';
import { AUTO_BACKUP_PREFIX, MAX_SAVE_BYTES, type AutoBackupFile, type AutoBackupStatus } from '@shared/ipc';
import { AppError } from '@shared/result';
import { writeFileAtomic } from '../atomic-write';
import type { Handler } from './handle';

/**
 * Automatic backups (issue 11): the renderer makes the text (in its backup worker) and streams it
 * to main (backup-stream.ts), which writes it into the backup folder — the organisation's (IT policy BackupFolder) if set,
 * else `backups` in the app's data folder — keeping the newest N. The renderer never names a path:
 * it sends content, and a file name it chose from the list main gave it.
 */
export interface AutoBackupDeps {
  /** The folder backups go to: the IT policy's BackupFolder, else the user's choice, else the app's data folder + /backups. */
  autoBackupFolder(): { folder: string; setByPolicy: boolean };
  /** Keeps the user's folder for later backups (electron/backup-folder.ts). */
  rememberFolder(folder: string): Promise<void>;
  showOpenDialog(owner: WebContents, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  mkdir(dir: string): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; mtimeMs: number }>;
  readFile(filePath: string): Promise<Uint8Array>;
  unlink(filePath: string): Promise<void>;
  writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void>;
  now(): Date;
}

const NAME = new RegExp(`^${AUTO_BACKUP_PREFIX}\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.json$`);

/** auto-backup-2026-12-06T15-30-00.json: sorts by time, and is a plain name on every system. */
export function autoBackupName(at: Date): string {
  return `${AUTO_BACKUP_PREFIX}${at.toISOString().slice(0, 19).replace(/:/g, '-')}.json`;
}

export function ioError(what: string, folder: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return Object.assign(
    new AppError(
      'IO_ERROR',
      `${what} in ${folder}: the system reported ${code ?? (error instanceof Error ? error.message : String(error))}. Check the folder exists and you can write to it, or ask your IT service desk.`,
    ),
    { cause: error },
  );
}

/** The file operations of automatic backups on the real disk: main's, and the tests' that use a real folder. */
export const nodeBackupFiles: Pick<AutoBackupDeps, 'mkdir' | 'readdir' | 'stat' | 'readFile' | 'unlink' | 'writeFileAtomic'> = {
  mkdir: (dir) => fsp.mkdir(dir, { recursive: true }),
  readdir: (dir) => fsp.readdir(dir),
  stat: (filePath) => fsp.stat(filePath),
  readFile: (filePath) => fsp.readFile(filePath),
  unlink: (filePath) => fsp.unlink(filePath),
  writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
};

/** The names in `folder`; none when it does not exist yet. */
async function namesIn(deps: AutoBackupDeps, folder: string): Promise<string[]> {
  try {
    return await deps.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError('Could not list the automatic backups', folder, error);
  }
}

/** The automatic backups among `names` (a listing of `folder`), newest first. */
const backupsAmong = (names: string[]): string[] => names.filter((n) => NAME.test(n)).sort((a, b) => b.localeCompare(a));

const withSizes = (deps: AutoBackupDeps, folder: string, fileNames: string[]): Promise<AutoBackupFile[]> =>
  Promise.all(fileNames.map(async (fileName) => ({ fileName, size: (await deps.stat(path.join(folder, fileName))).size })));

async function listBackups(deps: AutoBackupDeps, folder: string): Promise<AutoBackupFile[]> {
  return withSizes(deps, folder, backupsAmong(await namesIn(deps, folder)));
}

export async function autoBackupStatus(deps: AutoBackupDeps): Promise<AutoBackupStatus> {
  const { folder, setByPolicy } = deps.autoBackupFolder();
  return { folder, setByPolicy, files: await listBackups(deps, folder) };
}

export function createAutoBackupStatus(deps: AutoBackupDeps): Handler<'backup:autoStatus'> {
  return async () => autoBackupStatus(deps);
}

/**
 * After an automatic backup is written into `folder`, from one listing of it: removes what
 * `leftover` names (files a crash part-way left), then all but the newest `keep` backups, and answers
 * with the list Settings shows. A folder listed once, not three times: on a network share each
 * listing is a round trip, and each size one more.
 */
export async function tidyAutoBackups(
  deps: AutoBackupDeps,
  folder: string,
  keep: number,
  leftover: (name: string) => boolean,
): Promise<AutoBackupStatus> {
  const names = await namesIn(deps, folder);
  // What a crash left is not the user's concern if it cannot be removed: it stays hidden.
  for (const name of names.filter(leftover)) await deps.unlink(path.join(folder, name)).catch(() => undefined);
  const backups = backupsAmong(names);
  for (const old of backups.slice(keep)) {
    try {
      await deps.unlink(path.join(folder, old));
    } catch (error) {
      throw ioError(`Could not remove the old backup ${old}`, folder, error);
    }
  }
  const current = deps.autoBackupFolder();
  // The user may have chosen another folder while this backup was being written.
  if (current.folder !== folder) return autoBackupStatus(deps);
  return { ...current, files: await withSizes(deps, folder, backups.slice(0, keep)) };
}

/** A file written and removed to prove the folder takes backups before it is chosen. */
const PROBE = '.trust-procurement-planner-write-test';

/**
 * "Change folder…": a native folder picker, opened where backups go now. The folder is checked by
 * writing to it before it is remembered, so a read-only share is refused at once, not at 2 a.m.
 * A folder the organisation set stays (the IT policy wins; docs/it-deployment.md).
 */
export function createChooseAutoBackupFolder(deps: AutoBackupDeps): Handler<'backup:chooseFolder'> {
  return async (_request, { sender }) => {
    const current = deps.autoBackupFolder();
    if (current.setByPolicy) {
      throw new AppError(
        'POLICY_LOCKED',
        `Your organisation has set the backup folder (${current.folder}), so it cannot be changed here. Ask your IT service desk to change it.`,
      );
    }
    const choice = await deps.showOpenDialog(sender, {
      title: 'Choose a folder for automatic backups',
      defaultPath: current.folder,
      buttonLabel: 'Use this folder',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    });
    const folder = choice.filePaths[0];
    if (choice.canceled || folder === undefined) return null;
    if (!path.isAbsolute(folder)) throw new AppError('IO_ERROR', `"${folder}" is not a full folder path. Choose the folder again.`);
    const probe = path.join(folder, PROBE);
    try {
      await deps.mkdir(folder);
      await deps.writeFileAtomic(probe, '');
      await deps.unlink(probe);
      await deps.rememberFolder(folder);
    } catch (error) {
      throw ioError('Could not use that folder for automatic backups: writing a test file failed', folder, error);
    }
    return autoBackupStatus(deps);
  };
}

/**
 * Restore of an automatic backup: the file's bytes, as read, for the page to move to its backup
 * worker unread (the worker decodes and checks them; issue 16). At most MAX_SAVE_BYTES, the most a
 * backup stream writes (backup-stream.ts), so every backup main made can be restored; a larger one
 * is refused in the words Restore from a file's Open dialog gives (shared/files.ts).
 */
export function createReadAutoBackup(deps: AutoBackupDeps): Handler<'backup:readAuto'> {
  return async ({ fileName }) => {
    const { folder } = deps.autoBackupFolder();
    // Only a name from our own list: never a path the page made up.
    const listed = (await listBackups(deps, folder)).find((f) => f.fileName === fileName);
    if (!listed) throw new AppError('IO_ERROR', `There is no automatic backup called ${fileName} in ${folder} any more.`);
    if (listed.size > MAX_SAVE_BYTES) throw fileTooLarge(fileName, listed.size, 'backup');
    let bytes: Uint8Array;
    try {
      bytes = await deps.readFile(path.join(folder, fileName));
    } catch (error) {
      throw ioError(`Could not read ${fileName}`, folder, error);
    }
    // It may have been written again, larger, since it was listed.
    if (bytes.byteLength > MAX_SAVE_BYTES) throw fileTooLarge(fileName, bytes.byteLength, 'backup');
    return bytes;
  };
}
