import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_REQUEST_CHANNEL, ipcContract, MENU_COMMAND_CHANNEL, type FlushRequest } from '@shared/ipc';
import { resolvePolicy, type EffectivePolicy } from '@shared/policy';
import { APP_USER_MODEL_ID } from './app-identity';
import { eventFrom, TRUSTED, utf8 } from '../test/support/electron-ipc';

/**
 * Start-up wiring, with a stand-in 'electron' module (no Electron binary is needed, or wanted, in
 * unit tests): what main registers, in what order, with which settings, and what its windows,
 * menu and dialogs do when driven.
 */
type Listener = (...args: unknown[]) => unknown;
type Fn = ReturnType<typeof vi.fn>;
interface FakeWindow {
  options: Record<string, unknown>;
  listeners: Map<string, Listener[]>;
  contentsListeners: Map<string, Listener[]>;
  webContents: { send: Fn; reload: Fn; forcefullyCrashRenderer: Fn };
  restore: Fn;
  focus: Fn;
  show: Fn;
}

const h = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    gotLock: true,
    isPackaged: false,
    ready: null as null | (() => Promise<void>),
    userData: '',
    windows: [] as FakeWindow[],
    handlers: new Map<string, Listener>(),
    appListeners: new Map<string, Listener>(),
    menuTemplate: null as unknown,
    protocolHandler: null as unknown,
    sessionCalls: [] as string[],
    focused: null as unknown,
    switches: [] as string[],
    policy: null as unknown,
  };
  return state;
});

vi.mock('electron', () => {
  const add = (map: Map<string, Listener[]>) => (event: string, listener: Listener) =>
    map.set(event, [...(map.get(event) ?? []), listener]);
  class BrowserWindow {
    options: Record<string, unknown>;
    listeners = new Map<string, Listener[]>();
    contentsListeners = new Map<string, Listener[]>();
    destroyed = false;
    webContents = {
      send: vi.fn(),
      openDevTools: vi.fn(),
      id: h.windows.length + 1,
      on: vi.fn(add(this.contentsListeners)),
      once: vi.fn(add(this.contentsListeners)),
      reload: vi.fn(),
      forcefullyCrashRenderer: vi.fn(),
      executeJavaScript: vi.fn(async () => 'true'),
      printToPDF: vi.fn(async () => new Uint8Array(readFileSync(path.join(__dirname, 'ipc', 'fixtures', 'chromium-print.pdf')))),
      isDestroyed: () => this.destroyed,
    };
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
    loadURL = vi.fn(async (url: string) => {
      h.log.push(`loadURL ${url}`);
    });
    once = vi.fn(add(this.listeners));
    on = vi.fn(add(this.listeners));
    maximize = vi.fn();
    close = vi.fn(() => h.log.push('window close'));
    isMaximized = vi.fn(() => false);
    isMinimized = vi.fn(() => true);
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1200, height: 800 });
    constructor(options: Record<string, unknown>) {
      this.options = options;
      h.windows.push(this as unknown as FakeWindow);
      h.log.push('new BrowserWindow');
    }
    static getAllWindows = () => h.windows;
    static getFocusedWindow = () => h.focused;
    static fromWebContents = (contents: unknown) => h.windows.find((w) => w.webContents === contents) ?? null;
  }
  return {
    app: {
      get isPackaged() {
        return h.isPackaged;
      },
      enableSandbox: () => h.log.push('enableSandbox'),
      requestSingleInstanceLock: () => h.gotLock,
      quit: () => h.log.push('quit'),
      exit: (code: number) => h.log.push(`exit ${code}`),
      on: (event: string, listener: Listener) => h.appListeners.set(event, listener),
      whenReady: () => {
        h.log.push('whenReady');
        return h.ready ? h.ready() : Promise.resolve();
      },
      getPath: (name: string) => (name === 'userData' ? h.userData : path.join(h.userData, name)),
      setPath: vi.fn(),
      setAppLogsPath: (dir: string) => h.log.push(`setAppLogsPath ${dir}`),
      setAppUserModelId: (id: string) => h.log.push(`setAppUserModelId ${id}`),
      commandLine: {
        hasSwitch: (name: string) => h.switches.includes(name),
        removeSwitch: (name: string) => h.log.push(`removeSwitch ${name}`),
      },
      getName: () => 'Trust Procurement Planner',
      getVersion: () => '0.1.0',
    },
    BrowserWindow,
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: 2 })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showErrorBox: vi.fn(),
    },
    ipcMain: { handle: (channel: string, listener: Listener) => h.handlers.set(channel, listener) },
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
    shell: {
      openPath: vi.fn(async () => ''),
      showItemInFolder: vi.fn(),
      openExternal: async (url: string) => {
        h.log.push(`open in browser ${url}`);
      },
    },
  };
});

