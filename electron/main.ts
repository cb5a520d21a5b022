import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { NsisUpdater } from 'electron-updater';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { APP_ORIGIN, FLUSH_REQUEST_CHANNEL, type FlushRequest, type MenuCommand } from '@shared/ipc';
import { claimWindowsIdentity } from './app-identity';
import { createBackupFolderSetting } from './backup-folder';
import { refusedStartMessage, refusedSwitches } from './command-line';
import { nodeAtomicWriteFs, writeFileAtomic, writeFileAtomicSync } from './atomic-write';
import { openExternalLink } from './external-links';
import { nodeBackupFiles } from './ipc/auto-backup';
import { registerHandlers } from './ipc/handle';
import { createHandlers } from './ipc/handlers';
import { prepareWhenAppraisalOpens, printWindowKeeper } from './ipc/report-window';
import type { FileDialogs } from './ipc/files';
import { createFlushCoordinator, guardCloseUntilFlushed } from './flush';
import { createLogger } from './logger';
import { buildMenuTemplate, sendMenuCommand } from './menu';
import { applyDataFolder, policyFolderFor, policyWarningsBox } from './policy/apply';
import { loadPolicy } from './policy/read';
import { recoverMainWindow } from './recovery';
import { decideUpdates, installKind, startUpdates } from './updates';
import { createAppRequestHandler, installAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { mainWindowOptions, reportWindowOptions } from './window';
import { clampToDisplays, parseWindowState, serializeWindowState, WINDOW_STATE_FILE } from './window-state';

// DevTools only in an unpackaged build, and only when asked for.
const devTools = !app.isPackaged && process.env.TPP_DEVTOOLS === '1';
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// All must happen before `ready`.
claimWindowsIdentity(app, process.platform);
registerAppScheme(protocol);
app.enableSandbox();
// The organisation's policy (docs/it-deployment.md), read before anything depends on where data lives.
const policy = loadPolicy({
  platform: process.platform,
  env: process.env,
  readFile: readTextIfExists,
  runReg: (args) => spawnSync('reg.exe', args, { encoding: 'utf8', timeout: 10_000, windowsHide: true }),
});
// Tests run against a throwaway profile; a packaged build always uses the real one, or the policy's.
if (!app.isPackaged && process.env.TPP_USER_DATA_DIR) app.setPath('userData', process.env.TPP_USER_DATA_DIR);
else {
  const problem = applyDataFolder(policy, {
    mkdir: (dir) => fs.mkdirSync(dir, { recursive: true }),
    setUserData: (dir) => app.setPath('userData', dir),
  });
  if (problem) policy.warnings.push(problem);
}
const updates = decideUpdates(policy, {
  platform: process.platform,
  isPackaged: app.isPackaged,
  kind: installKind(process.execPath, app.getName(), fs.existsSync),
});

// The log lives in the user-data folder (Help > Open logs folder), so IT can ask for one file.
const logger = createLogger({
  dir: path.join(app.getPath('userData'), 'logs'),
  fs,
  home: os.homedir(),
  userName: safeUserName(),
  fallback: (line) => console.error(line),
});
const log = logger.log;
app.setAppLogsPath(logger.dir);
logger.info(`Started ${app.getName()} ${app.getVersion()} (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`);
for (const warning of policy.warnings) log(`Policy: ${warning.message}`);
process.on('unhandledRejection', (reason) => log('Unhandled promise rejection in the main process', reason));
app.on('child-process-gone', (_event, details) => {
  if (details.reason !== 'clean-exit') log(`A ${details.type} process ended (${details.reason}, exit code ${details.exitCode})`);
});

function readTextIfExists(filePath: string): string | null {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function safeUserName(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    return undefined;
  }
}

function openLogsFolder(): void {
  fs.mkdirSync(logger.dir, { recursive: true });
  shell.openPath(logger.dir).then(
    (failure) => failure && log(`Could not open the logs folder: ${failure}`),
    (error: unknown) => log('Could not open the logs folder', error),
  );
}

let mainWindow: BrowserWindow | null = null;

// Close and Quit wait (briefly) for the page to write edits still in its debounce.
const flusher = createFlushCoordinator({
  send: (requestId) => {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    mainWindow.webContents.send(FLUSH_REQUEST_CHANNEL, { requestId } satisfies FlushRequest);
    return true;
  },
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  log,
});
// The hidden print windows: one is parked once an appraisal is open, so even the first PDF export
// only changes its hash (electron/ipc/report-window.ts).
const createReportWindow = () => new BrowserWindow(reportWindowOptions());
const printWindows = printWindowKeeper({ createReportWindow, log });
let beforeQuit: ((event: { preventDefault(): void }) => void) | null = null;

function windowStatePath(): string {
  return path.join(app.getPath('userData'), WINDOW_STATE_FILE);
}

/** A small file main keeps in the data folder; null when it is not there (or cannot be read, which is logged). */
function readSmallFile(filePath: string, what: string): string | null {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`Could not read ${what}`, error);
    return null;
  }
}

function readWindowState(): string | null {
  return readSmallFile(windowStatePath(), 'the saved window position');
}

