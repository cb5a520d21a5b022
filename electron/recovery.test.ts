import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWatchedWindow } from '../test/support/electron-ipc';
import { describeFailure, recoverMainWindow, RELOAD_AGAIN_AFTER_MS, UNRESPONSIVE_GRACE_MS } from './recovery';

const LOG_FILE = '/home/nhs/.config/Trust Procurement Planner/logs/main.log';
const BUTTON = { reload: 0, logs: 1, quit: 2 };

function setup(answers: number[] = []) {
  const fake = fakeWatchedWindow();
  let clock = 1_000_000;
  const deps = {
    log: vi.fn(),
    logFile: LOG_FILE,
    showMessageBox: vi.fn(async () => ({ response: answers.shift() ?? BUTTON.quit })),
    openLogsFolder: vi.fn(),
    quit: vi.fn(),
    now: () => clock,
  };
  recoverMainWindow(fake.win, deps);
  const crash = (reason = 'crashed') => fake.emitContents('render-process-gone', { reason, exitCode: 139 });
  return { fake, deps, crash, advance: (ms: number) => (clock += ms) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('main window recovery', () => {
  it('reloads once when the page crashes, and logs what happened', () => {
    const { fake, deps, crash } = setup();
    crash();
    expect(fake.win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(deps.showMessageBox).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledWith("Main window: the page's process ended (crashed, exit code 139)");
  });

  it('then shows an error box naming the log file; Reload reloads', async () => {
    const { fake, deps, crash } = setup([BUTTON.reload]);
    crash();
    crash('oom');
    await vi.waitFor(() => expect(fake.win.webContents.reload).toHaveBeenCalledTimes(2));
    expect(deps.showMessageBox).toHaveBeenCalledTimes(1);
    const [, box] = deps.showMessageBox.mock.calls[0] as unknown as [unknown, { title: string; detail: string; buttons: string[] }];
    expect(box.title).toBe('Trust Procurement Planner stopped working');
    expect(box.detail).toContain(LOG_FILE);
    expect(box.detail).toContain('Nothing was saved half-way');
    expect(box.buttons).toEqual(['Reload', 'Open logs folder', 'Quit']);
  });

  it('Open logs folder opens it and asks again; Quit quits', async () => {
    const { deps, crash } = setup([BUTTON.logs, BUTTON.quit]);
    crash();
    crash();
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledTimes(1));
    expect(deps.openLogsFolder).toHaveBeenCalledTimes(1);
    expect(deps.showMessageBox).toHaveBeenCalledTimes(2);
  });

  it('shows one box at a time, however many failures arrive while it is open', async () => {
    const { deps, crash } = setup();
    let answer: (value: { response: number }) => void = () => undefined;
    deps.showMessageBox.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    crash();
    crash();
    crash();
    expect(deps.showMessageBox).toHaveBeenCalledTimes(1);
    answer({ response: BUTTON.quit });
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalled());
  });

  it('reloads again when the last reload was long ago', () => {
    const { fake, deps, crash, advance } = setup();
    crash();
    advance(RELOAD_AGAIN_AFTER_MS + 1);
    crash();
    expect(fake.win.webContents.reload).toHaveBeenCalledTimes(2);
    expect(deps.showMessageBox).not.toHaveBeenCalled();
  });

  it('treats a failed load of the page like a crash, but not a cancelled load, a subframe or a clean exit', () => {
    const { fake, deps } = setup();
    fake.emitContents('did-fail-load', -3, 'ERR_ABORTED', 'app://planner/index.html', true);
    fake.emitContents('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'app://planner/frame.html', false);
    fake.emitContents('render-process-gone', { reason: 'clean-exit', exitCode: 0 });
    expect(fake.win.webContents.reload).not.toHaveBeenCalled();
    fake.emitContents('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'app://planner/index.html#/appraisals/a-1?x=1', true);
    expect(fake.win.webContents.reload).toHaveBeenCalledTimes(1);
    // The log names the code and the app's own path, never the route's ids or query.
    expect(deps.log).toHaveBeenCalledWith('Main window: the page failed to load (-6 ERR_FILE_NOT_FOUND) at app://planner/index.html');
  });

  it('gives a hung page time, and restarts it only if it is still hung', () => {
    const { fake, deps } = setup();
    fake.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS - 1);
    fake.emit('responsive');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    expect(fake.win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledWith('Main window: responding again');

    fake.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    expect(fake.win.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    // Ending the process is what reloads it (through render-process-gone), not the hang itself.
    expect(fake.win.webContents.reload).not.toHaveBeenCalled();
    fake.emitContents('render-process-gone', { reason: 'killed', exitCode: 9 });
    expect(fake.win.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('leaves a closed window alone', () => {
    const { fake, deps, crash } = setup();
    fake.markDestroyed();
    crash();
    fake.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    expect(fake.win.webContents.reload).not.toHaveBeenCalled();
    expect(fake.win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(deps.showMessageBox).not.toHaveBeenCalled();
  });

  it('does nothing more when the window closed while the box was open', async () => {
    const { fake, deps, crash } = setup([BUTTON.reload]);
    crash();
    deps.showMessageBox.mockImplementationOnce(async () => {
      fake.markDestroyed();
      return { response: BUTTON.reload };
    });
    crash();
    await vi.waitFor(() => expect(deps.showMessageBox).toHaveBeenCalled());
    await Promise.resolve();
    expect(fake.win.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('logs when the error box itself fails', async () => {
    const { deps, crash } = setup();
    deps.showMessageBox.mockRejectedValueOnce(new Error('no display'));
    crash();
    crash();
    await vi.waitFor(() => expect(deps.log).toHaveBeenCalledWith('Main window: the error box failed', expect.any(Error)));
  });
});

describe('describeFailure', () => {
  it('says what failed in words', () => {
    expect(describeFailure({ kind: 'unresponsive' })).toBe('the page stopped responding');
    expect(() => describeFailure({ kind: 'other' } as never)).toThrow('Unexpected window failure');
  });
});
