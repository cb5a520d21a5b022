import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { MAX_BACKUP_CHUNK_BYTES } from '@shared/ipc';
import { nodeAtomicWriteFs, type AtomicWriteFs } from '../atomic-write';
import { nodeBackupFiles, type AutoBackupDeps } from './auto-backup';
import { BACKUP_STREAM_IDLE_MS, createBackupStreamHandlers, MAX_OPEN_BACKUP_STREAMS, type BackupStreamDeps } from './backup-stream';
import { registerHandlers, type HandlerContext, type Handlers } from './handle';
import { eventFrom, fakeIpcMain, isAppWindowStandIn, TRUSTED, utf8 } from '../../test/support/electron-ipc';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const OLD = ['auto-backup-2026-12-01T09-00-00.json', 'auto-backup-2026-12-02T09-00-00.json'];

/** Main's stream handlers over a temporary folder (the real file system, or `files` standing in for it). */
function setUp(overrides: Partial<BackupStreamDeps> = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tpp-backup-stream-'));
  dirs.push(root);
  const folder = path.join(root, 'backups');
  mkdirSync(folder);
  for (const name of OLD) writeFileSync(path.join(folder, name), `{"old":"${name}"}`);
  const saveAnswers: Array<string | null> = [];
  let clock = 1_000_000;
  const autoBackup: AutoBackupDeps = {
    autoBackupFolder: () => ({ folder, setByPolicy: false }),
    rememberFolder: async () => undefined,
    showOpenDialog: () => Promise.reject(new Error('not used')),
    ...nodeBackupFiles,
    writeFileAtomic: () => Promise.reject(new Error('a streamed backup never writes in one piece')),
    now: () => new Date(Date.UTC(2026, 11, 6, 21, 0, 0)),
  };
  const deps: BackupStreamDeps = {
    autoBackup,
    backupFiles: nodeAtomicWriteFs,
    showSaveDialog: async () => {
      const answer = saveAnswers.shift() ?? null;
      return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
    },
    showMessageBox: async () => ({ response: 2, checkboxChecked: false }),
    stat: (filePath) => fsp.stat(filePath),
    defaultDirectory: () => root,
    clock: () => clock,
    ...overrides,
  };
  const handlers = createBackupStreamHandlers(deps);
  return {
    root,
    folder,
    saveAnswers,
    handlers,
    deps,
    advance: (ms: number) => (clock += ms),
    /** Everything in the folder, hidden files too. */
    listing: () => readdirSync(folder).sort(),
  };
}

const page = { sender: { id: 1 } as unknown as WebContents } as HandlerContext;
const otherPage = { sender: { id: 2 } as unknown as WebContents } as HandlerContext;
const NEW = 'auto-backup-2026-12-06T21-00-00.json';

async function beginAuto(h: ReturnType<typeof setUp>['handlers'], keep = 14, context = page): Promise<string> {
  const begun = await h['backup:writeBegin']({ to: 'auto', keep }, context);
  if (!begun) throw new Error('an automatic backup is never cancelled');
  return begun.handle;
}

