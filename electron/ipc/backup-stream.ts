import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { WebContents } from 'electron';
import { AUTO_BACKUP_PREFIX, MAX_SAVE_BYTES, SAVE_PURPOSES, type BackupStream, type BackupWritten } from '@shared/ipc';
import { formatBytes } from '@shared/import/limits';
import { AppError } from '@shared/result';
import { saveError, tempPathBeside, type AtomicWriteFs } from '../atomic-write';
import { autoBackupName, ioError, tidyAutoBackups, type AutoBackupDeps } from './auto-backup';
import { chooseSavePath, type FileDeps } from './files';
import type { Handler } from './handle';

/**
 * A backup arrives in parts of its UTF-8 bytes (issue 16: one message of tens of megabytes was a
 * UI-thread task of seconds), and lands whole or not at all (issue 11): the parts go, in order, to a temporary file
 * beside the target, which is flushed and renamed over it on finish. An abort removes the temporary
 * file; a crash part-way leaves it (hidden, and never listed as a backup) beside the old backups, and
 * the next automatic backup in that folder removes it.
 */

export interface BackupStreamDeps extends Pick<FileDeps, 'showSaveDialog' | 'showMessageBox' | 'stat' | 'defaultDirectory' | 'folderFor'> {
  autoBackup: AutoBackupDeps;
  /** The file operations of the temporary file (atomic-write.ts's, stand-ins in tests). */
  backupFiles: AtomicWriteFs;
  /** Milliseconds, for telling an abandoned stream (Date.now unless a test gives its own). */
  clock?: () => number;
  /** The largest backup written (MAX_SAVE_BYTES unless a test gives a smaller one). */
  maxBytes?: number;
  /** Told of each part taken: main's close waits on while the backup on quit is still arriving (flush.ts). */
  onBackupPart?: () => void;
}

/** A stream with no part for this long is taken to be abandoned (its page reloaded or crashed). */
export const BACKUP_STREAM_IDLE_MS = 2 * 60 * 1000;
/** Streams open at once: one automatic and one chosen backup, with room for one being abandoned. */
export const MAX_OPEN_BACKUP_STREAMS = 4;

type OpenFile = Awaited<ReturnType<AtomicWriteFs['open']>>;

interface OpenStream {
  /** The web contents that began it (by id: each call's event brings its own object). */
  senderId: number;
  temp: string;
  target: string;
  /** The automatic backup's folder and how many to keep; absent for a file the user chose. */
  auto?: { folder: string; keep: number };
  file: OpenFile;
  /** The index the next part must have. */
  next: number;
  bytes: number;
  /** The parts' writes, one after another. */
  written: Promise<void>;
  lastUsed: number;
}

/** What a crash part-way leaves in the folder: `.auto-backup-….json.<random>.tmp` (atomic-write.ts tempPathBeside). */
const LEFT_BY_A_CRASH = new RegExp(`^\\.${AUTO_BACKUP_PREFIX}[0-9T-]+\\.json\\.[0-9a-f]+\\.tmp$`);

const unknownHandle = () =>
  new AppError('INVALID_REQUEST', 'There is no backup being written with that handle (it finished, was stopped, or was abandoned).');

export interface BackupStreamHandlers {
  'backup:writeBegin': Handler<'backup:writeBegin'>;
  'backup:writeChunk': Handler<'backup:writeChunk'>;
  'backup:writeFinish': Handler<'backup:writeFinish'>;
  'backup:writeAbort': Handler<'backup:writeAbort'>;
}

