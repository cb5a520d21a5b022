import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/result';
import { registerHandler } from './handle';
import { createSaveFile, type FileDeps } from './files';
import { eventFrom, fakeIpcMain, isAppWindowStandIn, TRUSTED } from '../../test/support/electron-ipc';

const validSave = { purpose: 'portfolio', suggestedName: 'portfolio.json', content: '{}' };

function setup() {
  const { ipcMain, invoke } = fakeIpcMain();
  const log = vi.fn();
  const handler = vi.fn(async () => ({ fileName: 'portfolio.json' }));
  registerHandler(ipcMain, 'file:save', handler, { log, isAppWindow: isAppWindowStandIn });
  return { invoke, handler, log };
}

describe('registerHandler: sender checks', () => {
  it.each([
    ['another origin', eventFrom('https://evil.example/')],
    ['a file:// page', eventFrom('file:///tmp/evil.html')],
    ['a lookalike app host', eventFrom('app://planner.evil.example/index.html')],
    ['an app host with credentials', eventFrom('app://x@planner/index.html')],
    ['a subframe on the app origin', eventFrom(TRUSTED, { subframe: true })],
    ['a subframe on another origin', eventFrom('https://evil.example/', { subframe: true })],
    ['a frame that has gone away', eventFrom(TRUSTED, { noFrame: true })],
    ['an about:blank page', eventFrom('about:blank')],
    ['a disposed frame (Electron throws on access)', eventFrom(TRUSTED, { disposed: true })],
    ["the app's page in a window the app did not open for it", eventFrom(TRUSTED, { otherWindow: true })],
  ])('refuses %s without calling the handler', async (_label, event) => {
    const { invoke, handler } = setup();
    await expect(invoke('file:save', event, validSave)).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts the app top frame', async () => {
    const { invoke, handler } = setup();
    await expect(invoke('file:save', eventFrom(TRUSTED), validSave)).resolves.toEqual({ ok: true, value: { fileName: 'portfolio.json' } });
    expect(handler).toHaveBeenCalledWith(validSave, expect.objectContaining({ sender: expect.anything() }));
  });
});

describe('registerHandler: payload checks', () => {
  it.each([
    ['nothing', []],
    ['null', [null]],
    ['a path instead of a name', [{ ...validSave, suggestedName: '../../.bashrc' }]],
    ['an absolute path', [{ ...validSave, suggestedName: '/etc/passwd' }]],
    ['a Windows path', [{ ...validSave, suggestedName: 'C:\\Windows\\evil.json' }]],
    ['an unknown kind', [{ ...validSave, kind: 'exe' }]],
    ['an extra field', [{ ...validSave, path: '/tmp/x' }]],
    ['content that is not text', [{ ...validSave, content: 42 }]],
    ['extra arguments', [validSave, '/tmp/x']],
  ])('rejects %s as INVALID_REQUEST without calling the handler', async (_label, args) => {
    const { invoke, handler } = setup();
    const result = (await invoke('file:save', eventFrom(TRUSTED), ...args)) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('INVALID_REQUEST');
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('registerHandler: the log of a malformed request', () => {
  it.each([
    ['a field of the wrong kind', [{ ...validSave, content: 42 }], /^Invalid request to file:save: .*content/],
    ['extra arguments', [validSave, '/tmp/x'], /^Invalid request to file:save: extra arguments$/],
  ])('names the channel once, with what was wrong, for %s', async (_label, args, line) => {
    const { invoke, log } = setup();
    await invoke('file:save', eventFrom(TRUSTED), ...args);
    expect(log).toHaveBeenCalledTimes(1);
    const [message] = log.mock.calls[0] as [string];
    expect(message).toMatch(line);
    expect(message.split('file:save')).toHaveLength(2);
  });
});

describe('registerHandler: errors', () => {
  it('returns an AppError with its code and message, and logs it', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const log = vi.fn();
    registerHandler(
      ipcMain,
      'file:open',
      async () => {
        throw Object.assign(new AppError('IO_ERROR', 'Could not open "Meridian EPR extension.csv": it no longer exists.'), {
          cause: Object.assign(new Error('ENOENT'), { code: 'ENOENT' }),
        });
      },
      { log, isAppWindow: () => true },
    );
    await expect(invoke('file:open', eventFrom(TRUSTED), { purpose: 'register' })).resolves.toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: 'Could not open "Meridian EPR extension.csv": it no longer exists.' },
    });
    // The log keeps the codes, never the user's file name.
    expect(log.mock.calls).toEqual([['file:open failed: IO_ERROR (ENOENT)']]);
  });

  it("maps anything else to INTERNAL in plain words, keeping the developer's words for the log", async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const log = vi.fn();
    const boom = new TypeError("Cannot read properties of undefined (reading 'getName')");
    registerHandler(
      ipcMain,
      'app:getInfo',
      async () => {
        throw boom;
      },
      { log, isAppWindow: () => true },
    );
    const result = (await invoke('app:getInfo', eventFrom(TRUSTED), {})) as { ok: false; error: { code: string; message: string } };
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('Something went wrong in the planner') },
    });
    expect(result.error.message).not.toMatch(/app:getInfo|undefined|getName/);
    expect(log).toHaveBeenCalledWith('app:getInfo failed', boom);
  });
});

describe('forged calls have no side effects on the real handlers', () => {
  it('shows no dialog and writes no file for a forged or invalid save', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const deps: FileDeps = {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/x.json' })),
      stat: vi.fn(),
      readFile: vi.fn(),
      writeFileAtomic: vi.fn(async () => undefined),
      defaultDirectory: () => '/home/user/Documents',
      showMessageBox: vi.fn(),
    };
    registerHandler(ipcMain, 'file:save', createSaveFile(deps), { log: vi.fn(), isAppWindow: () => true });

    await invoke('file:save', eventFrom('https://evil.example/'), validSave);
    await invoke('file:save', eventFrom(TRUSTED, { subframe: true }), validSave);
    await invoke('file:save', eventFrom(TRUSTED), { ...validSave, purpose: 'shell-script' });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();

    await invoke('file:save', eventFrom(TRUSTED), validSave);
    expect(deps.writeFileAtomic).toHaveBeenCalledWith('/tmp/x.json', '{}');
  });
});
