import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '@shared/ipc';
import type { HandlerContext } from './handle';
import { fakeWatchedWindow } from '../../test/support/electron-ipc';
import { createExportPdf, type ReportDeps, type ReportWindow, reportUrl } from './report';
import { PREPARE_DELAY_MS, prepareWhenAppraisalOpens, printWindowKeeper } from './report-window';

/** The app's window asking for the export: the parked print window goes when it does. */
function fakeOwner() {
  let destroyed = false;
  const listeners: Array<() => void> = [];
  const sender = {
    id: 7,
    once: vi.fn((event: string, listener: () => void) => {
      if (event === 'destroyed') listeners.push(listener);
    }),
    isDestroyed: () => destroyed,
  };
  const destroy = () => {
    destroyed = true;
    for (const listener of listeners.splice(0)) listener();
  };
  return { ctx: { sender } as unknown as HandlerContext, destroy };
}
const ctx = fakeOwner().ctx;
const PARKED_1 = 'app://planner/index.html?print-window=1#/report/';
const chromiumPdf = new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', 'chromium-print.pdf')));
const XSS = '<img src=x onerror=alert(1)>';

const request: RequestOf<'report:exportPdf'> = {
  appraisalId: 'appr-42',
  suggestedName: 'EPR options appraisal.pdf',
  title: 'EPR options appraisal',
  author: 'Jo Bloggs',
  headerLeft: `Royal Example NHS Trust ${XSS}`,
  footerStatus: `DRAFT ${XSS}`,
  query: 'scenario=base&discount=3.5',
};

function setup(options: { readyAfter?: number; readyValue?: string; saveTo?: string | null; existing?: string[] } = {}) {
  let clock = Date.UTC(2026, 3, 1, 9, 0, 0);
  const makeWindow = () => {
    let probes = 0;
    const fake = fakeWatchedWindow();
    const win = {
      ...fake.win,
      loadURL: vi.fn(async (url: string) => {
        // Navigating away from the route unmounts it, as the app does: the next route starts unready.
        if (url.endsWith('#/report/')) probes = 0;
      }),
      webContents: {
        ...fake.win.webContents,
        executeJavaScript: vi.fn(async () => {
          probes += 1;
          return probes > (options.readyAfter ?? 2) ? (options.readyValue ?? 'true') : '';
        }),
        printToPDF: vi.fn(async (): Promise<Uint8Array> => chromiumPdf),
      },
    } satisfies ReportWindow;
    return { win, fake };
  };
  // The first window is made up front so a test can script it; later ones are made as asked for.
  const first = makeWindow();
  const made: Array<ReturnType<typeof makeWindow>> = [];
  const { win, fake } = first;
  const saveTo = options.saveTo === undefined ? '/home/nhs/Board/EPR options appraisal.pdf' : options.saveTo;
  const deps = {
    showSaveDialog: vi.fn(async () => (saveTo === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: saveTo })),
    defaultDirectory: () => '/home/nhs/Documents',
    stat: vi.fn(async (p: string): Promise<{ size: number; isFile(): boolean }> =>
      (options.existing ?? []).includes(p) ? { size: 1, isFile: () => true } : Promise.reject(new Error('ENOENT')),
    ),
    createReportWindow: vi.fn(() => {
      const next = made.length === 0 ? first : makeWindow();
      made.push(next);
      return next.win;
    }),
    writeFileAtomic: vi.fn(async () => undefined),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    openPath: vi.fn(async () => ''),
    showItemInFolder: vi.fn(),
    appName: 'Trust Procurement Planner',
    now: () => new Date(clock),
    sleep: vi.fn(async (ms: number) => {
      clock += ms;
    }),
    log: vi.fn(),
  } satisfies ReportDeps;
  return { deps, win, fake, made };
}