// electron-updater's updater, as main constructs it when policy turns updates on.
vi.mock('electron-updater', () => ({
  NsisUpdater: class {
    updateConfigPath: string | null = null;
    autoDownload = false;
    autoInstallOnAppQuit = false;
    logger: unknown = null;
    checkForUpdates = vi.fn(async () => null);
    constructor() {
      h.log.push('new NsisUpdater');
    }
  },
}));

// The policy main reads at start-up; each test sets its own (null: the real reader, which finds none here).
vi.mock('./policy/read', async (importOriginal) => {
  const original = await importOriginal<typeof import('./policy/read')>();
  return {
    ...original,
    loadPolicy: (os: Parameters<typeof original.loadPolicy>[0]) =>
      (h.policy as ReturnType<typeof original.loadPolicy>) ?? original.loadPolicy(os),
  };
});

const electron = await import('electron');

async function start(
  options: { gotLock?: boolean; ready?: () => Promise<void>; packaged?: boolean; switches?: string[]; policy?: EffectivePolicy } = {},
) {
  h.isPackaged = options.packaged ?? false;
  h.policy = options.policy ? structuredClone(options.policy) : null;
  h.switches = options.switches ?? [];
  h.log.length = 0;
  h.windows.length = 0;
  h.handlers.clear();
  h.appListeners.clear();
  h.sessionCalls.length = 0;
  h.gotLock = options.gotLock ?? true;
  h.ready = options.ready ?? null;
  vi.resetModules();
  await import('./main');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[] };
const menuItem = (label: string) =>
  (h.menuTemplate as MenuItem[]).flatMap((menu) => menu.submenu ?? []).find((item) => item.label === label);
const mainWindow = () => h.windows[0];
const fire = (map: Map<string, Listener[]>, event: string, ...args: unknown[]) => map.get(event)?.forEach((l) => l(...args));
/** An invoke event from the app's page in the main window (the only sender main accepts). */
function fromMainWindow() {
  const event = eventFrom(TRUSTED);
  (event as unknown as { sender: unknown }).sender = mainWindow().webContents;
  Object.assign(mainWindow().webContents as object, { mainFrame: event.senderFrame });
  return event;
}
const logText = () => readFileSync(path.join(h.userData, 'logs', 'main.log'), 'utf8');

let rejectionListeners: NodeJS.UnhandledRejectionListener[] = [];
beforeEach(() => {
  rejectionListeners = process.listeners('unhandledRejection');
  h.userData = mkdtempSync(path.join(os.tmpdir(), 'tpp-main-test-'));
  vi.mocked(electron.dialog.showMessageBox).mockClear();
  vi.mocked(electron.shell.openPath).mockClear();
});
afterEach(() => {
  // main.ts adds its own listener at each start; keep only the test runner's.
  for (const listener of process.listeners('unhandledRejection')) {
    if (!rejectionListeners.includes(listener)) process.removeListener('unhandledRejection', listener);
  }
  rmSync(h.userData, { recursive: true, force: true });
});