describe('a backup streamed to main in parts', () => {
  it('writes the parts in order beside the target, and the backup appears whole only on finish, pruned to the kept count', async () => {
    const s = setUp();
    const handle = await beginAuto(s.handlers, 2);
    expect(handle).toMatch(/^[0-9a-f]{32}$/);
    const parts = ['{"format":"trust-procurement-planner-backup",', '"tables":{"contracts":[', '{"reference":"C-1"}]}}'];
    for (const [index, text] of parts.entries()) await s.handlers['backup:writeChunk']({ handle, index, bytes: utf8(text) }, page);
    // Mid-stream: only a hidden temporary file is new; the backups are as they were.
    const during = s.listing();
    expect(during.filter((n) => !OLD.includes(n))).toEqual([
      expect.stringMatching(new RegExp(`^\\.${NEW.replace(/\./g, '\\.')}\\.[0-9a-f]+\\.tmp$`)),
    ]);

    const written = await s.handlers['backup:writeFinish']({ handle, parts: 3 }, page);
    expect(written.fileName).toBe(NEW);
    expect(readFileSync(path.join(s.folder, NEW), 'utf8')).toBe(parts.join(''));
    // Kept 2: the oldest went, and no temporary file is left.
    expect(s.listing()).toEqual([OLD[1], NEW]);
    expect(written.auto?.files.map((f) => f.fileName)).toEqual([NEW, OLD[1]]);
  });

  it('tells main of each part it takes, so a close waits on while the backup on quit is arriving', async () => {
    let told = 0;
    const s = setUp({ onBackupPart: () => (told += 1) });
    const handle = await beginAuto(s.handlers);
    for (const [index, text] of ['{"a":', '1}'].entries())
      await s.handlers['backup:writeChunk']({ handle, index, bytes: utf8(text) }, page);
    expect(told).toBe(2);
    await expect(s.handlers['backup:writeChunk']({ handle, index: 5, bytes: utf8('x') }, page)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
    expect(told).toBe(2);
  });

  it('a backup the user names goes through the save dialog (the extension added), and a cancelled dialog writes nothing', async () => {
    const s = setUp();
    s.saveAnswers.push(path.join(s.root, 'my backup'));
    const begun = await s.handlers['backup:writeBegin']({ to: 'chosen', suggestedName: 'trust-backup.json' }, page);
    if (!begun) throw new Error('the dialog was answered');
    await s.handlers['backup:writeChunk']({ handle: begun.handle, index: 0, bytes: utf8('{"a":') }, page);
    await s.handlers['backup:writeChunk']({ handle: begun.handle, index: 1, bytes: utf8('1}') }, page);
    expect(await s.handlers['backup:writeFinish']({ handle: begun.handle, parts: 2 }, page)).toEqual({
      fileName: 'my backup.json',
      auto: null,
    });
    expect(readFileSync(path.join(s.root, 'my backup.json'), 'utf8')).toBe('{"a":1}');

    expect(await s.handlers['backup:writeBegin']({ to: 'chosen', suggestedName: 'trust-backup.json' }, page)).toBeNull();
    expect(readdirSync(s.root).sort()).toEqual(['backups', 'my backup.json']);
  });

  it('an abort removes the temporary file and leaves the old backups as they were; aborting again is harmless', async () => {
    const s = setUp();
    const before = s.listing();
    const handle = await beginAuto(s.handlers);
    await s.handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('{"half":') }, page);
    expect(await s.handlers['backup:writeAbort']({ handle }, page)).toBeNull();
    expect(s.listing()).toEqual(before);
    expect(await s.handlers['backup:writeAbort']({ handle }, page)).toBeNull();
    await expect(s.handlers['backup:writeChunk']({ handle, index: 1, bytes: utf8('1}') }, page)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
  });

  it('a crash part-way leaves only a hidden temporary file beside intact old backups, which the next backup removes', async () => {
    const s = setUp();
    const handle = await beginAuto(s.handlers);
    await s.handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('{"half":') }, page);
    // The app dies here: no finish, no abort. A new start of main has its own handlers.
    const leftover = s.listing().filter((n) => !OLD.includes(n));
    expect(leftover).toHaveLength(1);
    for (const name of OLD) expect(readFileSync(path.join(s.folder, name), 'utf8')).toBe(`{"old":"${name}"}`);
    const restarted = createBackupStreamHandlers(s.deps);
    const next = await beginAuto(restarted);
    await restarted['backup:writeChunk']({ handle: next, index: 0, bytes: utf8('{}') }, page);
    await restarted['backup:writeFinish']({ handle: next, parts: 1 }, page);
    expect(s.listing()).toEqual([...OLD, NEW]);
  });

  it('spares the temporary file of another backup still being written in the folder', async () => {
    const s = setUp();
    const first = await beginAuto(s.handlers);
    await s.handlers['backup:writeChunk']({ handle: first, index: 0, bytes: utf8('{"first":') }, page);
    const writing = s.listing().filter((n) => n.endsWith('.tmp'));
    expect(writing).toHaveLength(1);
    s.advance(1000);
    const second = await s.handlers['backup:writeBegin']({ to: 'auto', keep: 14 }, otherPage);
    await s.handlers['backup:writeChunk']({ handle: second!.handle, index: 0, bytes: utf8('{}') }, otherPage);
    await s.handlers['backup:writeFinish']({ handle: second!.handle, parts: 1 }, otherPage);
    expect(s.listing().filter((n) => n.endsWith('.tmp'))).toEqual(writing);
    await s.handlers['backup:writeChunk']({ handle: first, index: 1, bytes: utf8('1}') }, page);
    await s.handlers['backup:writeFinish']({ handle: first, parts: 2 }, page);
    expect(s.listing().filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('spares the temporary file of a backup begun while the finishing one lists the folder (a round trip on a network share)', async () => {
    const s = setUp();
    let beginSecond: (() => Promise<unknown>) | undefined;
    const readdir = async (dir: string) => {
      const begin = beginSecond;
      beginSecond = undefined;
      // The backup on quit begins while the start-up backup's listing is on its way back.
      if (begin) await begin();
      return fsp.readdir(dir);
    };
    const handlers = createBackupStreamHandlers({ ...s.deps, autoBackup: { ...s.deps.autoBackup, readdir } });
    const first = await beginAuto(handlers);
    await handlers['backup:writeChunk']({ handle: first, index: 0, bytes: utf8('{}') }, page);
    let second = '';
    beginSecond = async () => (second = await beginAuto(handlers, 14, otherPage));
    await handlers['backup:writeFinish']({ handle: first, parts: 1 }, page);
    expect(second).not.toBe('');
    await handlers['backup:writeChunk']({ handle: second, index: 0, bytes: utf8('{"second":1}') }, otherPage);
    await handlers['backup:writeFinish']({ handle: second, parts: 1 }, otherPage);
    expect(readFileSync(path.join(s.folder, NEW), 'utf8')).toBe('{"second":1}');
  });

  it('answers with the list of the folder chosen while the backup was being written, and keeps the backup where it began', async () => {
    const s = setUp();
    let folder = s.folder;
    const chosen = path.join(s.root, 'chosen');
    mkdirSync(chosen);
    const handlers = createBackupStreamHandlers({
      ...s.deps,
      autoBackup: { ...s.deps.autoBackup, autoBackupFolder: () => ({ folder, setByPolicy: false }) },
    });
    const handle = await beginAuto(handlers);
    folder = chosen;
    await handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('{}') }, page);
    const written = await handlers['backup:writeFinish']({ handle, parts: 1 }, page);
    expect(written.auto).toEqual({ folder: chosen, setByPolicy: false, files: [] });
    expect(s.listing()).toEqual([...OLD, NEW]);
  });

  it('finishes the backup even when what a crash left cannot be removed', async () => {
    const s = setUp();
    const stale = `.${NEW}.0123abcd.tmp`;
    writeFileSync(path.join(s.folder, stale), '{"half":');
    const handlers = createBackupStreamHandlers({
      ...s.deps,
      autoBackup: {
        ...s.deps.autoBackup,
        unlink: (file) => (file.endsWith('.tmp') ? Promise.reject(new Error('EBUSY')) : fsp.unlink(file)),
      },
    });
    const handle = await beginAuto(handlers);
    await handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('{}') }, page);
    await expect(handlers['backup:writeFinish']({ handle, parts: 1 }, page)).resolves.toMatchObject({ fileName: NEW });
    expect(s.listing()).toEqual([stale, ...OLD, NEW].sort());
  });

  it('lists the folder once a backup: leftovers, pruning and the list it answers with come from one read', async () => {
    const reads = { readdir: 0, stat: 0 };
    const s = setUp();
    const counted: AutoBackupDeps = {
      ...s.deps.autoBackup,
      readdir: (dir) => {
        reads.readdir += 1;
        return nodeBackupFiles.readdir(dir);
      },
      stat: (file) => {
        reads.stat += 1;
        return nodeBackupFiles.stat(file);
      },
    };
    const handlers = createBackupStreamHandlers({ ...s.deps, autoBackup: counted });
    const handle = await beginAuto(handlers, 2);
    await handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('{}') }, page);
    const written = await handlers['backup:writeFinish']({ handle, parts: 1 }, page);
    expect(written.auto?.files.map((f) => f.fileName)).toEqual([NEW, OLD[1]]);
    expect(written.auto?.files.map((f) => f.size)).toEqual([2, `{"old":"${OLD[1]}"}`.length]);
    // One listing, and a size looked up only for each backup kept.
    expect(reads).toEqual({ readdir: 1, stat: 2 });
    expect(s.listing()).toEqual([OLD[1], NEW]);
  });

  it.each(['destroyed', 'render-process-gone', 'did-navigate'])(
    'a chosen backup cut off because its page went away (%s) leaves no temporary file in the user’s folder',
    async (event) => {
      const s = setUp();
      const sender = Object.assign(new EventEmitter(), { id: 7 }) as unknown as WebContents;
      const context = { sender } as HandlerContext;
      s.saveAnswers.push(path.join(s.root, 'board backup.json'));
      const begun = await s.handlers['backup:writeBegin']({ to: 'chosen', suggestedName: 'trust-backup.json' }, context);
      if (!begun) throw new Error('the dialog was answered');
      await s.handlers['backup:writeChunk']({ handle: begun.handle, index: 0, bytes: utf8('{"half":') }, context);
      expect(readdirSync(s.root).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
      sender.emit(event as 'destroyed');
      await expect.poll(() => readdirSync(s.root).sort()).toEqual(['backups']);
      await expect(s.handlers['backup:writeChunk']({ handle: begun.handle, index: 1, bytes: utf8('1}') }, context)).rejects.toMatchObject({
        code: 'INVALID_REQUEST',
      });
    },
  );

  it('refuses a handle it did not give, or gave another page, and writes nothing for it', async () => {
    const s = setUp();
    const handle = await beginAuto(s.handlers);
    const stranger = 'f'.repeat(32);
    await expect(s.handlers['backup:writeChunk']({ handle: stranger, index: 0, bytes: utf8('x') }, page)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringContaining('no backup being written with that handle'),
    });
    await expect(s.handlers['backup:writeFinish']({ handle: stranger, parts: 0 }, page)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(s.handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('x') }, otherPage)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
    // Another page cannot stop it either.
    await s.handlers['backup:writeAbort']({ handle }, otherPage);
    await s.handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('{}') }, page);
    await s.handlers['backup:writeFinish']({ handle, parts: 1 }, page);
    expect(readFileSync(path.join(s.folder, NEW), 'utf8')).toBe('{}');
  });

  it('a part out of order, or a finish that counts a different number of parts, drops the stream and saves nothing', async () => {
    const s = setUp();
    const before = s.listing();
    const skipped = await beginAuto(s.handlers);
    await expect(s.handlers['backup:writeChunk']({ handle: skipped, index: 1, bytes: utf8('x') }, page)).rejects.toMatchObject({
      message: 'Part 2 of the backup arrived where part 1 was expected; nothing was saved.',
    });
    expect(s.listing()).toEqual(before);
    const short = await beginAuto(s.handlers);
    await s.handlers['backup:writeChunk']({ handle: short, index: 0, bytes: utf8('{') }, page);
    await expect(s.handlers['backup:writeFinish']({ handle: short, parts: 2 }, page)).rejects.toMatchObject({
      message: 'The backup was sent in 2 parts but 1 arrived; nothing was saved.',
    });
    expect(s.listing()).toEqual(before);
  });

  it('writes the bytes as they came, so a character cut between two parts is whole in the file', async () => {
    const s = setUp();
    const handle = await beginAuto(s.handlers);
    const bytes = utf8('{"note":"£🏥"}');
    // Cut inside the four bytes of 🏥: each part is only appended, never decoded.
    const parts = [bytes.slice(0, 12), bytes.slice(12)];
    for (const [index, part] of parts.entries()) await s.handlers['backup:writeChunk']({ handle, index, bytes: part }, page);
    await s.handlers['backup:writeFinish']({ handle, parts: 2 }, page);
    expect(readFileSync(path.join(s.folder, NEW), 'utf8')).toBe('{"note":"£🏥"}');
  });

  it('refuses a backup past the largest size it writes, and removes what it had', async () => {
    const s = setUp({ maxBytes: 10 });
    const before = s.listing();
    const handle = await beginAuto(s.handlers);
    await s.handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('12345') }, page);
    // Counted in bytes: six characters of three bytes each are 18 bytes.
    await expect(s.handlers['backup:writeChunk']({ handle, index: 1, bytes: utf8('££££££') }, page)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
    expect(s.listing()).toEqual(before);
  });

  it('says which folder could not be written when the disk fills part-way, and leaves no temporary file', async () => {
    const full = Object.assign(new Error('full'), { code: 'ENOSPC' });
    let writes = 0;
    const filling: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      open: async (filePath, flags) => {
        const real = await nodeAtomicWriteFs.open(filePath, flags);
        return {
          ...real,
          writeFile: (data) => (++writes > 1 ? Promise.reject(full) : real.writeFile(data, 'utf8')),
          sync: () => real.sync(),
          close: () => real.close(),
        };
      },
    };
    const s = setUp({ backupFiles: filling });
    const before = s.listing();
    const handle = await beginAuto(s.handlers);
    await s.handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('{') }, page);
    await expect(s.handlers['backup:writeChunk']({ handle, index: 1, bytes: utf8('}') }, page)).rejects.toThrow(
      new RegExp(`Could not write the automatic backup in ${s.folder.replace(/[\\/.-]/g, '.')}: the system reported ENOSPC`),
    );
    expect(s.listing()).toEqual(before);
  });

  it('a rename that fails on finish leaves the old backups and no temporary file; a chosen file says its name', async () => {
    const busy = Object.assign(new Error('busy'), { code: 'EBUSY' });
    const s = setUp({ backupFiles: { ...nodeAtomicWriteFs, rename: () => Promise.reject(busy) } });
    const before = s.listing();
    const handle = await beginAuto(s.handlers);
    await s.handlers['backup:writeChunk']({ handle, index: 0, bytes: utf8('{}') }, page);
    await expect(s.handlers['backup:writeFinish']({ handle, parts: 1 }, page)).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(s.listing()).toEqual(before);

    s.saveAnswers.push(path.join(s.root, 'mine.json'));
    const chosen = await s.handlers['backup:writeBegin']({ to: 'chosen', suggestedName: 'b.json' }, page);
    await expect(s.handlers['backup:writeFinish']({ handle: chosen?.handle ?? '', parts: 0 }, page)).rejects.toThrow(
      /Could not save "mine.json"/,
    );
    expect(readdirSync(s.root).sort()).toEqual(['backups']);
  });

  it('says so when the folder or the temporary file cannot be made', async () => {
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
    const noFolder = setUp();
    noFolder.deps.autoBackup.mkdir = () => Promise.reject(denied);
    await expect(beginAuto(createBackupStreamHandlers(noFolder.deps))).rejects.toThrow(/Could not write the automatic backup in .*EACCES/);
    const s = setUp({ backupFiles: { ...nodeAtomicWriteFs, open: () => Promise.reject(denied) } });
    await expect(beginAuto(s.handlers)).rejects.toThrow(/Could not write the automatic backup in .*EACCES/);
    s.saveAnswers.push(path.join(s.root, 'mine.json'));
    await expect(s.handlers['backup:writeBegin']({ to: 'chosen', suggestedName: 'b.json' }, page)).rejects.toThrow(
      /Could not save "mine.json": the folder is read-only/,
    );
  });

  it('lets an abandoned stream go after a quiet spell, and refuses more than a few at once', async () => {
    const s = setUp();
    const handles: string[] = [];
    for (let i = 0; i < MAX_OPEN_BACKUP_STREAMS; i++) handles.push(await beginAuto(s.handlers));
    await expect(beginAuto(s.handlers)).rejects.toThrow('Too many backups are being written at once');
    s.advance(BACKUP_STREAM_IDLE_MS + 1);
    const fresh = await beginAuto(s.handlers);
    // The abandoned ones are gone, with their temporary files; the fresh one is the only one left.
    await expect(s.handlers['backup:writeChunk']({ handle: handles[0], index: 0, bytes: utf8('x') }, page)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
    expect(s.listing().filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    await s.handlers['backup:writeAbort']({ handle: fresh }, page);
    expect(existsSync(path.join(s.folder, NEW))).toBe(false);
  });
});

