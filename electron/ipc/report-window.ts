import type { PrintToPDFOptions } from 'electron';
import { APP_ORIGIN } from '@shared/ipc';
import { AppError } from '@shared/result';
import { describeFailure, onWindowFailure, type WatchedWindow } from '../recovery';

/**
 * The hidden print window, kept loaded between exports (issue 16: the PDF from the Export command to
 * the file in under 2 s). A fresh window starts the whole app (scripts, database, first screen) before
 * it can even read the appraisal: about 1.2 s of every export. After an export the window is parked
 * instead of closed: it loads a fresh copy of the app at the empty print route (`#/report/`), which
 * renders no paper and reads no appraisal (the app's own start still opens the database and paints its
 * first screen, hidden, writing nothing). The next export only changes the address's hash, so the route
 * mounts in the already started app and reads the records then: the paper shows the data as it is at
 * the moment of Export, and nothing from an earlier export survives the fresh load between the two.
 * A window that failed, timed out or stopped an export part-way is closed, never reused; the parked
 * window is closed with the window it prints for, as is one still being parked or printing: at once, not
 * when its load or export would end.
 *
 * The first export need not start a window either: once the main window opens an appraisal, a print
 * window is parked the same way a few seconds later (`prepareWhenAppraisalOpens`), so the first
 * export also only changes the hash. It holds one hidden renderer from then on, as every export
 * after the first already did; it reads no appraisal until an export asks for the paper.
 */

/** The slice of a hidden BrowserWindow the export drives, and watches for a crash, failed load or hang. */
export interface ReportWindow extends WatchedWindow {
  loadURL(url: string): Promise<void>;
  webContents: WatchedWindow['webContents'] & {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

/** The window asking for the export (the app's main window): the parked print window goes with it. */
export interface ReportOwner {
  once(event: 'destroyed', listener: () => void): unknown;
  isDestroyed(): boolean;
}

/** The address of the app's own page: the print window loads this document once, then changes only the hash. */
export const APP_DOCUMENT_URL = `${APP_ORIGIN}/index.html`;
/** The empty print route a parked window waits on (renderer/report/ReportRoute.tsx draws nothing there). */
export const PARKED_HASH = '#/report/';
/** How long parking (loading a fresh app at the empty route) may take before the window is closed instead. */
export const PARK_TIMEOUT_MS = 30_000;

function windowFailed(why: string): AppError {
  return new AppError(
    'INTERNAL',
    `The window that prepares the report stopped working (${why}), so no PDF was saved. Try again; if it keeps happening, restart the planner.`,
  );
}

/** A print window with its failure, watched once for its whole life (it may serve several exports). */
export interface PrintWindow {
  readonly win: ReportWindow;
  /** The document loaded in the window; an export navigates within it by its hash. */
  documentUrl: string;
  /** Set once the window crashed, failed to load or hung (or was ended): it is never used again. */
  readonly failure: () => AppError | null;
  /** Calls `listener` if the window fails; returns the unsubscribe. */
  watch(listener: (error: AppError) => void): () => boolean;
  /** Destroys the window, and whatever waits on it (an export, a park) fails at once rather than at its deadline. */
  end(why: string): void;
}

function watchWindow(win: ReportWindow, log: (message: string) => void): PrintWindow {
  let failure: AppError | null = null;
  const listeners = new Set<(error: AppError) => void>();
  const fail = (why: string) => {
    failure ??= windowFailed(why);
    for (const listener of listeners) listener(failure);
  };
  onWindowFailure(win, (what) => {
    log(`report:exportPdf: print window: ${describeFailure(what)}`);
    fail(describeFailure(what));
  });
  return {
    win,
    documentUrl: APP_DOCUMENT_URL,
    failure: () => failure,
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    end(why) {
      if (!win.isDestroyed()) win.destroy();
      fail(why);
    },
  };
}

export interface PrintWindowKeeperDeps {
  /** A hidden, sandboxed window without a preload, in the app's session. */
  createReportWindow(): ReportWindow;
  log(message: string, error?: unknown): void;
}

export interface PrintWindowKeeper {
  /** The parked window if there is a usable one, otherwise a new one; either is closed at once if `owner` goes. */
  take(owner: ReportOwner): PrintWindow;
  /**
   * After an export: `reuse` parks the window for the next export (in the background; the export does
   * not wait), `close` closes it (it failed, or stopped part-way and its state is unknown).
   */
  release(window: PrintWindow, outcome: 'reuse' | 'close', owner: ReportOwner): void;
  /**
   * Ahead of an export: starts a new window and parks it for `owner`, unless one is parked or being
   * parked already (or `owner` has gone). An export that comes before it is parked starts its own.
   */
  prepare(owner: ReportOwner): void;
}

export function printWindowKeeper(deps: PrintWindowKeeperDeps, parkTimeoutMs = PARK_TIMEOUT_MS): PrintWindowKeeper {
  let parked: PrintWindow | null = null;
  // Each park loads a new document address (`?print-window=n`), so the load is a fresh start of the
  // app, never a hash change within the page an export has used.
  let parks = 0;
  // Parks under way (after an export, or prepared ahead of one): prepare() adds none beside them.
  let parking = 0;
  // Every window not yet closed (parked, being parked, or printing) and the app window it serves: when
  // that window goes, they all go at once, so no hidden window keeps the app running (on Windows and
  // Linux it quits only once no window is left) while a load or an export runs out its deadline.
  const owners = new Map<PrintWindow, ReportOwner>();
  // Each app window is listened to once, however many windows it parks.
  const hooked = new WeakSet<ReportOwner>();
  const close = (window: PrintWindow) => {
    if (parked === window) parked = null;
    owners.delete(window);
    if (!window.win.isDestroyed()) window.win.destroy();
  };
  const usable = (window: PrintWindow) => window.failure() === null && !window.win.isDestroyed();
  const serve = (window: PrintWindow, owner: ReportOwner) => {
    owners.set(window, owner);
    if (hooked.has(owner)) return;
    hooked.add(owner);
    owner.once('destroyed', () => {
      for (const [each, of] of owners) {
        if (of !== owner) continue;
        each.end("the planner's window was closed");
        close(each);
      }
    });
  };

  const park = async (window: PrintWindow, owner: ReportOwner) => {
    serve(window, owner);
    parks += 1;
    parking += 1;
    const documentUrl = `${APP_DOCUMENT_URL}?print-window=${parks}`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`parking took longer than ${parkTimeoutMs} ms`)), parkTimeoutMs);
    });
    let stopWatching = () => false;
    const failed = new Promise<never>((_, reject) => {
      stopWatching = window.watch(reject);
    });
    try {
      await Promise.race([window.win.loadURL(`${documentUrl}${PARKED_HASH}`), expired, failed]);
    } finally {
      clearTimeout(timer);
      stopWatching();
      parking -= 1;
    }
    // Another export parked its window meanwhile, or the app's window has gone: one is enough, none is needed.
    if (!usable(window) || owner.isDestroyed() || parked !== null) {
      close(window);
      return;
    }
    window.documentUrl = documentUrl;
    parked = window;
  };

  const parkOrClose = (window: PrintWindow, owner: ReportOwner, why: string) => {
    park(window, owner).catch((error: unknown) => {
      // Ended because the app's window closed: the planner is closing, which is no failure to log.
      if (!owner.isDestroyed()) deps.log(`report:exportPdf: ${why}`, error);
      close(window);
    });
  };

  return {
    take(owner) {
      const window = parked;
      parked = null;
      if (window && usable(window)) {
        serve(window, owner);
        return window;
      }
      if (window) close(window);
      const fresh = watchWindow(deps.createReportWindow(), deps.log);
      serve(fresh, owner);
      return fresh;
    },
    release(window, outcome, owner) {
      if (outcome === 'close' || !usable(window) || owner.isDestroyed()) {
        close(window);
        return;
      }
      parkOrClose(window, owner, 'the print window could not be kept for the next export; it was closed');
    },
    prepare(owner) {
      if (parked !== null || parking > 0 || owner.isDestroyed()) return;
      parkOrClose(
        watchWindow(deps.createReportWindow(), deps.log),
        owner,
        'a print window could not be made ready ahead of an export; it was closed',
      );
    },
  };
}