describe('main process start-up', () => {
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
    const options = mainWindow().options as { show: boolean; webPreferences: Record<string, unknown> };
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
    // Elsewhere than Windows there is no AppUserModelID to claim.
    if (process.platform !== 'win32') expect(h.log.filter((line) => line.startsWith('setAppUserModelId'))).toEqual([]);
  });

  it('on Windows, claims the AppUserModelID of its shortcuts (electron-builder appId) before ready', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      await start();
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
    const builder = load(readFileSync(path.resolve('electron-builder.yml'), 'utf8')) as { appId: string };
    expect(APP_USER_MODEL_ID).toBe(builder.appId);
    const claimed = h.log.indexOf(`setAppUserModelId ${builder.appId}`);
    expect(claimed).toBeGreaterThanOrEqual(0);
    expect(claimed).toBeLessThan(h.log.indexOf('whenReady'));
    expect(claimed).toBeLessThan(h.log.indexOf('new BrowserWindow'));
  });

  it('writes its log in the user-data folder and tells Electron where it is', async () => {
    await start();
    expect(h.log).toContain(`setAppLogsPath ${path.join(h.userData, 'logs')}`);
    expect(logText()).toMatch(/INFO Started Trust Procurement Planner 0\.1\.0 \(Electron /);
  });

  it('registers exactly one handler per contract channel, each behind the sender check', async () => {
    await start();
    expect([...h.handlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    const getInfo = h.handlers.get('app:getInfo');
    await expect(getInfo?.(fromMainWindow(), {})).resolves.toMatchObject({
      ok: true,
      value: { name: 'Trust Procurement Planner', version: '0.1.0' },
    });
    // The app's own page, but not in the app's window (another web contents loading app://planner).
    await expect(getInfo?.(eventFrom(TRUSTED, { otherWindow: true }), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    await expect(getInfo?.(eventFrom('https://evil.example/'), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(logText()).toContain('app:getInfo: refused a call from https://evil.example/');
  });

  it("parents file dialogs on the caller's window", async () => {
    await start();
    const event = fromMainWindow();
    await h.handlers.get('file:open')?.(event, { purpose: 'register' });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(mainWindow(), expect.objectContaining({ title: expect.any(String) }));
    await h.handlers.get('file:save')?.(event, { purpose: 'portfolio', suggestedName: 'p.json', content: '{}' });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(mainWindow(), expect.objectContaining({ title: 'Export portfolio' }));
  });

  it('exports a PDF through a hidden report window of its own, keeps it for the next export, and closes it with the main window', async () => {
    await start();
    const event = fromMainWindow();
    vi.mocked(electron.dialog.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath: path.join(h.userData, 'paper') });
    const result = await h.handlers.get('report:exportPdf')?.(event, {
      appraisalId: 'a-1',
      suggestedName: 'paper.pdf',
      title: 'EPR options',
      author: 'Head of Digital',
      headerLeft: 'Trust',
      footerStatus: 'Draft',
      query: 'status=draft',
    });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'paper.pdf' } });
    const report = h.windows[1] as FakeWindow & { options: { show: boolean }; destroy: Fn };
    expect(report.options.show).toBe(false);
    await vi.waitFor(() => expect(h.log).toContain('loadURL app://planner/index.html?print-window=1#/report/'));
    expect(report.destroy).not.toHaveBeenCalled();
    for (const listener of (mainWindow() as unknown as { webContents: { once: Fn } }).webContents.once.mock.calls
      .filter(([event]) => event === 'destroyed')
      .map(([, l]) => l as () => void))
      listener();
    expect(report.destroy).toHaveBeenCalled();
    expect(readFileSync(path.join(h.userData, 'paper.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await vi.waitFor(() =>
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(mainWindow(), expect.objectContaining({ title: 'Report exported' })),
    );
  });

  it('menu commands go to the main window', async () => {
    await start();
    menuItem('Export decision report…')?.click?.();
    expect(mainWindow().webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'export-report');
  });

  it('Help > Open logs folder and About show what they say', async () => {
    await start();
    menuItem('Open logs folder')?.click?.();
    expect(electron.shell.openPath).toHaveBeenCalledWith(path.join(h.userData, 'logs'));
    menuItem('About Trust Procurement Planner')?.click?.();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      mainWindow(),
      expect.objectContaining({ title: 'About Trust Procurement Planner', detail: expect.stringContaining('Version 0.1.0') }),
    );
  });

  it('a crashed page reloads once, then an error box names the log file', async () => {
    await start();
    const win = mainWindow();
    fire(win.contentsListeners, 'render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    fire(win.contentsListeners, 'render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() =>
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
        win,
        expect.objectContaining({ detail: expect.stringContaining(path.join(h.userData, 'logs', 'main.log')) }),
      ),
    );
    await vi.waitFor(() => expect(h.log).toContain('quit'));
    expect(logText()).toContain("Main window: the page's process ended (crashed, exit code 139)");
  });

  it('remembers the window position: saved on close, used at the next start', async () => {
    await start();
    fire(mainWindow().listeners, 'close', { preventDefault: vi.fn() });
    const saved = JSON.parse(readFileSync(path.join(h.userData, 'window-state.json'), 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ x: 40, y: 30, width: 1200, height: 800, isMaximized: false });
    await start();
    expect(mainWindow().options).toMatchObject({ x: 40, y: 30, width: 1200, height: 800 });
  });

  it('logs, and starts centred, when the saved position cannot be read', async () => {
    // A folder where the file should be: reading it fails with EISDIR, not ENOENT.
    mkdirSync(path.join(h.userData, 'window-state.json'));
    await start();
    expect(mainWindow().options).toMatchObject({ center: true });
    expect(logText()).toContain('Could not read the saved window position');
    fire(mainWindow().listeners, 'close', { preventDefault: vi.fn() });
    expect(logText()).toContain('Could not save the window position');
  });

  it('closing the window and quitting wait for the page to save its pending edits', async () => {
    await start();
    const win = mainWindow();
    const close = { preventDefault: vi.fn() };
    fire(win.listeners, 'close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledWith(FLUSH_REQUEST_CHANNEL, { requestId: expect.any(Number) });
    const [, request] = win.webContents.send.mock.calls.find(([channel]) => channel === FLUSH_REQUEST_CHANNEL) as [string, FlushRequest];
    expect(h.log).not.toContain('window close');
    // Quit while the flush is under way is held too, and asks nothing more.
    const quit = { preventDefault: vi.fn() };
    h.appListeners.get('before-quit')?.(quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    await h.handlers.get('app:flushed')?.(fromMainWindow(), request);
    await vi.waitFor(() => expect(h.log).toContain('window close'));
    const later = { preventDefault: vi.fn() };
    h.appListeners.get('before-quit')?.(later);
    expect(later.preventDefault).not.toHaveBeenCalled();
  });

  /** An automatic backup as the renderer writes it: begun, sent part by part, finished. */
  async function streamAutoBackup(call: (channel: string, request: unknown) => unknown, parts: string[], keep: number) {
    const begun = (await call('backup:writeBegin', { to: 'auto', keep })) as { value: { handle: string } };
    const { handle } = begun.value;
    for (const [index, text] of parts.entries()) await call('backup:writeChunk', { handle, index, bytes: utf8(text) });
    return call('backup:writeFinish', { handle, parts: parts.length });
  }

  it('automatic backups go to the data folder’s backups folder, the newest N kept, each readable for restore', async () => {
    await start();
    type Status = { value: { folder: string; files: Array<{ fileName: string }> } };
    const call = (channel: string, request: unknown) => h.handlers.get(channel)?.(fromMainWindow(), request);
    const written = (await streamAutoBackup(call, ['{"format"', ':"x"}'], 2)) as { value: { auto: Status['value'] } };
    expect(written.value.auto.folder).toBe(path.join(h.userData, 'backups'));
    expect(written.value.auto.files).toHaveLength(1);
    const listed = (await call('backup:autoStatus', {})) as Status;
    const read = (await call('backup:readAuto', { fileName: listed.value.files[0].fileName })) as { value: Uint8Array };
    expect(read.value).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(read.value)).toBe('{"format":"x"}');
  });

  it('a folder chosen in Settings takes the automatic backups, and is still chosen at the next start', async () => {
    await start();
    const chosen = path.join(h.userData, 'chosen backups');
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const call = (channel: string, request: unknown) => h.handlers.get(channel)?.(fromMainWindow(), request);
    expect(await call('backup:chooseFolder', {})).toEqual({ ok: true, value: { folder: chosen, setByPolicy: false, files: [] } });
    expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(
      mainWindow(),
      expect.objectContaining({ defaultPath: path.join(h.userData, 'backups') }),
    );
    await start();
    const written = (await streamAutoBackup(call, ['{}'], 2)) as { value: { auto: { folder: string } } };
    expect(written.value.auto.folder).toBe(chosen);
  });

  it('a backup folder set by the IT policy is not changed from Settings, and says why', async () => {
    const policy = resolvePolicy([{ source: 'user-registry', where: 'HKCU', values: { BackupFolder: path.join(h.userData, 'trust') } }]);
    await start({ policy });
    expect(await h.handlers.get('backup:chooseFolder')?.(fromMainWindow(), {})).toEqual({
      ok: false,
      error: { code: 'POLICY_LOCKED', message: expect.stringContaining('Your organisation has set the backup folder') },
    });
  });

  it('a second launch focuses the existing window; closing the last window quits', async () => {
    await start();
    h.appListeners.get('second-instance')?.();
    expect(mainWindow().restore).toHaveBeenCalled();
    expect(mainWindow().focus).toHaveBeenCalled();
    fire(mainWindow().listeners, 'ready-to-show');
    expect(mainWindow().show).toHaveBeenCalled();
    h.appListeners.get('window-all-closed')?.();
    if (process.platform !== 'darwin') expect(h.log).toContain('quit');
  });

  it('a second launch after the window closed opens nothing and does not fail', async () => {
    await start();
    fire(mainWindow().listeners, 'closed');
    expect(() => h.appListeners.get('second-instance')?.()).not.toThrow();
  });

  it('hardens every web contents it is told about, serves its own files, and opens Help links in the browser', async () => {
    await start();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    h.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const served = await (h.protocolHandler as (request: Request) => Promise<Response>)(new Request('app://planner/index.html'));
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('<div id="root"></div>');
    const help = (h.menuTemplate as MenuItem[]).at(-1)?.submenu ?? [];
    help[0].click?.();
    expect(h.log.filter((line) => line.startsWith('open in browser https://'))).toHaveLength(1);
  });

  it('uses the test profile folder in a development build when asked', async () => {
    process.env.TPP_USER_DATA_DIR = path.join(h.userData, 'profile');
    vi.mocked(electron.app.setPath).mockClear();
    try {
      await start();
    } finally {
      delete process.env.TPP_USER_DATA_DIR;
    }
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.join(h.userData, 'profile'));
  });

  const UPDATES_ON = resolvePolicy([
    {
      source: 'machine-registry',
      where: 'HKLM',
      values: { UpdatesEnabled: 1, UpdatesUrl: 'https://updates.example.nhs.uk/planner/', UpdatesPublisher: 'Royal Example NHS Trust' },
    },
  ]);

  /** Starts main as a packaged Windows app installed by NSIS (its uninstaller beside the executable) or by MSI (none). */
  async function startOnWindows(installer: 'nsis' | 'msi', policy?: EffectivePolicy) {
    const installDir = path.join(h.userData, 'Programs', 'Trust Procurement Planner');
    mkdirSync(installDir, { recursive: true });
    if (installer === 'nsis') writeFileSync(path.join(installDir, 'Uninstall Trust Procurement Planner.exe'), '');
    const saved = { platform: Object.getOwnPropertyDescriptor(process, 'platform'), execPath: process.execPath };
    Object.defineProperty(process, 'platform', { value: 'win32' });
    process.execPath = path.join(installDir, 'Trust Procurement Planner.exe');
    try {
      await start({ packaged: true, policy });
    } finally {
      if (saved.platform) Object.defineProperty(process, 'platform', saved.platform);
      process.execPath = saved.execPath;
    }
  }

  it("with the policy's updates on, in a packaged NSIS installation on Windows, configures the updater and requests nothing yet", async () => {
    await startOnWindows('nsis', UPDATES_ON);
    expect(h.log).toContain('new NsisUpdater');
    expect(JSON.parse(readFileSync(path.join(h.userData, 'app-update.yml'), 'utf8'))).toMatchObject({
      provider: 'generic',
      url: 'https://updates.example.nhs.uk/planner/',
      publisherName: ['Royal Example NHS Trust'],
    });
    const answer = (await h.handlers.get('policy:get')?.(fromMainWindow(), {})) as { value: { updates: { on: boolean } } };
    expect(answer.value.updates.on).toBe(true);
    expect(logText()).toContain('Updates: on, from https://updates.example.nhs.uk/planner/');
  });

  it.each([
    ['with no policy (the default), even where updates could run', 'nsis' as const, undefined],
    ["on an MSI installation, even with the policy's updates on", 'msi' as const, UPDATES_ON],
  ])('makes no updater and writes no update configuration %s', async (_label, installer, policy) => {
    await startOnWindows(installer, policy);
    expect(h.windows).toHaveLength(1);
    expect(h.log).not.toContain('new NsisUpdater');
    expect(existsSync(path.join(h.userData, 'app-update.yml'))).toBe(false);
    const answer = (await h.handlers.get('policy:get')?.(fromMainWindow(), {})) as { value: { updates: { on: boolean; reason: string } } };
    expect(answer.value.updates).toEqual({ on: false, reason: expect.stringMatching(/^Updates are off/) });
    expect(logText()).toContain(answer.value.updates.reason);
  });

  it('macOS activate with no windows opens a new one', async () => {
    await start();
    fire(mainWindow().listeners, 'closed');
    h.windows.length = 0;
    h.appListeners.get('activate')?.();
    expect(h.windows).toHaveLength(1);
  });

  it('macOS activate after the window closed opens a new one even while a hidden print window is still there', async () => {
    await start();
    fire(mainWindow().listeners, 'closed');
    // The closed window stands in for a hidden print window not yet closed: it is not the app's window.
    h.appListeners.get('activate')?.();
    expect(h.windows).toHaveLength(2);
    h.appListeners.get('activate')?.();
    expect(h.windows).toHaveLength(2);
  });

  it('logs processes that end badly, and main-process promise rejections', async () => {
    await start();
    h.appListeners.get('child-process-gone')?.({}, { type: 'GPU', reason: 'crashed', exitCode: 5 });
    h.appListeners.get('child-process-gone')?.({}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 });
    process.emit('unhandledRejection', new Error('lost'), Promise.resolve());
    expect(logText()).toContain('A GPU process ended (crashed, exit code 5)');
    expect(logText()).not.toContain('Utility');
    expect(logText()).toContain('Unhandled promise rejection in the main process: Error: lost');
  });

  it('says so and exits when start-up fails', async () => {
    await start({ ready: () => Promise.reject(new Error('GPU process unavailable')) });
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Trust Procurement Planner could not start', 'GPU process unavailable');
    expect(h.log).toContain('exit 1');
    expect(existsSync(path.join(h.userData, 'logs', 'main.log'))).toBe(true);
  });

  it('a packaged build started with --remote-debugging-port refuses to start, saying why', async () => {
    await start({ packaged: true, switches: ['remote-debugging-port', 'lang'] });
    expect(h.log).toContain('removeSwitch remote-debugging-port');
    expect(h.log).toContain('exit 1');
    expect(h.log).not.toContain('whenReady');
    expect(h.windows).toHaveLength(0);
    expect(h.handlers.size).toBe(0);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Trust Procurement Planner did not start',
      expect.stringContaining('--remote-debugging-port'),
    );
    expect(logText()).toContain('Refused to start with --remote-debugging-port');
  });

  it('a development build accepts the same switches (the Electron e2e suite needs them)', async () => {
    await start({ packaged: false, switches: ['remote-debugging-port'] });
    expect(h.log).toContain('whenReady');
    expect(h.windows).toHaveLength(1);
  });

  it("moves the data to the organisation's data folder before anything opens it", async () => {
    const dataFolder = path.join(h.userData, 'planner-data');
    const policy = resolvePolicy([{ source: 'machine-registry', where: 'HKLM', values: { DataFolder: dataFolder } }]);
    vi.mocked(electron.app.setPath).mockClear();
    await start({ packaged: true, policy });
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dataFolder);
    expect(existsSync(dataFolder)).toBe(true);
  });

  it('starts anyway when the data folder cannot be made, and says so once the window shows', async () => {
    const blocked = path.join(h.userData, 'a-file');
    writeFileSync(blocked, '');
    const policy = resolvePolicy([
      { source: 'machine-file', where: 'policy.json', values: { DataFolder: path.join(blocked, 'data'), Colour: 'blue' } },
    ]);
    vi.mocked(electron.app.setPath).mockClear();
    await start({ packaged: true, policy });
    expect(electron.app.setPath).not.toHaveBeenCalledWith('userData', expect.anything());
    expect(h.windows).toHaveLength(1);
    fire(mainWindow().listeners, 'ready-to-show');
    await vi.waitFor(() =>
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
        mainWindow(),
        expect.objectContaining({
          title: "Your organisation's settings for the planner",
          detail: expect.stringMatching(
            /"Colour" is not a setting the planner knows[\s\S]*"DataFolder" .* could not be created or used \(E/,
          ),
        }),
      ),
    );
    expect(logText()).toContain('Policy: "Colour" is not a setting the planner knows');
  });

  it('tells the renderer the policy and that updates are off, and starts backups in its folder', async () => {
    const backups = path.join(h.userData, 'backups');
    const policy = resolvePolicy([
      { source: 'user-registry', where: 'HKCU', values: { BackupFolder: backups, SampleDisabled: 1, 'Defaults.DiscountRate': '0.04' } },
    ]);
    await start({ policy });
    const answer = await h.handlers.get('policy:get')?.(fromMainWindow(), {});
    expect(answer).toEqual({ ok: true, value: { ...policy, updates: { on: false, reason: expect.stringMatching(/^Updates are off/) } } });
    await h.handlers.get('file:save')?.(fromMainWindow(), { purpose: 'backup', suggestedName: 'b.json', content: '{}' });
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(
      mainWindow(),
      expect.objectContaining({ defaultPath: path.join(backups, 'b.json') }),
    );
    await h.handlers.get('file:open')?.(fromMainWindow(), { purpose: 'backup' });
    expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(mainWindow(), expect.objectContaining({ defaultPath: backups }));
    await h.handlers.get('file:open')?.(fromMainWindow(), { purpose: 'register' });
    expect((vi.mocked(electron.dialog.showOpenDialog).mock.lastCall as unknown[])[1]).not.toHaveProperty('defaultPath');
  });

  it('a second instance quits without opening a window', async () => {
    await start({ gotLock: false });
    expect(h.log).toContain('quit');
    expect(h.windows).toHaveLength(0);
    expect(h.handlers.size).toBe(0);
  });
});
