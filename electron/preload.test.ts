import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel, DesktopApi } from '@shared/ipc';
import { DESKTOP_API_METHODS } from '../test/support/desktop-api';
import { utf8 } from '../test/support/electron-ipc';

// The real 'electron' module would try to download a binary; the preload only needs these two.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = bridge.listeners.get(channel) ?? new Set();
      set.add(listener);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      bridge.listeners.get(channel)?.delete(listener);
    },
  },
}));

await import('./preload');
// Only after the preload: importing the contract first would build its schemas before zod is made jitless.
const { ipcContract, MAX_BACKUP_CHUNK_BYTES, MAX_SAVE_BYTES, UNREADABLE_ANSWER, UNREADABLE_REQUEST } = await import('@shared/ipc');
const { MAX_OPEN_BYTES } = await import('@shared/files');
const desktop = bridge.exposed.get('desktop') as DesktopApi;
const emit = (channel: string, ...args: unknown[]) => bridge.listeners.get(channel)?.forEach((l) => l({}, ...args));

beforeEach(() => bridge.invoke.mockClear());

describe('preload bridge', () => {
  it('exposes exactly one object with one method per channel, nothing generic', () => {
    expect([...bridge.exposed.keys()]).toEqual(['desktop']);
    expect(Object.keys(desktop).sort()).toEqual(DESKTOP_API_METHODS);
    expect(desktop).not.toHaveProperty('invoke');
    expect(desktop).not.toHaveProperty('ipcRenderer');
  });

  it('invokes the named channel with a validated request', async () => {
    await desktop.getAppInfo();
    expect(bridge.invoke).toHaveBeenLastCalledWith('app:getInfo', {});
    const save = { purpose: 'portfolio' as const, suggestedName: 'portfolio.json', content: '{}' };
    await desktop.saveFile(save);
    expect(bridge.invoke).toHaveBeenLastCalledWith('file:save', save);
  });

  it('rejects an invalid request without sending it', async () => {
    const result = await desktop.saveFile({ purpose: 'portfolio', suggestedName: '../evil', content: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('tells the page of a refused request in plain words, the channel and the schema’s words only in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await desktop.saveFile({ purpose: 'portfolio', suggestedName: '../evil', content: '' });
    expect(result).toEqual({ ok: false, error: UNREADABLE_REQUEST });
    expect(UNREADABLE_REQUEST.message).not.toMatch(/file:save|suggestedName|must be/);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/file:save.*suggestedName/));
    error.mockRestore();
  });

  it('sends a backup part by part on its stream channels, and refuses an oversize or malformed part without sending it', async () => {
    const handle = 'a'.repeat(32);
    await desktop.beginBackupWrite({ to: 'auto', keep: 14 });
    expect(bridge.invoke).toHaveBeenLastCalledWith('backup:writeBegin', { to: 'auto', keep: 14 });
    await desktop.writeBackupChunk({ handle, index: 0, bytes: utf8('{"tables":') });
    expect(bridge.invoke).toHaveBeenLastCalledWith('backup:writeChunk', { handle, index: 0, bytes: utf8('{"tables":') });
    await desktop.finishBackupWrite({ handle, parts: 1 });
    expect(bridge.invoke).toHaveBeenLastCalledWith('backup:writeFinish', { handle, parts: 1 });
    await desktop.abortBackupWrite({ handle });
    expect(bridge.invoke).toHaveBeenLastCalledWith('backup:writeAbort', { handle });
    bridge.invoke.mockClear();

    const refused = [
      desktop.writeBackupChunk({ handle, index: 1, bytes: utf8('x'.repeat(MAX_BACKUP_CHUNK_BYTES + 1)) }),
      desktop.writeBackupChunk({ handle: 'not-a-handle', index: 1, bytes: utf8('x') }),
      desktop.writeBackupChunk({ handle, index: 1.5, bytes: utf8('x') }),
      desktop.writeBackupChunk({ handle, index: 1, bytes: 42 } as unknown as { handle: string; index: number; bytes: Uint8Array }),
      // Text is not bytes: a part is sent as the worker encoded it.
      desktop.writeBackupChunk({ handle, index: 1, bytes: '{}' } as unknown as { handle: string; index: number; bytes: Uint8Array }),
      desktop.beginBackupWrite({ to: 'chosen', suggestedName: '../escape.json' }),
    ];
    for (const result of await Promise.all(refused)) expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it("hands back every channel's answer only when it is what the channel promises, in plain words otherwise", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handle = 'b'.repeat(32);
    const status = {
      folder: '/home/user/Backups',
      setByPolicy: false,
      files: [{ fileName: 'auto-backup-2026-12-06T15-30-00.json', size: 120 }],
    };
    const policy = {
      values: { BackupFolder: { value: 'D:\\Backups', source: 'machine-file' } },
      defaults: {},
      warnings: [],
      updates: { on: false, reason: 'Updates are off in a development build.' },
    };
    // Typed over every channel: a new channel must say here what a right and a wrong answer are.
    const cases: { [C in Channel]: { call: () => Promise<unknown>; right: unknown; wrong: unknown[] } } = {
      'app:getInfo': {
        call: () => desktop.getAppInfo(),
        right: { name: 'Trust Procurement Planner', version: '0.1.0', platform: 'win32', electron: '45.4.1' },
        wrong: [{ name: 'Trust Procurement Planner' }, 'Trust Procurement Planner 0.1.0'],
      },
      'policy:get': {
        call: () => desktop.getPolicy(),
        right: policy,
        wrong: [
          { ...policy, values: { BackupFolder: { value: 'D:\\Backups', source: 'the internet' } } },
          { ...policy, updates: { on: true, reason: 'no address' } },
        ],
      },
      'file:open': {
        call: () => desktop.openFile({ purpose: 'register' }),
        right: { fileName: 'register.csv', size: 3, bytes: utf8('a,b') },
        wrong: [
          { fileName: 'register.csv', size: 3, bytes: 'a,b' },
          { fileName: 'register.csv', size: 3, bytes: utf8('a,b'), path: '/tmp/register.csv' },
        ],
      },
      'file:save': {
        call: () => desktop.saveFile({ purpose: 'portfolio', suggestedName: 'portfolio.json', content: '{}' }),
        right: { fileName: 'portfolio.json' },
        wrong: [{}, '/home/user/portfolio.json'],
      },
      'report:exportPdf': {
        call: () =>
          desktop.exportReportPdf({
            appraisalId: 'a1',
            suggestedName: 'report.pdf',
            title: 'EPR options appraisal',
            author: 'Head of Procurement',
            headerLeft: 'Royal Example NHS Trust',
            footerStatus: 'Draft',
            query: '',
          }),
        right: { fileName: 'report.pdf', pages: 12 },
        wrong: [{ fileName: 'report.pdf', pages: '12' }, { fileName: 'report.pdf' }],
      },
      'backup:autoStatus': { call: () => desktop.getAutoBackups(), right: status, wrong: [null, { ...status, folder: 42 }] },
      'backup:writeBegin': {
        call: () => desktop.beginBackupWrite({ to: 'auto', keep: 14 }),
        right: { handle },
        wrong: [{ handle: '../../backup' }, handle],
      },
      'backup:writeChunk': {
        call: () => desktop.writeBackupChunk({ handle, index: 0, bytes: utf8('{') }),
        right: null,
        wrong: [undefined, { written: 1 }],
      },
      'backup:writeFinish': {
        call: () => desktop.finishBackupWrite({ handle, parts: 1 }),
        right: { fileName: 'auto-backup-2026-12-06T15-30-00.json', auto: status },
        wrong: [
          { fileName: 'auto-backup-2026-12-06T15-30-00.json' },
          { fileName: 'x.json', auto: { ...status, files: [{ fileName: 'x.json' }] } },
        ],
      },
      'backup:writeAbort': { call: () => desktop.abortBackupWrite({ handle }), right: null, wrong: [false, {}] },
      'backup:readAuto': {
        call: () => desktop.readAutoBackup({ fileName: 'auto-backup-2026-12-06T15-30-00.json' }),
        right: utf8('{"format":"trust-procurement-planner-backup"}'),
        // Text (as main once sent) would be one string of tens of megabytes on the UI thread (issue 16).
        wrong: ['{"format":"trust-procurement-planner-backup"}', null, { bytes: utf8('{}') }, [1, 2, 3]],
      },
      'backup:chooseFolder': {
        call: () => desktop.chooseAutoBackupFolder(),
        right: status,
        wrong: [{ folder: '/home/user/Backups' }, 'cancelled'],
      },
      'app:flushed': { call: () => desktop.reportFlushed({ requestId: 3 }), right: null, wrong: [{ requestId: 3 }, true] },
    };
    expect(Object.keys(cases).sort()).toEqual(Object.keys(ipcContract).sort());
    for (const [channel, { call, right, wrong }] of Object.entries(cases)) {
      bridge.invoke.mockResolvedValueOnce({ ok: true, value: right });
      await expect(call(), channel).resolves.toEqual({ ok: true, value: right });
      expect(bridge.invoke).toHaveBeenLastCalledWith(channel, expect.anything());
      for (const value of wrong) {
        error.mockClear();
        bridge.invoke.mockResolvedValueOnce({ ok: true, value });
        // The page shows the message: plain words, never the channel or zod's.
        await expect(call(), `${channel} answering ${JSON.stringify(value)}`).resolves.toEqual({ ok: false, error: UNREADABLE_ANSWER });
        expect(error).toHaveBeenCalledWith(expect.stringContaining(`The answer to ${channel} was refused`));
      }
    }
    expect(UNREADABLE_ANSWER.message).not.toMatch(/[a-z]+:[a-z]|zod|Expected|undefined/i);
    error.mockRestore();
  });

  it("passes main's refusal on as it was, and refuses a reply that is not a result", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fileName = 'auto-backup-2026-12-06T15-30-00.json';
    const gone = { ok: false, error: { code: 'IO_ERROR', message: `There is no automatic backup called ${fileName} any more.` } };
    bridge.invoke.mockResolvedValueOnce(gone);
    await expect(desktop.readAutoBackup({ fileName })).resolves.toEqual(gone);
    for (const reply of [
      undefined,
      'done',
      { ok: 'yes', value: null },
      { ok: false, error: { code: 'EACCES', message: 'permission denied' } },
      { ok: false, error: 'disk full' },
    ]) {
      bridge.invoke.mockResolvedValueOnce(reply);
      await expect(desktop.readAutoBackup({ fileName }), JSON.stringify(reply)).resolves.toEqual({ ok: false, error: UNREADABLE_ANSWER });
    }
    expect(error).toHaveBeenCalledTimes(5);
    error.mockRestore();
  });

  it("checks an answer's bytes by type and size alone: handed on as they came, never read, refused past the limit", async () => {
    const fileName = 'auto-backup-2026-12-06T15-30-00.json';
    // Counts every read of a byte; instanceof and byteLength still answer as for the bytes themselves.
    const bytes = utf8('{"format":"trust-procurement-planner-backup"}');
    let reads = 0;
    const watched = new Proxy(bytes, {
      get: (target, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    bridge.invoke.mockResolvedValueOnce({ ok: true, value: watched });
    const answer = await desktop.readAutoBackup({ fileName });
    expect(answer.ok && answer.value).toBe(watched);
    expect(reads).toBe(0);

    // A backup past the 512 MB main writes, without making one: only its length is looked at.
    const huge = Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_SAVE_BYTES + 1 });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bridge.invoke.mockResolvedValueOnce({ ok: true, value: huge });
    await expect(desktop.readAutoBackup({ fileName })).resolves.toEqual({ ok: false, error: UNREADABLE_ANSWER });
    bridge.invoke.mockClear();
    await expect(desktop.readAutoBackup({ fileName: '../settings.json' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    expect(bridge.invoke).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('hands on a backup file main opened past the register limit, up to the largest backup the app writes', async () => {
    // Main applies each purpose's own limit (shared/files.ts); a backup may be up to MAX_SAVE_BYTES.
    const backup = Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_OPEN_BYTES + 1 });
    bridge.invoke.mockResolvedValueOnce({ ok: true, value: { fileName: 'everything.json', size: MAX_OPEN_BYTES + 1, bytes: backup } });
    const answer = await desktop.openFile({ purpose: 'backup' });
    expect(answer.ok && answer.value?.bytes).toBe(backup);

    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const huge = Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_SAVE_BYTES + 1 });
    bridge.invoke.mockResolvedValueOnce({ ok: true, value: { fileName: 'everything.json', size: MAX_SAVE_BYTES + 1, bytes: huge } });
    await expect(desktop.openFile({ purpose: 'backup' })).resolves.toEqual({ ok: false, error: UNREADABLE_ANSWER });
    error.mockRestore();
  });

  it('turns a failed invoke into an INTERNAL result in plain words, the cause only in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bridge.invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'app:getInfo': No handler registered"));
    await expect(desktop.getAppInfo()).resolves.toEqual({ ok: false, error: UNREADABLE_ANSWER });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('No handler registered'));
    error.mockRestore();
  });

  it('parses without compiling code, as the page CSP forbids eval (zod is jitless before the contract is built)', async () => {
    // Schemas capture zod's jit setting when they are built; a z.config after the contract's
    // module ran came too late, and every object request then reached for new Function.
    const RealFunction = globalThis.Function;
    globalThis.Function = function () {
      throw new EvalError("Evaluating a string as JavaScript violates the page's Content Security Policy");
    } as unknown as FunctionConstructor;
    try {
      const save = { purpose: 'backup' as const, suggestedName: 'backup.json', content: '{}' };
      // Main's answer, an object, is parsed too.
      bridge.invoke.mockResolvedValueOnce({ ok: true, value: { fileName: 'backup.json' } });
      await expect(desktop.saveFile(save)).resolves.toEqual({ ok: true, value: { fileName: 'backup.json' } });
      await expect(desktop.openFile({ purpose: 'register' })).resolves.toMatchObject({ ok: true });
    } finally {
      globalThis.Function = RealFunction;
    }
  });

  it('delivers only known menu commands, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = desktop.onMenuCommand(listener);
    emit('menu:command', 'export-report');
    emit('menu:command', 'rm -rf /');
    emit('menu:command', { command: 'export-report' });
    expect(listener.mock.calls).toEqual([['export-report']]);
    unsubscribe();
    emit('menu:command', 'import-portfolio');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('runs the flush main asks for and answers with the same id, even when the flush fails; ignores malformed requests', async () => {
    const flush = vi.fn(async () => undefined);
    const unsubscribe = desktop.onFlushRequest(flush);
    emit('app:flush', { requestId: 7 });
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('app:flushed', { requestId: 7 }));
    emit('app:flush', { requestId: 'all' });
    emit('app:flush', 'flush');
    expect(flush).toHaveBeenCalledTimes(1);

    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    flush.mockRejectedValueOnce(new Error('disk full'));
    emit('app:flush', { requestId: 8 });
    await vi.waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('app:flushed', { requestId: 8 }));
    expect(error).toHaveBeenCalled();
    error.mockRestore();

    unsubscribe();
    emit('app:flush', { requestId: 9 });
    expect(flush).toHaveBeenCalledTimes(2);
    expect(() => desktop.onFlushRequest('nope' as unknown as () => Promise<void>)).toThrow(TypeError);
  });
});
