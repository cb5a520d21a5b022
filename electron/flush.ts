/**
 * Before the main window closes (or the app quits), the renderer writes any edit still waiting in
 * its debounce (renderer/data/pending-edits.ts): main asks on FLUSH_REQUEST_CHANNEL and waits for
 * the answer on the `app:flushed` channel, but never longer than a time limit, so a hung renderer
 * cannot stop the user closing the app.
 */

/** How long main waits for the renderer (its flush, then the backup on quit) before closing anyway. */
export const FLUSH_TIMEOUT_MS = 5_000;

export interface FlushDeps {
  /** Sends the flush request to the main window's renderer; false when there is no window to ask. */
  send(requestId: number): boolean;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  log(message: string): void;
  timeoutMs?: number;
}

export type FlushOutcome = 'flushed' | 'timed-out' | 'no-window';

export interface FlushCoordinator {
  /** Asks the renderer to flush and resolves when it has, or when the time limit passes. */
  requestFlush(): Promise<FlushOutcome>;
  /** The renderer's answer (the `app:flushed` handler calls this). */
  flushed(requestId: number): void;
}

export function createFlushCoordinator(deps: FlushDeps): FlushCoordinator {
  let nextId = 1;
  const waiting = new Map<number, (outcome: FlushOutcome) => void>();
  return {
    requestFlush() {
      const requestId = nextId++;
      return new Promise<FlushOutcome>((resolve) => {
        const timer = deps.setTimeout(() => {
          waiting.delete(requestId);
          deps.log(`The window did not confirm saving pending edits within ${deps.timeoutMs ?? FLUSH_TIMEOUT_MS} ms; closing anyway.`);
          resolve('timed-out');
        }, deps.timeoutMs ?? FLUSH_TIMEOUT_MS);
        waiting.set(requestId, (outcome) => {
          deps.clearTimeout(timer);
          resolve(outcome);
        });
        if (!deps.send(requestId)) {
          waiting.delete(requestId);
          deps.clearTimeout(timer);
          resolve('no-window');
        }
      });
    },
    flushed(requestId) {
      const done = waiting.get(requestId);
      waiting.delete(requestId);
      done?.('flushed');
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