describe('report:exportPdf', () => {
  it('builds the print route URL for the appraisal', () => {
    expect(reportUrl(request)).toBe('app://planner/index.html#/report/appr-42?scenario=base&discount=3.5&print=1');
    expect(reportUrl({ appraisalId: 'a/b', query: '' })).toBe('app://planner/index.html#/report/a%2Fb?print=1');
  });

  it('prepares the print window while asking where to save, and parks it unprinted when cancelled', async () => {
    const { deps, win } = setup({ saveTo: null });
    await expect(createExportPdf(deps)(request, ctx)).resolves.toBeNull();
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      ctx.sender,
      expect.objectContaining({
        defaultPath: path.join('/home/nhs/Documents', 'EPR options appraisal.pdf'),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    expect(win.loadURL).toHaveBeenCalledWith(reportUrl(request));
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith(PARKED_1));
    expect(win.destroy).not.toHaveBeenCalled();
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('starts loading the print route before the save dialog answers', async () => {
    const { deps, win } = setup();
    let answer: (value: { canceled: boolean; filePath: string }) => void = () => undefined;
    deps.showSaveDialog.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const exporting = createExportPdf(deps)(request, ctx);
    await Promise.resolve();
    expect(win.loadURL).toHaveBeenCalledWith(reportUrl(request));
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    answer({ canceled: false, filePath: '/home/nhs/Board/EPR options appraisal.pdf' });
    await expect(exporting).resolves.toEqual({ fileName: 'EPR options appraisal.pdf', pages: 2 });
    expect(win.webContents.printToPDF).toHaveBeenCalledTimes(1);
  });

  it('renders the report route, waits for it, prints, sets metadata and saves', async () => {
    const { deps, win } = setup();
    const result = await createExportPdf(deps)(request, ctx);

    expect(result).toEqual({ fileName: 'EPR options appraisal.pdf', pages: 2 });
    expect(win.loadURL).toHaveBeenCalledWith(reportUrl(request));
    expect(win.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(win.webContents.executeJavaScript).toHaveBeenCalledWith(expect.stringContaining('reportReady'));

    const [options] = win.webContents.printToPDF.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(options.headerTemplate).toContain('Royal Example NHS Trust &#60;img src=x onerror=alert(1)&#62;');
    expect(options.footerTemplate).toContain('DRAFT &#60;img');
    expect(options.footerTemplate).toContain('Exported 1 Apr 2026');
    expect(`${options.headerTemplate}${options.footerTemplate}`).not.toContain('<img');

    const [target, written] = deps.writeFileAtomic.mock.calls[0] as unknown as [string, Uint8Array];
    expect(target).toBe('/home/nhs/Board/EPR options appraisal.pdf');
    expect(Buffer.from(written).toString('latin1')).toContain('/Author <FEFF');
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith(PARKED_1));
    expect(win.destroy).not.toHaveBeenCalled();
  });

  it('asks before replacing an existing PDF that the added extension names, and prints nothing if not', async () => {
    const { deps, win } = setup({ saveTo: '/home/nhs/Board/EPR paper', existing: ['/home/nhs/Board/EPR paper.pdf'] });
    deps.showMessageBox.mockResolvedValueOnce({ response: 2, checkboxChecked: false });
    await expect(createExportPdf(deps)(request, ctx)).resolves.toBeNull();
    expect(deps.showMessageBox).toHaveBeenCalledWith(
      ctx.sender,
      expect.objectContaining({ message: '"EPR paper.pdf" already exists. Do you want to replace it?' }),
    );
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith(PARKED_1));
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('offers to open the saved PDF', async () => {
    const { deps } = setup();
    await createExportPdf(deps)(request, ctx);
    await vi.waitFor(() => expect(deps.openPath).toHaveBeenCalledWith('/home/nhs/Board/EPR options appraisal.pdf'));
    expect(deps.showMessageBox).toHaveBeenCalledWith(
      ctx.sender,
      expect.objectContaining({ buttons: ['Open', 'Show in folder', 'Close'], message: expect.stringContaining('2 pages') }),
    );
  });

  it('gives up after 30 seconds, saves nothing and closes the hidden window', async () => {
    const { deps, win } = setup({ readyAfter: Number.POSITIVE_INFINITY });
    await expect(createExportPdf(deps)(request, ctx)).rejects.toMatchObject({ message: expect.stringContaining('longer than 30 seconds') });
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('fails fast when the report page reports an error', async () => {
    const { deps, win } = setup({ readyAfter: 0, readyValue: 'error' });
    await expect(createExportPdf(deps)(request, ctx)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(deps.sleep).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalled();
  });

  it('closes the hidden window when loading fails', async () => {
    const { deps, win } = setup();
    win.loadURL.mockRejectedValueOnce(new Error('ERR_FAILED'));
    await expect(createExportPdf(deps)(request, ctx)).rejects.toThrow('ERR_FAILED');
    expect(win.destroy).toHaveBeenCalled();
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });
});

describe('report:exportPdf keeps its print window between exports', () => {
  const parkedOf = (win: ReportWindow) => vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith(PARKED_1));

  it('parks the window in a freshly loaded app, and the next export only changes its hash, so the route reads the records anew', async () => {
    const { deps, win } = setup();
    const exportPdf = createExportPdf(deps);
    await exportPdf(request, ctx);
    await parkedOf(win);
    const second = { ...request, appraisalId: 'appr-43', query: 'status=final' };
    await expect(exportPdf(second, ctx)).resolves.toMatchObject({ fileName: 'EPR options appraisal.pdf' });

    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith('app://planner/index.html?print-window=2#/report/'));
    expect(deps.createReportWindow).toHaveBeenCalledTimes(1);
    // A new document address for the park (a full load: nothing of the first export's page is left),
    // then the second report within that document (a hash change: the app is not started again).
    expect(win.loadURL.mock.calls.map(([url]) => url)).toEqual([
      'app://planner/index.html#/report/appr-42?scenario=base&discount=3.5&print=1',
      PARKED_1,
      'app://planner/index.html?print-window=1#/report/appr-43?status=final&print=1',
      'app://planner/index.html?print-window=2#/report/',
    ]);
    // It printed only once the second route said it was ready (three probes each time).
    expect(win.webContents.executeJavaScript).toHaveBeenCalledTimes(6);
    expect(win.webContents.printToPDF).toHaveBeenCalledTimes(2);
  });

  it('parks the window only once the file is written', async () => {
    const { deps, win } = setup();
    let loadsWhenWritten = -1;
    deps.writeFileAtomic.mockImplementationOnce(async () => {
      loadsWhenWritten = win.loadURL.mock.calls.length;
    });
    await createExportPdf(deps)(request, ctx);
    expect(loadsWhenWritten).toBe(1);
    await parkedOf(win);
  });

  it("closes the parked window when the app's window goes", async () => {
    const { deps, win } = setup();
    const owner = fakeOwner();
    await createExportPdf(deps)(request, owner.ctx);
    await parkedOf(win);
    expect(win.destroy).not.toHaveBeenCalled();
    owner.destroy();
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('does not park a window for an app window that has already gone', async () => {
    const { deps, win } = setup();
    const owner = fakeOwner();
    deps.showSaveDialog.mockImplementationOnce(async () => {
      owner.destroy();
      return { canceled: true, filePath: '' };
    });
    await createExportPdf(deps)(request, owner.ctx);
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(win.loadURL).not.toHaveBeenCalledWith(PARKED_1);
  });

  it('never reuses a window whose export failed: the next export opens a new one', async () => {
    const { deps, win, made } = setup({ readyAfter: 0, readyValue: 'error' });
    const exportPdf = createExportPdf(deps);
    await expect(exportPdf(request, ctx)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(win.destroy).toHaveBeenCalledTimes(1);
    await expect(exportPdf(request, ctx)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(deps.createReportWindow).toHaveBeenCalledTimes(2);
    expect(made[1].win.loadURL).toHaveBeenCalledWith(reportUrl(request));
  });

  it('closes a parked window that crashed while it waited, and opens a new one', async () => {
    const { deps, win, fake, made } = setup();
    const exportPdf = createExportPdf(deps);
    await exportPdf(request, ctx);
    await parkedOf(win);
    fake.emitContents('render-process-gone', { reason: 'oom', exitCode: 1 });
    await expect(exportPdf(request, ctx)).resolves.toMatchObject({ fileName: 'EPR options appraisal.pdf' });
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(made).toHaveLength(2);
    expect(made[1].win.webContents.printToPDF).toHaveBeenCalledTimes(1);
  });

  it('closes the window if it cannot be parked, and the next export opens a new one', async () => {
    const { deps, win, made } = setup();
    win.loadURL.mockImplementation(async (url: string) => {
      if (url.endsWith('#/report/')) throw new Error('ERR_FAILED');
    });
    const exportPdf = createExportPdf(deps);
    await exportPdf(request, ctx);
    await vi.waitFor(() => expect(win.destroy).toHaveBeenCalledTimes(1));
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('could not be kept for the next export'), expect.any(Error));
    await exportPdf(request, ctx);
    expect(made).toHaveLength(2);
  });
});

describe('a print window parked ahead of the first export', () => {
  const owner = () => fakeOwner().ctx.sender as unknown as Parameters<ReturnType<typeof printWindowKeeper>['prepare']>[0];
  /** The park's load has answered, and the keeper has taken the window as parked. */
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('is parked in a freshly loaded app, and the first export then only changes its hash', async () => {
    const { deps, win } = setup();
    const printWindows = printWindowKeeper(deps);
    printWindows.prepare(owner());
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith(PARKED_1));
    await settled();
    expect(win.webContents.executeJavaScript).not.toHaveBeenCalled();

    await expect(createExportPdf({ ...deps, printWindows })(request, ctx)).resolves.toMatchObject({ pages: 2 });
    expect(deps.createReportWindow).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith('app://planner/index.html?print-window=2#/report/'));
    expect(win.loadURL.mock.calls.map(([url]) => url)).toEqual([
      PARKED_1,
      'app://planner/index.html?print-window=1#/report/appr-42?scenario=base&discount=3.5&print=1',
      'app://planner/index.html?print-window=2#/report/',
    ]);
  });

  it('is made once: not beside one parked or being parked, and not for an app window that has gone', async () => {
    const { deps, win } = setup();
    const printWindows = printWindowKeeper(deps);
    const gone = fakeOwner();
    gone.destroy();
    printWindows.prepare(gone.ctx.sender as unknown as ReturnType<typeof owner>);
    expect(deps.createReportWindow).not.toHaveBeenCalled();
    printWindows.prepare(owner());
    printWindows.prepare(owner());
    expect(deps.createReportWindow).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith(PARKED_1));
    await settled();
    printWindows.prepare(owner());
    expect(deps.createReportWindow).toHaveBeenCalledTimes(1);
  });

  it('is closed if it cannot be loaded, and the next try makes a new one', async () => {
    const { deps, win, made } = setup();
    win.loadURL.mockRejectedValueOnce(new Error('ERR_FAILED'));
    const printWindows = printWindowKeeper(deps);
    printWindows.prepare(owner());
    await vi.waitFor(() => expect(win.destroy).toHaveBeenCalledTimes(1));
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('could not be made ready ahead of an export'), expect.any(Error));
    printWindows.prepare(owner());
    await vi.waitFor(() => expect(made[1]?.win.loadURL).toHaveBeenLastCalledWith('app://planner/index.html?print-window=2#/report/'));
  });

  it('does not hold up an export that comes before it is parked: that export opens its own, and one window is kept', async () => {
    const { deps, win, made } = setup();
    let finishParking: () => void = () => undefined;
    win.loadURL.mockImplementationOnce(() => new Promise<void>((resolve) => (finishParking = resolve)));
    const printWindows = printWindowKeeper(deps);
    printWindows.prepare(owner());
    const exportPdf = createExportPdf({ ...deps, printWindows });
    await expect(exportPdf(request, ctx)).resolves.toMatchObject({ pages: 2 });
    expect(made).toHaveLength(2);
    expect(made[1].win.loadURL).toHaveBeenCalledWith(reportUrl(request));
    finishParking();
    // Both are parked in turn; the second to finish is closed, as one window is enough.
    await vi.waitFor(() => expect(win.destroy.mock.calls.length + made[1].win.destroy.mock.calls.length).toBe(1));
    await exportPdf(request, ctx);
    expect(deps.createReportWindow).toHaveBeenCalledTimes(2);
  });
});

describe("the print windows when the app's window goes", () => {
  it('closes a window still being parked at once, not once its load ends, and leaves no window', async () => {
    const { deps, win } = setup();
    win.loadURL.mockImplementationOnce(() => new Promise<void>(() => undefined)); // a load that hangs
    const printWindows = printWindowKeeper(deps);
    const owner = fakeOwner();
    printWindows.prepare(owner.ctx.sender as unknown as Parameters<typeof printWindows.prepare>[0]);
    expect(win.loadURL).toHaveBeenCalledWith(PARKED_1);
    owner.destroy();
    expect(win.destroy).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Quitting is not a failure worth a log line, and nothing is parked: the next export starts afresh.
    expect(deps.log).not.toHaveBeenCalled();
    expect(printWindows.take(fakeOwner().ctx.sender as unknown as Parameters<typeof printWindows.take>[0]).win).not.toBe(win);
  });

  it("closes an export's own window at once, ending the export with nothing saved", async () => {
    const { deps, win } = setup();
    const owner = fakeOwner();
    win.webContents.executeJavaScript.mockImplementation(() => {
      owner.destroy();
      return new Promise(() => undefined); // the route never answers: the export waits on it
    });
    const exporting = createExportPdf({ ...deps, now: () => new Date() })(request, owner.ctx);
    await expect(exporting).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(win.loadURL).not.toHaveBeenCalledWith(PARKED_1);
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });

  it("listens for the app's window going once, however many windows it parks", async () => {
    const { deps, win } = setup();
    const owner = fakeOwner();
    const exportPdf = createExportPdf(deps);
    await exportPdf(request, owner.ctx);
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith(PARKED_1));
    await exportPdf(request, owner.ctx);
    await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith('app://planner/index.html?print-window=2#/report/'));
    expect(owner.ctx.sender.once).toHaveBeenCalledTimes(1);
    owner.destroy();
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });
});

describe('prepareWhenAppraisalOpens', () => {
  function contents() {
    const listeners = new Map<string, (event: unknown, url: string) => void>();
    return {
      listeners,
      on: vi.fn((event: string, listener: (event: unknown, url: string) => void) => listeners.set(event, listener)),
      once: vi.fn(),
      isDestroyed: () => false,
    };
  }

  it('parks a print window a few seconds after the main window first shows an appraisal, and not for other screens', () => {
    const main = contents();
    const keeper = { prepare: vi.fn() };
    const timers: Array<{ run: () => void; ms: number }> = [];
    prepareWhenAppraisalOpens(main, keeper, { setTimeout: (run, ms) => timers.push({ run, ms }) });
    main.listeners.get('did-navigate-in-page')?.({}, 'app://planner/index.html#/portfolio');
    main.listeners.get('did-navigate-in-page')?.({}, 'app://planner/index.html#/appraisals');
    expect(timers).toHaveLength(0);
    main.listeners.get('did-navigate-in-page')?.({}, 'app://planner/index.html#/appraisals/appr-42/costs');
    main.listeners.get('did-navigate-in-page')?.({}, 'app://planner/index.html#/appraisals/appr-42/report');
    expect(timers).toEqual([{ run: expect.any(Function), ms: PREPARE_DELAY_MS }]);
    expect(keeper.prepare).not.toHaveBeenCalled();
    timers[0].run();
    expect(keeper.prepare).toHaveBeenCalledWith(main);
    // Opened again (after a reload, say): asked again, which does nothing while one is parked.
    main.listeners.get('did-navigate')?.({}, 'app://planner/index.html#/appraisals/appr-43/summary');
    expect(timers).toHaveLength(2);
  });
});

describe('report:exportPdf with a page that never answers', () => {
  it('does not hang when the page stops responding', async () => {
    const { deps, win } = setup();
    win.webContents.executeJavaScript.mockImplementation(() => new Promise(() => undefined));
    const exporting = createExportPdf({ ...deps, readyTimeoutMs: 50, now: () => new Date() })(request, ctx);
    await expect(exporting).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('took longer') });
    expect(win.destroy).toHaveBeenCalled();
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });
});