/** How long after an appraisal is opened the print window is made ready: the screen's own work comes first. */
export const PREPARE_DELAY_MS = 3_000;
/** An open appraisal in the main window's address (`#/appraisals/<id>`, any tab). */
const APPRAISAL_ROUTE = /#\/appraisals\/[^/?#]+/;

/** The main window's contents, as `prepareWhenAppraisalOpens` watches them. */
export interface NavigatingContents extends ReportOwner {
  on(event: 'did-navigate' | 'did-navigate-in-page', listener: (event: unknown, url: string) => void): unknown;
}

/**
 * Parks a print window (`keeper.prepare`) `delayMs` after the main window first shows an appraisal,
 * and again after each later opening if none is parked by then (one that failed was closed), so the
 * first Export decision report skips the print window's start-up (about 1.2 s) as later ones do.
 * Nothing is started for a user who never opens an appraisal.
 */
export function prepareWhenAppraisalOpens(
  contents: NavigatingContents,
  keeper: Pick<PrintWindowKeeper, 'prepare'>,
  timers: { setTimeout(run: () => void, ms: number): unknown },
  delayMs = PREPARE_DELAY_MS,
): void {
  let waiting = false;
  const opened = (_event: unknown, url: string) => {
    if (waiting || !APPRAISAL_ROUTE.test(url)) return;
    waiting = true;
    timers.setTimeout(() => {
      waiting = false;
      keeper.prepare(contents);
    }, delayMs);
  };
  contents.on('did-navigate-in-page', opened);
  contents.on('did-navigate', opened);
}
