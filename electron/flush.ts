/**
 * Before the main window closes (or the app quits), the renderer writes any edit still waiting in
 * its debounce (renderer/data/pending-edits.ts): main asks on FLUSH_REQUEST_CHANNEL and waits for
 * the answer on the `app:flushed` channel, but never longer than a time limit, so a hung renderer
 * cannot stop the user closing the app.
 */

/** How long main waits for the renderer (its flush, then the backup on quit) before closing anyway. */
export const FLUSH_TIMEOUT_MS = 5_000;

/**
 * While the page shows it is still working (a part of the backup on quit has arrived), the wait
 * starts again, up to this long in all: a large register's backup takes longer than FLUSH_TIMEOUT_MS
 * but is never cut off while it is moving, and a page that stops still closes within 5 s.
 */
export const FLUSH_LIMIT_WHILE_WORKING_MS = 120_000;

export interface FlushDeps {
  /** Sends the flush request to the main window's renderer; false when there is no window to ask. */
  send(requestId: number): boolean;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  log(message: string): void;
  timeoutMs?: number;
  limitMs?: number;
  /** Milliseconds (Date.now unless a test gives its own). */
  now?: () => number;
}

export type FlushOutcome = 'flushed' | 'timed-out' | 'no-window';

export interface FlushCoordinator {
  /** Asks the renderer to flush and resolves when it has, or when the time limit passes. */
  requestFlush(): Promise<FlushOutcome>;
  /** The renderer's answer (the `app:flushed` handler calls this). */
  flushed(requestId: number): void;
  /** The page is still working on the flush (a backup part arrived): each wait starts again, within its limit. */
  stillWorking(): void;
}

export function createFlushCoordinator(deps: FlushDeps): FlushCoordinator {
  const timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS;
  const limitMs = deps.limitMs ?? FLUSH_LIMIT_WHILE_WORKING_MS;
  const now = deps.now ?? Date.now;
  let nextId = 1;
  const waiting = new Map<number, { finish: (outcome: FlushOutcome) => void; timer: unknown; began: number; arm: () => void }>();
  return {
    requestFlush() {
      const requestId = nextId++;
      return new Promise<FlushOutcome>((resolve) => {
        const began = now();
        const entry = {
          began,
          timer: undefined as unknown,
          finish: (outcome: FlushOutcome) => {
            if (entry.timer !== undefined) deps.clearTimeout(entry.timer);
            waiting.delete(requestId);
            resolve(outcome);
          },
          arm: () => {
            if (entry.timer !== undefined) deps.clearTimeout(entry.timer);
            entry.timer = deps.setTimeout(
              () => {
                deps.log(`The window did not confirm saving pending edits within ${timeoutMs} ms; closing anyway.`);
                entry.finish('timed-out');
              },
              Math.max(0, Math.min(timeoutMs, began + limitMs - now())),
            );
          },
        };
        waiting.set(requestId, entry);
        entry.arm();
        if (!deps.send(requestId)) entry.finish('no-window');
      });
    },
    flushed(requestId) {
      waiting.get(requestId)?.finish('flushed');
    },
    stillWorking() {
      for (const entry of waiting.values()) entry.arm();
    },
  };
}

/** The slice of a BrowserWindow / app the close guard uses, so tests pass stand-ins. */
export interface Closable {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
}

/**
 * Holds a window's close until the renderer has flushed, once: the first close is prevented, the
 * flush runs (or times out), then the window closes for real. Returns a function for `before-quit`
 * that does the same for Quit (the quit is retried once the flush is done).
 */
export function guardCloseUntilFlushed(win: Closable, coordinator: FlushCoordinator, retryQuit: () => void) {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  // What to do once flushed: close, quit, or both when Quit came while a close was waiting.
  const then = new Set<() => void>();
  const flushThen = (next: () => void) => {
    then.add(next);
    if (state === 'flushing') return;
    state = 'flushing';
    void coordinator.requestFlush().then(() => {
      state = 'flushed';
      for (const run of then) run();
      then.clear();
    });
  };
  const closeWindow = () => win.close();
  win.on('close', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    flushThen(closeWindow);
  });
  return (event: { preventDefault(): void }) => {
    if (state === 'flushed') return;
    event.preventDefault();
    flushThen(retryQuit);
  };
}
