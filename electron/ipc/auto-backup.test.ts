import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenDialogOptions, WebContents } from 'electron';
import { fileTooLargeMessage } from '@shared/files';
import { MAX_SAVE_BYTES } from '@shared/ipc';
import { nodeAtomicWriteFs, writeFileAtomic, type AtomicWriteFs } from '../atomic-write';
import { BACKUP_FOLDER_FILE, createBackupFolderSetting } from '../backup-folder';
import {
  autoBackupName,
  createAutoBackupStatus,
  createChooseAutoBackupFolder,
  createReadAutoBackup,
  nodeBackupFiles,
  type AutoBackupDeps,
} from './auto-backup';
import { createBackupStreamHandlers } from './backup-stream';
import { utf8 } from '../../test/support/electron-ipc';
import type { HandlerContext } from './handle';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function deps(overrides: Partial<AutoBackupDeps> = {}, { policyFolder }: { policyFolder?: string } = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tpp-auto-backup-'));
  dirs.push(root);
  const folder = path.join(root, 'backups');
  let clock = Date.UTC(2026, 11, 6, 9, 0, 0);
  const dialogs: OpenDialogOptions[] = [];
  const answers: Array<string | null> = [];
  const d: AutoBackupDeps = {
    // main's own folder setting, on the temporary folder as the app's data folder
    ...createBackupFolderSetting({
      policyFolder: () => policyFolder,
      dataFolder: root,
      readSaved: (filePath) => (existsSync(filePath) ? readFileSync(filePath, 'utf8') : null),
      writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
    }),
    showOpenDialog: async (_owner, options) => {
      dialogs.push(options);
      const answer = answers.shift() ?? null;
      return { canceled: answer === null, filePaths: answer === null ? [] : [answer] };
    },
    ...nodeBackupFiles,
    // A day apart, as the daily backup writes them.
    now: () => new Date((clock += 86_400_000)),
    ...overrides,
  };
  return { d, folder, root, dialogs, answers };
}
const ctx = { sender: {} as WebContents } as HandlerContext;

/** One automatic backup written as the renderer writes it: begun, sent in one part, finished. */
function createWriteAutoBackup(d: AutoBackupDeps, backupFiles: AtomicWriteFs = nodeAtomicWriteFs) {
  const stream = createBackupStreamHandlers({
    autoBackup: d,
    backupFiles,
    showSaveDialog: () => Promise.reject(new Error('no save dialog for an automatic backup')),
    showMessageBox: () => Promise.reject(new Error('no message box for an automatic backup')),
    stat: (filePath) => fsp.stat(filePath),
    defaultDirectory: () => '/nowhere',
  });
  return async ({ content, keep }: { content: string; keep: number }, context: HandlerContext) => {
    const begun = await stream['backup:writeBegin']({ to: 'auto', keep }, context);
    if (!begun) throw new Error('an automatic backup never asks where');
    await stream['backup:writeChunk']({ handle: begun.handle, index: 0, bytes: utf8(content) }, context);
    return (await stream['backup:writeFinish']({ handle: begun.handle, parts: 1 }, context)).auto;
  };
}