describe('the stream channels as registered in main', () => {
  function registered() {
    const s = setUp();
    const { ipcMain, invoke } = fakeIpcMain();
    const logs: string[] = [];
    registerHandlers(ipcMain, s.handlers as unknown as Handlers, { log: (m) => logs.push(m), isAppWindow: isAppWindowStandIn });
    return { s, call: (channel: string, payload: unknown) => invoke(channel, eventFrom(TRUSTED), payload), logs };
  }

  it('refuses a part larger than the contract allows, a malformed handle and a missing text before any handler runs', async () => {
    const { s, call, logs } = registered();
    const begun = (await call('backup:writeBegin', { to: 'auto', keep: 3 })) as { ok: true; value: { handle: string } };
    const { handle } = begun.value;
    const refused = [
      { handle, index: 0, bytes: utf8('x'.repeat(MAX_BACKUP_CHUNK_BYTES + 1)) },
      { handle: '../../etc/passwd', index: 0, bytes: utf8('x') },
      { handle, index: 0 },
      { handle, index: -1, bytes: utf8('x') },
      { handle, index: 0, bytes: utf8('') },
      { handle, index: 0, bytes: 'x' },
      { handle, index: 0, text: 'x' },
      { handle, index: 0, bytes: utf8('x'), path: '/tmp/elsewhere' },
    ];
    for (const payload of refused) {
      expect(await call('backup:writeChunk', payload)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(logs.filter((l) => l.startsWith('Invalid request to backup:writeChunk: '))).toHaveLength(refused.length);
    expect(await call('backup:writeBegin', { to: 'auto', keep: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await call('backup:writeBegin', { to: 'somewhere', keep: 3 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    // The stream is untouched by the refused calls: its first part is still part 0.
    expect(await call('backup:writeChunk', { handle, index: 0, bytes: utf8('{}') })).toEqual({ ok: true, value: null });
    expect(await call('backup:writeFinish', { handle, parts: 1 })).toMatchObject({ ok: true, value: { fileName: NEW } });
    expect(readFileSync(path.join(s.folder, NEW), 'utf8')).toBe('{}');
  });

  it('answers a wrong handle with INVALID_REQUEST in words, not a crash', async () => {
    const { call } = registered();
    expect(await call('backup:writeFinish', { handle: '0'.repeat(32), parts: 0 })).toEqual({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: expect.stringContaining('There is no backup being written with that handle') },
    });
  });
});
