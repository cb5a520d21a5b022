import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract, MENU_COMMAND_CHANNEL } from '@shared/ipc';
import { eventFrom, TRUSTED } from './ipc/test-support';

/**
 * Start-up wiring, with a stand-in 'electron' module (no Electron binary is needed, or wanted, in
 * unit tests): what main registers, in what order, and with which settings.
 */
const h = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    gotLock: true,
    windows: [] as Array<Record<string, unknown>>,
    handlers: new Map<string, (...args: unknown[]) => unknown>(),
    appListeners: new Map<string, (...args: unknown[]) => unknown>(),
    menuTemplate: null as unknown,
    protocolHandler: null as unknown,
    sessionCalls: [] as string[],
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    options: Record<string, unknown>;
    webContents = { send: vi.fn(), openDevTools: vi.fn(), id: 1 };
    loadURL = vi.fn(async (url: string) => {
      h.log.push(`loadURL ${url}`);
    });
    once = vi.fn();
    on = vi.fn();
    maximize = vi.fn();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      h.windows.push(this as unknown as Record<string, unknown>);
      h.log.push('new BrowserWindow');
    }
    static getAllWindows = () => h.windows;
    static getFocusedWindow = () => h.windows[0] ?? null;
    static fromWebContents = () => null;
  }
  return {
    app: {
      isPackaged: false,
      enableSandbox: () => h.log.push('enableSandbox'),
      requestSingleInstanceLock: () => h.gotLock,
      quit: () => h.log.push('quit'),
      exit: () => h.log.push('exit'),
      on: (event: string, listener: (...args: unknown[]) => unknown) => h.appListeners.set(event, listener),
      whenReady: () => {
        h.log.push('whenReady');
        return Promise.resolve();
      },
      getPath: () => path.join(os.tmpdir(), 'tpp-main-test-nonexistent'),
      setPath: vi.fn(),
      getName: () => 'Trust Procurement Planner',
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    dialog: { showMessageBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, listener: (...args: unknown[]) => unknown) => h.handlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        h.menuTemplate = menu;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: () => h.log.push('registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: unknown) => {
        h.log.push(`protocol.handle ${scheme}`);
        h.protocolHandler = handler;
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => h.sessionCalls.push('permissionRequest'),
        setPermissionCheckHandler: () => h.sessionCalls.push('permissionCheck'),
        webRequest: { onBeforeRequest: () => h.sessionCalls.push('onBeforeRequest') },
      },
    },
    shell: { openPath: vi.fn(), showItemInFolder: vi.fn() },
  };
});

async function start(gotLock = true) {
  h.log.length = 0;
  h.windows.length = 0;
  h.handlers.clear();
  h.appListeners.clear();
  h.sessionCalls.length = 0;
  h.gotLock = gotLock;
  vi.resetModules();
  await import('./main');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('main process start-up', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('registers the scheme and the sandbox before ready, then serves, hardens and opens one window', async () => {
    await start();
    expect(h.log.indexOf('registerSchemesAsPrivileged')).toBeLessThan(h.log.indexOf('whenReady'));
    expect(h.log.indexOf('enableSandbox')).toBeLessThan(h.log.indexOf('whenReady'));
    expect(h.log).toContain('protocol.handle app');
    expect(typeof h.protocolHandler).toBe('function');
    expect(h.sessionCalls.sort()).toEqual(['onBeforeRequest', 'permissionCheck', 'permissionRequest']);
    expect(h.appListeners.has('web-contents-created')).toBe(true);
    expect(h.appListeners.has('second-instance')).toBe(true);

    expect(h.windows).toHaveLength(1);
    const options = h.windows[0].options as { show: boolean; webPreferences: Record<string, unknown> };
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(String(options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(h.log).toContain('loadURL app://planner/index.html');
  });

  it('registers exactly one handler per contract channel, each behind the sender check', async () => {
    await start();
    expect([...h.handlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    const getInfo = h.handlers.get('app:getInfo');
    await expect(getInfo?.(eventFrom(TRUSTED), {})).resolves.toMatchObject({
      ok: true,
      value: { name: 'Trust Procurement Planner', version: '0.1.0' },
    });
    await expect(getInfo?.(eventFrom('https://evil.example/'), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });

  it('menu commands go to the main window', async () => {
    await start();
    const template = h.menuTemplate as Array<{ submenu?: Array<{ label?: string; click?: () => void }> }>;
    const items = template.flatMap((menu) => menu.submenu ?? []);
    items.find((item) => item.label === 'Export decision report…')?.click?.();
    const contents = h.windows[0].webContents as { send: ReturnType<typeof vi.fn> };
    expect(contents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'export-report');
  });

  it('a second instance quits without opening a window', async () => {
    await start(false);
    expect(h.log).toContain('quit');
    expect(h.windows).toHaveLength(0);
    expect(h.handlers.size).toBe(0);
  });
});