function createMainWindow(): BrowserWindow {
  const state = clampToDisplays(
    parseWindowState(readWindowState()),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow(mainWindowOptions({ state, preloadPath, devTools, title: app.getName() }));
  if (state.isMaximized) win.maximize();
  win.once('ready-to-show', () => {
    win.show();
    if (policy.warnings.length > 0) {
      dialog.showMessageBox(win, policyWarningsBox(policy.warnings)).catch((error: unknown) => log('The policy warning box failed', error));
    }
  });
  win.on('close', () => {
    try {
      fs.mkdirSync(path.dirname(windowStatePath()), { recursive: true });
      writeFileAtomicSync(windowStatePath(), serializeWindowState(win.getNormalBounds(), win.isMaximized()), fs);
    } catch (error) {
      log('Could not save the window position', error);
    }
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  beforeQuit = guardCloseUntilFlushed(win, flusher, () => app.quit());
  prepareWhenAppraisalOpens(win.webContents, printWindows, { setTimeout: (run, ms) => setTimeout(run, ms) });
  recoverMainWindow(win, {
    log,
    logFile: logger.file,
    showMessageBox: (_win, options) => dialog.showMessageBox(win, options),
    openLogsFolder,
    quit: () => app.quit(),
    now: () => Date.now(),
  });
  // A failed load is also reported by did-fail-load, which recovery handles.
  win.loadURL(`${APP_ORIGIN}/index.html`).catch((error: unknown) => log('The app page failed to load', error));
  if (devTools) win.webContents.openDevTools({ mode: 'detach' });
  return win;
}

/** Menu commands go to the main window, never to the hidden print window even if it has focus. */
function sendToMainWindow(command: MenuCommand): void {
  sendMenuCommand(mainWindow, command);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: app.getName(),
    detail: `Version ${app.getVersion()}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}`,
    buttons: ['OK'],
  };
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => log('The About dialog failed', error));
}

const dialogs: FileDialogs = {
  showOpenDialog: (owner, options) => {
    const win = BrowserWindow.fromWebContents(owner);
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  },
  showSaveDialog: (owner, options) => {
    const win = BrowserWindow.fromWebContents(owner);
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  },
};

function registerIpc(): void {
  const backupFolder = createBackupFolderSetting({
    policyFolder: () => policyFolderFor(policy, 'backup'),
    dataFolder: app.getPath('userData'),
    readSaved: (filePath) => readSmallFile(filePath, 'the chosen backup folder'),
    writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
  });
  const handlers = createHandlers({
    ...dialogs,
    policy: { ...policy, updates },
    folderFor: (purpose) => policyFolderFor(policy, purpose),
    appInfo: {
      getName: () => app.getName(),
      getVersion: () => app.getVersion(),
      platform: process.platform,
      electronVersion: process.versions.electron,
    },
    stat: (filePath) => fsp.stat(filePath),
    readFile: (filePath) => fsp.readFile(filePath),
    writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
    defaultDirectory: () => app.getPath('documents'),
    createReportWindow,
    printWindows,
    showMessageBox: (owner, options) => {
      const win = BrowserWindow.fromWebContents(owner);
      return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
    },
    openPath: (filePath) => shell.openPath(filePath),
    showItemInFolder: (filePath) => shell.showItemInFolder(filePath),
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    log,
    flushed: (requestId) => flusher.flushed(requestId),
    backupFiles: nodeAtomicWriteFs,
    onBackupPart: () => flusher.stillWorking(),
    autoBackup: { ...backupFolder, showOpenDialog: dialogs.showOpenDialog, ...nodeBackupFiles, now: () => new Date() },
  });
  // Only the main window's page may call: the report window has no preload, and nothing else is the app's.
  registerHandlers(ipcMain, handlers, { log, isAppWindow: (contents) => mainWindow !== null && contents === mainWindow.webContents });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// A packaged build refuses switches that would let another program drive it (see command-line.ts).
const refused = app.isPackaged ? refusedSwitches(app.commandLine) : [];
if (refused.length > 0) {
  for (const name of refused) app.commandLine.removeSwitch(name);
  log(`Refused to start with ${refused.map((name) => `--${name}`).join(', ')}`);
  const { title, content } = refusedStartMessage(refused);
  dialog.showErrorBox(title, content);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // Another copy is running; it focuses its window when it hears about us.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  // Every web contents, including the hidden PDF window, stays on the app origin.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));

  app.on('before-quit', (event) => beforeQuit?.(event));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, { devTools }, log);
      installAppProtocol(protocol, createAppRequestHandler(rendererRoot, { readFile: (filePath) => fsp.readFile(filePath) }, log));
      registerIpc();
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            appName: app.getName(),
            devTools,
            send: sendToMainWindow,
            showAbout,
            openLink: (key) => {
              openExternalLink(key, shell).catch((error: unknown) => log('Could not open a link', error));
            },
            openLogsFolder,
          }),
        ),
      );
      mainWindow = createMainWindow();
      startUpdates(updates, policy, {
        createUpdater: () => new NsisUpdater(),
        writeFile: (filePath, text) => fs.writeFileSync(filePath, text),
        configDir: app.getPath('userData'),
        log,
        setTimeout: (run, ms) => setTimeout(run, ms),
        setInterval: (run, ms) => setInterval(run, ms),
      });
      // The Dock icon reopens the app's window: a hidden print window still closing is not one.
      app.on('activate', () => {
        if (mainWindow === null) mainWindow = createMainWindow();
      });
    })
    .catch((error: unknown) => {
      log('The planner could not start', error);
      dialog.showErrorBox('Trust Procurement Planner could not start', String(error instanceof Error ? error.message : error));
      app.exit(1);
    });
}
