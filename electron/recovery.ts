import type { MessageBoxOptions } from 'electron';
import { assertNever } from '@shared/result';
import type { LogFn } from './logger';

/**
 * What happens when a window's page dies, fails to load or hangs. The main window reloads once;
 * if it fails again soon after, an error box names the log file and offers Reload, the logs folder
 * or Quit. Nothing is ever written half-way by this: IndexedDB commits each change whole in one
 * transaction and files are written atomically, so a reload loses at most the change in progress.
 * The hidden report window is not reloaded: its export fails at once with a message (report.ts).
 */

/** The slice of a BrowserWindow watched here (events as Electron emits them). */
export interface WatchedWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  isDestroyed(): boolean;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
    on(
      event: 'did-fail-load',
      listener: (event: unknown, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean) => void,
    ): unknown;
  };
}

export type WindowFailure =
  | { kind: 'gone'; reason: string; exitCode: number }
  | { kind: 'load-failed'; code: number; description: string; url: string }
  | { kind: 'unresponsive' };

/** Chromium's ERR_ABORTED: a load the app itself cancelled (a blocked navigation), not a failure. */
const ERR_ABORTED = -3;

/** A failure in words for the log: codes and app:// paths only, never page content. */
export function describeFailure(failure: WindowFailure): string {
  switch (failure.kind) {
    case 'gone':
      return `the page's process ended (${failure.reason}, exit code ${failure.exitCode})`;
    case 'load-failed':
      return `the page failed to load (${failure.code} ${failure.description}) at ${failure.url.replace(/[?#].*$/, '')}`;
    case 'unresponsive':
      return 'the page stopped responding';
    default:
      return assertNever(failure, 'window failure');
  }
}

/** Calls `listener` for each real failure: not a clean exit, not a cancelled load, not a subframe. */
export function onWindowFailure(win: WatchedWindow, listener: (failure: WindowFailure) => void): void {
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') listener({ kind: 'gone', reason: details.reason, exitCode: details.exitCode });
  });
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame && code !== ERR_ABORTED) listener({ kind: 'load-failed', code, description, url });
  });
  win.on('unresponsive', () => listener({ kind: 'unresponsive' }));
}

export interface MainWindowRecoveryDeps {
  log: LogFn;
  logFile: string;
  showMessageBox(win: WatchedWindow, options: MessageBoxOptions): Promise<{ response: number }>;
  openLogsFolder(): void;
  quit(): void;
  now(): number;
}

/** A failure this long after the last reload is reloaded again rather than reported. */
export const RELOAD_AGAIN_AFTER_MS = 5 * 60_000;
/** How long a hung page may take to come back before it is restarted. */
export const UNRESPONSIVE_GRACE_MS = 10_000;

const REPORT_BUTTONS = { reload: 0, logs: 1, quit: 2 } as const;

function stoppedWorkingBox(logFile: string): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Trust Procurement Planner stopped working',
    message: "The planner's window stopped working, and reloading it did not help.",
    detail:
      'Nothing was saved half-way: every change is saved whole or not at all, so your data is as it was after your last completed change.\n\n' +
      `What happened is recorded in the log file:\n${logFile}\n\n` +
      'Choose Reload to try again. If this keeps happening, send that file to your IT team.',
    buttons: ['Reload', 'Open logs folder', 'Quit'],
    defaultId: REPORT_BUTTONS.reload,
    cancelId: REPORT_BUTTONS.quit,
    noLink: true,
  };
}

/** Watches the main window: reload once, then the error box. */
export function recoverMainWindow(
  win: WatchedWindow & { webContents: { reload(): void; forcefullyCrashRenderer(): void } },
  deps: MainWindowRecoveryDeps,
): void {
  let lastReload = Number.NEGATIVE_INFINITY;
  let boxOpen = false;
  let hung: ReturnType<typeof setTimeout> | undefined;

  const reload = () => {
    lastReload = deps.now();
    win.webContents.reload();
  };

  const report = async (): Promise<void> => {
    boxOpen = true;
    try {
      for (;;) {
        const { response } = await deps.showMessageBox(win, stoppedWorkingBox(deps.logFile));
        if (response === REPORT_BUTTONS.logs) {
          deps.openLogsFolder();
          continue;
        }
        if (win.isDestroyed()) return;
        if (response === REPORT_BUTTONS.reload) reload();
        else deps.quit();
        return;
      }
    } finally {
      boxOpen = false;
    }
  };

  onWindowFailure(win, (failure) => {
    deps.log(`Main window: ${describeFailure(failure)}`);
    if (win.isDestroyed()) return;
    if (failure.kind === 'unresponsive') {
      // Often a long task that finishes: wait, then restart the page only if it is still hung.
      clearTimeout(hung);
      hung = setTimeout(() => {
        deps.log(`Main window: still not responding after ${UNRESPONSIVE_GRACE_MS / 1000} s; restarting its page`);
        // Ends the page's process; its 'render-process-gone' then reloads or reports.
        if (!win.isDestroyed()) win.webContents.forcefullyCrashRenderer();
      }, UNRESPONSIVE_GRACE_MS);
      return;
    }
    clearTimeout(hung);
    hung = undefined;
    if (deps.now() - lastReload > RELOAD_AGAIN_AFTER_MS) {
      deps.log('Main window: reloading it');
      reload();
    } else if (!boxOpen) {
      deps.log('Main window: failed again soon after a reload; asking the user');
      report().catch((error: unknown) => deps.log('Main window: the error box failed', error));
    }
  });
  win.on('responsive', () => {
    if (hung === undefined) return;
    clearTimeout(hung);
    hung = undefined;
    deps.log('Main window: responding again');
  });
}