describe('report:exportPdf when the print window fails', () => {
  it.each([
    [
      'its page crashes',
      (f: ReturnType<typeof fakeWatchedWindow>) => f.emitContents('render-process-gone', { reason: 'crashed', exitCode: 139 }),
      /process ended \(crashed, exit code 139\)/,
    ],
    [
      'its page fails to load',
      (f: ReturnType<typeof fakeWatchedWindow>) =>
        f.emitContents('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'app://planner/index.html#/report/x', true),
      /failed to load \(-6 ERR_FILE_NOT_FOUND\)/,
    ],
    ['its page hangs', (f: ReturnType<typeof fakeWatchedWindow>) => f.emit('unresponsive'), /stopped responding/],
  ])('ends the export at once when %s, saving nothing', async (_label, fail, why) => {
    const { deps, win, fake } = setup();
    win.webContents.executeJavaScript.mockImplementation(() => {
      fail(fake);
      return new Promise(() => undefined);
    });
    const exporting = createExportPdf({ ...deps, now: () => new Date() })(request, ctx);
    await expect(exporting).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/stopped working .*no PDF was saved/),
    });
    await expect(exporting).rejects.toMatchObject({ message: expect.stringMatching(why) });
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(deps.log).toHaveBeenCalledWith(expect.stringMatching(/^report:exportPdf: print window: /));
  });

  it('ignores a load the app itself cancelled and a subframe that failed', async () => {
    const { deps, win, fake } = setup();
    win.webContents.executeJavaScript.mockImplementation(async () => {
      fake.emitContents('did-fail-load', -3, 'ERR_ABORTED', 'https://example.org/', true);
      fake.emitContents('did-fail-load', -105, 'ERR_NAME_NOT_RESOLVED', 'https://example.org/', false);
      fake.emitContents('render-process-gone', { reason: 'clean-exit', exitCode: 0 });
      return 'true';
    });
    await expect(createExportPdf(deps)(request, ctx)).resolves.toMatchObject({ fileName: 'EPR options appraisal.pdf' });
  });

  it('gives printing its own deadline: a print that never returns saves nothing', async () => {
    const { deps, win } = setup({ readyAfter: 0 });
    win.webContents.printToPDF.mockImplementation(() => new Promise(() => undefined));
    const exporting = createExportPdf({ ...deps, now: () => new Date(), printTimeoutMs: 50 })(request, ctx);
    await expect(exporting).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('Printing the report to PDF took longer'),
    });
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });
});