export function createBackupStreamHandlers(deps: BackupStreamDeps): BackupStreamHandlers {
  const streams = new Map<string, OpenStream>();
  /** Temporary files being created now: reserved before they exist, so no tidy-up counts one as left by a crash. */
  const opening = new Set<string>();
  /** Whether `name` is the temporary file of a backup being written now, asked when the folder's listing is back. */
  const inUse = (name: string) =>
    [...opening].some((temp) => path.basename(temp) === name) || [...streams.values()].some((s) => path.basename(s.temp) === name);
  const now = deps.clock ?? Date.now;

  /** Closes and removes a stream's temporary file; failures are not the user's concern (a hidden file is left). */
  const drop = async (handle: string): Promise<void> => {
    const stream = streams.get(handle);
    if (!stream) return;
    streams.delete(handle);
    await stream.written.catch(() => undefined);
    await stream.file.close().catch(() => undefined);
    await deps.backupFiles.rm(stream.temp, { force: true }).catch(() => undefined);
  };

  /**
   * A page that goes away (its window closed, its renderer crashed, or it reloaded) can never finish
   * its streams: they are dropped at once, so a backup cut off part-way leaves no temporary file in
   * the folder the user chose (only automatic backups' folders are tidied later).
   */
  const watched = new Set<number>();
  const watch = (sender: WebContents): void => {
    if (watched.has(sender.id) || typeof sender.on !== 'function') return;
    watched.add(sender.id);
    const id = sender.id;
    const dropAll = () => {
      for (const [handle, stream] of streams) if (stream.senderId === id) void drop(handle);
    };
    sender.on('did-navigate', dropAll);
    sender.on('render-process-gone', dropAll);
    sender.once('destroyed', () => {
      watched.delete(id);
      dropAll();
    });
  };

  /** The stream `handle` names, if this page opened it. */
  const find = (handle: string, sender: WebContents): [string, OpenStream] => {
    const stream = streams.get(handle);
    if (!stream || stream.senderId !== sender.id) throw unknownHandle();
    return [handle, stream];
  };

  const begin: Handler<'backup:writeBegin'> = async (request, { sender }): Promise<BackupStream | null> => {
    for (const [handle, stream] of streams) if (now() - stream.lastUsed > BACKUP_STREAM_IDLE_MS) await drop(handle);
    if (streams.size >= MAX_OPEN_BACKUP_STREAMS) {
      throw new AppError('IO_ERROR', 'Too many backups are being written at once. Wait for them to finish, then try again.');
    }
    let target: string;
    let auto: OpenStream['auto'];
    if (request.to === 'auto') {
      const { folder } = deps.autoBackup.autoBackupFolder();
      try {
        await deps.autoBackup.mkdir(folder);
      } catch (error) {
        throw ioError('Could not write the automatic backup', folder, error);
      }
      target = path.join(folder, autoBackupName(deps.autoBackup.now()));
      auto = { folder, keep: request.keep };
    } else {
      const folder = deps.folderFor?.('backup') ?? deps.defaultDirectory();
      const chosen = await chooseSavePath(deps, sender, SAVE_PURPOSES.backup, request.suggestedName, folder);
      if (chosen === null) return null;
      target = chosen;
    }
    const temp = tempPathBeside(target);
    let file: OpenFile;
    opening.add(temp);
    try {
      file = await deps.backupFiles.open(temp, 'wx');
    } catch (error) {
      throw auto ? ioError('Could not write the automatic backup', auto.folder, error) : saveError(path.basename(target), error);
    } finally {
      opening.delete(temp);
    }
    const handle = randomBytes(16).toString('hex');
    streams.set(handle, { senderId: sender.id, temp, target, auto, file, next: 0, bytes: 0, written: Promise.resolve(), lastUsed: now() });
    watch(sender);
    return { handle };
  };

  const chunk: Handler<'backup:writeChunk'> = async ({ handle, index, bytes }, { sender }) => {
    const [, stream] = find(handle, sender);
    // Checked before anything waits, so parts are taken in the order they arrived.
    if (index !== stream.next) {
      await drop(handle);
      throw new AppError(
        'INVALID_REQUEST',
        `Part ${index + 1} of the backup arrived where part ${stream.next + 1} was expected; nothing was saved.`,
      );
    }
    stream.next += 1;
    stream.bytes += bytes.byteLength;
    stream.lastUsed = now();
    deps.onBackupPart?.();
    const limit = deps.maxBytes ?? MAX_SAVE_BYTES;
    if (stream.bytes > limit) {
      await drop(handle);
      throw new AppError(
        'FILE_TOO_LARGE',
        `The backup is larger than ${formatBytes(limit)}, which the planner does not write; nothing was saved.`,
      );
    }
    const write = stream.written.then(() => stream.file.writeFile(bytes));
    stream.written = write;
    try {
      await write;
    } catch (error) {
      await drop(handle);
      throw stream.auto
        ? ioError('Could not write the automatic backup', stream.auto.folder, error)
        : saveError(path.basename(stream.target), error);
    }
    return null;
  };

  const finish: Handler<'backup:writeFinish'> = async ({ handle, parts }, { sender }): Promise<BackupWritten> => {
    const [, stream] = find(handle, sender);
    if (parts !== stream.next) {
      await drop(handle);
      throw new AppError('INVALID_REQUEST', `The backup was sent in ${parts} parts but ${stream.next} arrived; nothing was saved.`);
    }
    streams.delete(handle);
    try {
      await stream.written;
      await stream.file.sync();
      await stream.file.close();
      await deps.backupFiles.rename(stream.temp, stream.target);
    } catch (error) {
      await stream.file.close().catch(() => undefined);
      await deps.backupFiles.rm(stream.temp, { force: true }).catch(() => undefined);
      throw stream.auto
        ? ioError('Could not write the automatic backup', stream.auto.folder, error)
        : saveError(path.basename(stream.target), error);
    }
    const fileName = path.basename(stream.target);
    if (!stream.auto) return { fileName, auto: null };
    // What crashed streams left in the folder goes too, sparing the files of streams open when the
    // listing is back (one may have begun while it was on its way).
    const leftover = (name: string) => LEFT_BY_A_CRASH.test(name) && !inUse(name);
    return { fileName, auto: await tidyAutoBackups(deps.autoBackup, stream.auto.folder, stream.auto.keep, leftover) };
  };

  const abort: Handler<'backup:writeAbort'> = async ({ handle }, { sender }) => {
    const stream = streams.get(handle);
    if (stream && stream.senderId === sender.id) await drop(handle);
    return null;
  };

  return { 'backup:writeBegin': begin, 'backup:writeChunk': chunk, 'backup:writeFinish': finish, 'backup:writeAbort': abort };
}
