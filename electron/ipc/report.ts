import type { PrintToPDFOptions, WebContents } from 'electron';
import path from 'node:path';
import { APP_ORIGIN, REPORT_PDF_SAVE, REPORT_READY, REPORT_READY_DATASET_KEY, type RequestOf, type ResponseOf } from '@shared/ipc';
import { toIso } from '@shared/dates';
import { formatDate } from '@shared/format';
import { AppError } from '@shared/result';
import type { Handler } from './handle';
import { countPdfPages, setPdfInfo } from './pdf-metadata';
import { reportPrintOptions } from './pdf-templates';
import { chooseSavePath, type FileDeps } from './files';
import { describeFailure, onWindowFailure, type WatchedWindow } from '../recovery';

/** The slice of a hidden BrowserWindow the export drives, and watches for a crash, failed load or hang. */
export interface ReportWindow extends WatchedWindow {
  loadURL(url: string): Promise<void>;
  webContents: WatchedWindow['webContents'] & {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface ReportDeps extends Pick<FileDeps, 'showSaveDialog' | 'defaultDirectory' | 'stat' | 'showMessageBox'> {
  /** A hidden, sandboxed window without a preload, in the app's session. */
  createReportWindow(): ReportWindow;
  writeFileAtomic(filePath: string, data: Uint8Array): Promise<void>;
  openPath(filePath: string): Promise<string>;
  showItemInFolder(filePath: string): void;
  appName: string;
  now(): Date;
  sleep(ms: number): Promise<void>;
  log(message: string, error?: unknown): void;
  readyTimeoutMs?: number;
  printTimeoutMs?: number;
}

export const REPORT_READY_TIMEOUT_MS = 30_000;
const PRINT_TIMEOUT_MS = 60_000;
const POLL_MS = 100;
// The report route sets this attribute once its data is loaded and charts have drawn.
const READY_PROBE = `document.documentElement.dataset.${REPORT_READY_DATASET_KEY} ?? ""`;

export function reportUrl(request: Pick<RequestOf<'report:exportPdf'>, 'appraisalId' | 'query'>): string {
  const query = request.query ? `${request.query}&print=1` : 'print=1';
  return `${APP_ORIGIN}/index.html#/report/${encodeURIComponent(request.appraisalId)}?${query}`;
}

function tooSlow(timeoutMs: number): AppError {
  return new AppError(
    'INTERNAL',
    `The report took longer than ${Math.round(timeoutMs / 1000)} seconds to prepare, so no PDF was saved. Try again; if it keeps happening, reduce the number of options in the appraisal.`,
  );
}

function printTooSlow(timeoutMs: number): AppError {
  return new AppError(
    'INTERNAL',
    `Printing the report to PDF took longer than ${Math.round(timeoutMs / 1000)} seconds, so no PDF was saved. Try again; if it keeps happening, export fewer sections.`,
  );
}

function windowFailed(why: string): AppError {
  return new AppError(
    'INTERNAL',
    `The window that prepares the report stopped working (${why}), so no PDF was saved. Try again; if it keeps happening, restart the planner.`,
  );
}

/**
 * Races each step against the export's deadline and against the print window failing: a crashed,
 * unloadable or hung page ends the export at once with a message, never a half-written PDF.
 */
function guardSteps(win: ReportWindow, deps: ReportDeps) {
  let failed: AppError | null = null;
  let rejectFailure: (error: AppError) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    rejectFailure = reject;
  });
  failure.catch(() => undefined); // raced below; never an unhandled rejection on its own
  onWindowFailure(win, (what) => {
    deps.log(`report:exportPdf: print window: ${describeFailure(what)}`);
    failed ??= windowFailed(describeFailure(what));
    rejectFailure(failed);
  });
  return async function step<T>(work: Promise<T>, deadline: number, late: () => AppError): Promise<T> {
    if (failed) throw failed;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(late()), Math.max(0, deadline - deps.now().getTime()));
    });
    try {
      return await Promise.race([work, expired, failure]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** A print window that started loading the route while the user chose where to save. */
interface OpenedWindow {
  win: ReportWindow;
  guarded: ReturnType<typeof guardSteps>;
  loading: Promise<void>;
}

/**
 * Creates the hidden print window and starts loading the route at once, so the app, its records and
 * the model are being prepared while the save dialog is open (issue 16: the export is timed from the
 * command to the file written, and the dialog is time the user spends anyway).
 */
function openReportWindow(request: RequestOf<'report:exportPdf'>, deps: ReportDeps): OpenedWindow {
  const win = deps.createReportWindow();
  const guarded = guardSteps(win, deps);
  const loading = win.loadURL(reportUrl(request));
  loading.catch(() => undefined); // awaited (and reported) once the user has chosen where to save
  return { win, guarded, loading };
}

/** Waits for the route to be ready, then prints it. The deadline counts from the save choice, not the dialog. */
async function renderPdf(request: RequestOf<'report:exportPdf'>, deps: ReportDeps, opened: OpenedWindow): Promise<Uint8Array> {
  const { win, guarded } = opened;
  const timeoutMs = deps.readyTimeoutMs ?? REPORT_READY_TIMEOUT_MS;
  const deadline = deps.now().getTime() + timeoutMs;
  const step = <T>(work: Promise<T>) => guarded(work, deadline, () => tooSlow(timeoutMs));
  await step(opened.loading);
  for (;;) {
    const state = await step(win.webContents.executeJavaScript(READY_PROBE));
    if (state === REPORT_READY.ready) break;
    if (state === REPORT_READY.failed) {
      throw new AppError('INTERNAL', 'The report page could not be prepared. Open the report in the app to see what is wrong.');
    }
    if (deps.now().getTime() >= deadline) throw tooSlow(timeoutMs);
    await deps.sleep(POLL_MS);
  }
  // Printing has its own deadline: a print that never returns must not hold the export.
  const printTimeoutMs = deps.printTimeoutMs ?? PRINT_TIMEOUT_MS;
  return await guarded(
    win.webContents.printToPDF(
      reportPrintOptions({
        headerLeft: request.headerLeft,
        dateText: `Exported ${formatDate(toIso(deps.now()))}`,
        status: request.footerStatus,
      }),
    ),
    deps.now().getTime() + printTimeoutMs,
    () => printTooSlow(printTimeoutMs),
  );
}

/** After saving, offers to open the PDF; the export's result does not wait for the answer. */
async function offerToOpen(sender: WebContents, target: string, pages: number | null, deps: ReportDeps): Promise<void> {
  const { response } = await deps.showMessageBox(sender, {
    type: 'info',
    title: 'Report exported',
    message: `Saved "${path.basename(target)}"${pages === null ? '' : ` (${pages} page${pages === 1 ? '' : 's'})`}.`,
    buttons: ['Open', 'Show in folder', 'Close'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  if (response === 0) {
    const failure = await deps.openPath(target);
    // The path names the user's file: the log keeps the system's reason without it.
    if (failure) deps.log(`report:exportPdf: the system could not open the saved PDF: ${failure.split(target).join('<path>')}`);
  } else if (response === 1) {
    deps.showItemInFolder(target);
  }
}

export function createExportPdf(deps: ReportDeps): Handler<'report:exportPdf'> {
  return async (request, { sender }): Promise<ResponseOf<'report:exportPdf'>> => {
    // The print window prepares the paper while the user chooses where to save; it is closed, and
    // nothing is printed or written, if they cancel.
    const opened = openReportWindow(request, deps);
    let printed: Uint8Array;
    let target: string | null;
    try {
      target = await chooseSavePath(deps, sender, REPORT_PDF_SAVE, request.suggestedName);
      if (target === null) return null;
      printed = await renderPdf(request, deps, opened);
    } finally {
      opened.win.destroy();
    }
    const { pdf, patched } = setPdfInfo(printed, { title: request.title, author: request.author, creator: deps.appName }, deps.now());
    if (!patched) deps.log('report:exportPdf: PDF layout not recognised; Title/Author metadata left as Chromium wrote it');
    await deps.writeFileAtomic(target, pdf);
    const pages = countPdfPages(pdf);

    void offerToOpen(sender, target, pages, deps).catch((error: unknown) => deps.log('report:exportPdf: follow-up dialog failed', error));
    return { fileName: path.basename(target), pages };
  };
}
