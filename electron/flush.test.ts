import { describe, expect, it, vi } from 'vitest';
import { createFlushCoordinator, FLUSH_TIMEOUT_MS, guardCloseUntilFlushed, type Closable, type FlushDeps } from './flush';

function fakeDeps(overrides: Partial<FlushDeps> = {}) {
  const timers: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
  const sent: number[] = [];
  const log: string[] = [];
  const deps: FlushDeps = {
    send: (id) => {
      sent.push(id);
      return true;
    },
    setTimeout: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
    log: (m) => log.push(m),
    ...overrides,
  };
  return { deps, timers, sent, log };
}

function fakeWindow() {
  const listeners: Array<(event: { preventDefault(): void }) => void> = [];
  let closed = 0;
  const win: Closable = {
    on: (_event, listener) => listeners.push(listener),
    close: () => {
      closed++;
      const event = { preventDefault: vi.fn() };
      for (const l of listeners) l(event);
      if (!event.preventDefault.mock.calls.length) closed += 100; // closed for real
    },
  };
  const userClose = () => {
    const event = { preventDefault: vi.fn() };
    for (const l of listeners) l(event);
    return event;
  };
  return { win, userClose, closedForReal: () => closed >= 100 };
}

describe('flush before close', () => {
  it('asks the window to flush and resolves when it answers with the same id', async () => {
    const { deps, sent, timers } = fakeDeps();
    const flusher = createFlushCoordinator(deps);
    const outcome = flusher.requestFlush();
    expect(sent).toEqual([1]);
    flusher.flushed(99); // an answer to nothing we asked is ignored
    flusher.flushed(1);
    await expect(outcome).resolves.toBe('flushed');
    expect(timers[0]).toMatchObject({ ms: FLUSH_TIMEOUT_MS, cleared: true });
  });

  it('gives up after the time limit, says so in the log, and ignores a late answer', async () => {
    const { deps, timers, log } = fakeDeps({ timeoutMs: 50 });
    const flusher = createFlushCoordinator(deps);
    const outcome = flusher.requestFlush();
    expect(timers[0].ms).toBe(50);
    timers[0].run();
    await expect(outcome).resolves.toBe('timed-out');
    expect(log.join('\n')).toContain('did not confirm saving pending edits within 50 ms');
    expect(() => flusher.flushed(1)).not.toThrow();
  });

  it('waits again each time the page shows it is still working (a backup part), but never past the limit', async () => {
    let clock = 1_000;
    const { deps, timers } = fakeDeps({ timeoutMs: 5_000, limitMs: 120_000, now: () => clock });
    const flusher = createFlushCoordinator(deps);
    const outcome = flusher.requestFlush();
    clock += 4_000;
    flusher.stillWorking();
    expect(timers[0].cleared).toBe(true);
    expect(timers[1].ms).toBe(5_000);
    clock += 114_000; // 118 s after the request: 2 s of the limit left
    flusher.stillWorking();
    expect(timers[2].ms).toBe(2_000);
    timers[2].run();
    await expect(outcome).resolves.toBe('timed-out');
    flusher.stillWorking();
    expect(timers).toHaveLength(3);
  });

  it('does not wait when there is no window to ask', async () => {
    const { deps, timers } = fakeDeps({ send: () => false });
    await expect(createFlushCoordinator(deps).requestFlush()).resolves.toBe('no-window');
    expect(timers[0].cleared).toBe(true);
  });

  it('holds the first close until the flush is done, then closes for real, once', async () => {
    const { deps, sent } = fakeDeps();
    const flusher = createFlushCoordinator(deps);
    const { win, userClose, closedForReal } = fakeWindow();
    guardCloseUntilFlushed(win, flusher, vi.fn());
    const first = userClose();
    expect(first.preventDefault).toHaveBeenCalled();
    userClose(); // a second click while flushing asks nothing more
    expect(sent).toEqual([1]);
    expect(closedForReal()).toBe(false);
    flusher.flushed(1);
    await vi.waitFor(() => expect(closedForReal()).toBe(true));
  });

  it('holds Quit until the flush is done, then quits again; later quits pass straight through', async () => {
    const { deps } = fakeDeps();
    const flusher = createFlushCoordinator(deps);
    const retryQuit = vi.fn();
    const beforeQuit = guardCloseUntilFlushed(fakeWindow().win, flusher, retryQuit);
    const quit = { preventDefault: vi.fn() };
    beforeQuit(quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    expect(retryQuit).not.toHaveBeenCalled();
    flusher.flushed(1);
    await vi.waitFor(() => expect(retryQuit).toHaveBeenCalledTimes(1));
    const again = { preventDefault: vi.fn() };
    beforeQuit(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('a Quit that comes while a close is waiting for the flush still quits afterwards', async () => {
    const { deps, sent } = fakeDeps();
    const flusher = createFlushCoordinator(deps);
    const { win, userClose, closedForReal } = fakeWindow();
    const retryQuit = vi.fn();
    const beforeQuit = guardCloseUntilFlushed(win, flusher, retryQuit);
    userClose();
    beforeQuit({ preventDefault: vi.fn() });
    expect(sent).toEqual([1]);
    flusher.flushed(1);
    await vi.waitFor(() => expect(retryQuit).toHaveBeenCalledTimes(1));
    expect(closedForReal()).toBe(true);
  });
});
