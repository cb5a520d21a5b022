import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '@shared/ipc';
import { DESKTOP_API_METHODS } from '../test/support/desktop-api';
import { utf8 } from './ipc/test-support';

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
const { MAX_BACKUP_CHUNK_BYTES } = await import('@shared/ipc');
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

  it('hands back an automatic backup only as the bytes main read, refusing any other answer (issue 16)', async () => {
    const fileName = 'auto-backup-2026-12-06T15-30-00.json';
    const bytes = utf8('{"format":"trust-procurement-planner-backup"}');
    bridge.invoke.mockResolvedValueOnce({ ok: true, value: bytes });
    await expect(desktop.readAutoBackup({ fileName })).resolves.toEqual({ ok: true, value: bytes });
    expect(bridge.invoke).toHaveBeenLastCalledWith('backup:readAuto', { fileName });
    // Text (as main once sent) would be one string of tens of megabytes on the UI thread: refused.
    for (const value of ['{"format":"trust-procurement-planner-backup"}', null, { bytes }, [1, 2, 3]]) {
      bridge.invoke.mockResolvedValueOnce({ ok: true, value });
      await expect(desktop.readAutoBackup({ fileName })).resolves.toMatchObject({
        ok: false,
        error: { code: 'INTERNAL', message: expect.stringContaining('could not be read') },
      });
    }
    // Main's refusal reaches the page as it was.
    const gone = { ok: false, error: { code: 'IO_ERROR', message: `There is no automatic backup called ${fileName} any more.` } };
    bridge.invoke.mockResolvedValueOnce(gone);
    await expect(desktop.readAutoBackup({ fileName })).resolves.toEqual(gone);
    bridge.invoke.mockClear();
    await expect(desktop.readAutoBackup({ fileName: '../settings.json' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed invoke into an INTERNAL result', async () => {
    bridge.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(desktop.getAppInfo()).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
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
      await expect(desktop.saveFile(save)).resolves.toMatchObject({ ok: true });
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