describe('automatic backups in main', () => {
  it('writes into the backup folder (made if missing) and keeps only the newest N, listing newest first', async () => {
    const { d, folder } = deps();
    const write = createWriteAutoBackup(d);
    for (let i = 1; i <= 4; i++) await write({ content: `{"n":${i}}`, keep: 3 }, ctx);
    const status = await createAutoBackupStatus(d)({}, ctx);
    expect(status.folder).toBe(folder);
    expect(status.files.map((f) => f.fileName)).toEqual([
      'auto-backup-2026-12-10T09-00-00.json',
      'auto-backup-2026-12-09T09-00-00.json',
      'auto-backup-2026-12-08T09-00-00.json',
    ]);
    expect(readdirSync(folder)).toHaveLength(3);
    // The file's bytes, not text: the page hands them to its backup worker unread (issue 16).
    const bytes = await createReadAutoBackup(d)({ fileName: status.files[0].fileName }, ctx);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).equals(readFileSync(path.join(folder, status.files[0].fileName)))).toBe(true);
    expect(new TextDecoder().decode(bytes)).toBe('{"n":4}');
  });

  it('refuses a backup past the most main writes (512 MB) before reading it, and one that grew past the limit after it was listed, in the words the Open dialog gives', async () => {
    const { d, folder } = deps();
    await createWriteAutoBackup(d)({ content: '{"n":5}', keep: 3 }, ctx);
    const [listed] = (await createAutoBackupStatus(d)({}, ctx)).files;
    const readFile = vi.fn(d.readFile);
    // Listed past the 512 MB a backup stream writes at most: refused without reading a byte of it.
    const huge = createReadAutoBackup({ ...d, readFile, stat: async () => ({ size: MAX_SAVE_BYTES + 1, mtimeMs: 0 }) });
    const refusal = `"${listed.fileName}" is 512.1 MB; the planner restores backups of up to 512 MB. Choose another backup.`;
    // The one message for a backup too large to restore: Restore from a file's Open dialog refuses with the same.
    expect(fileTooLargeMessage(listed.fileName, MAX_SAVE_BYTES + 1, 'backup')).toBe(refusal);
    await expect(huge({ fileName: listed.fileName }, ctx)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: refusal });
    expect(readFile).not.toHaveBeenCalled();
    await expect(createReadAutoBackup({ ...d, readFile })({ fileName: listed.fileName }, ctx)).resolves.toHaveLength(listed.size);
    // Listed at its size, then written again, larger, before it was read (a stand-in of that length:
    // only its length is looked at before it is refused).
    const grownBytes = { byteLength: MAX_SAVE_BYTES + 2 * 1024 * 1024 } as Uint8Array;
    const grown = createReadAutoBackup({ ...d, readFile: async () => grownBytes });
    await expect(grown({ fileName: listed.fileName }, ctx)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: `"${listed.fileName}" is 514 MB; the planner restores backups of up to 512 MB. Choose another backup.`,
    });
    expect(readdirSync(folder)).toEqual([listed.fileName]);
  });

  it('lists nothing before the first backup, and ignores files that are not its own', async () => {
    const { d, folder } = deps();
    expect((await createAutoBackupStatus(d)({}, ctx)).files).toEqual([]);
    await fsp.mkdir(folder, { recursive: true });
    writeFileSync(path.join(folder, 'my-notes.json'), '{}');
    await createWriteAutoBackup(d)({ content: '{}', keep: 1 }, ctx);
    await createWriteAutoBackup(d)({ content: '{}', keep: 1 }, ctx);
    expect(readdirSync(folder).sort()).toEqual(['auto-backup-2026-12-08T09-00-00.json', 'my-notes.json']);
  });

  it('reads only a backup it listed, never another name', async () => {
    const { d } = deps();
    await expect(createReadAutoBackup(d)({ fileName: 'auto-backup-2026-01-01T00-00-00.json' }, ctx)).rejects.toThrow(
      /no automatic backup called/,
    );
  });

  it('says which folder could not be written, and what to do', async () => {
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
    const { d } = deps();
    const readOnly: AtomicWriteFs = { ...nodeAtomicWriteFs, open: () => Promise.reject(denied) };
    await expect(createWriteAutoBackup(d, readOnly)({ content: '{}', keep: 14 }, ctx)).rejects.toThrow(
      /Could not write the automatic backup in .*EACCES.*IT service desk/,
    );
    const unreadable = deps({ readdir: () => Promise.reject(denied) }).d;
    await expect(createAutoBackupStatus(unreadable)({}, ctx)).rejects.toThrow(/Could not list the automatic backups/);
  });

  it('reports a failure to remove an old backup, and to read one', async () => {
    const busy = Object.assign(new Error('busy'), { code: 'EBUSY' });
    const { d } = deps({ unlink: () => Promise.reject(busy) });
    await createWriteAutoBackup(d)({ content: '{}', keep: 1 }, ctx);
    await expect(createWriteAutoBackup(d)({ content: '{}', keep: 1 }, ctx)).rejects.toThrow(/Could not remove the old backup/);
    const status = await createAutoBackupStatus(d)({}, ctx);
    const broken = { ...d, readFile: () => Promise.reject(busy) };
    await expect(createReadAutoBackup(broken)({ fileName: status.files[0].fileName }, ctx)).rejects.toThrow(/Could not read/);
  });

  it('names files by time, safely on every system', () => {
    expect(autoBackupName(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('auto-backup-2026-01-02T03-04-05.json');
  });

  describe('choosing the folder', () => {
    it('opens a folder picker where backups go now, checks the chosen folder takes a file, and uses it from then on', async () => {
      const { d, folder, root, dialogs, answers } = deps();
      const chosen = path.join(root, 'OneDrive - NHS', 'Planner backups');
      answers.push(chosen);
      const status = await createChooseAutoBackupFolder(d)({}, ctx);
      expect(dialogs[0]).toMatchObject({ defaultPath: folder, properties: expect.arrayContaining(['openDirectory', 'createDirectory']) });
      expect(status).toEqual({ folder: chosen, setByPolicy: false, files: [] });
      // The test file is gone: the folder holds only backups.
      expect(readdirSync(chosen)).toEqual([]);
      await createWriteAutoBackup(d)({ content: '{}', keep: 3 }, ctx);
      expect(readdirSync(chosen)).toEqual(['auto-backup-2026-12-07T09-00-00.json']);
      expect(existsSync(folder)).toBe(false);
      // Remembered for the next start: a new setting reads it back from the data folder.
      const again = createBackupFolderSetting({
        policyFolder: () => undefined,
        dataFolder: root,
        readSaved: (filePath) => readFileSync(filePath, 'utf8'),
        writeFileAtomic: () => Promise.reject(new Error('not written')),
      });
      expect(again.autoBackupFolder()).toEqual({ folder: chosen, setByPolicy: false });
      expect(JSON.parse(readFileSync(path.join(root, BACKUP_FOLDER_FILE), 'utf8'))).toEqual({ folder: chosen });
    });

    it('changes nothing when the picker is cancelled', async () => {
      const { d, folder, root } = deps();
      expect(await createChooseAutoBackupFolder(d)({}, ctx)).toBeNull();
      expect(d.autoBackupFolder().folder).toBe(folder);
      expect(existsSync(path.join(root, BACKUP_FOLDER_FILE))).toBe(false);
    });

    it('refuses a folder it cannot write to, saying which and what to do, and keeps the old one', async () => {
      const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
      const { d, folder, root, answers } = deps({ writeFileAtomic: () => Promise.reject(denied) });
      answers.push(path.join(root, 'read-only share'));
      await expect(createChooseAutoBackupFolder(d)({}, ctx)).rejects.toThrow(
        /Could not use that folder for automatic backups.* in .*read-only share.*EACCES.*IT service desk/,
      );
      expect(d.autoBackupFolder().folder).toBe(folder);
    });

    it('refuses a path that is not a full folder path', async () => {
      const { d, answers } = deps();
      answers.push('relative/backups');
      await expect(createChooseAutoBackupFolder(d)({}, ctx)).rejects.toMatchObject({ code: 'IO_ERROR' });
    });

    it('keeps the folder the organisation set: no picker, and the reason in words', async () => {
      const { d, dialogs } = deps({}, { policyFolder: '/srv/trust-backups' });
      await expect(createChooseAutoBackupFolder(d)({}, ctx)).rejects.toMatchObject({
        code: 'POLICY_LOCKED',
        message: expect.stringMatching(/Your organisation has set the backup folder \(\/srv\/trust-backups\)/),
      });
      expect(dialogs).toEqual([]);
      expect(d.autoBackupFolder()).toEqual({ folder: '/srv/trust-backups', setByPolicy: true });
    });
  });
});
