import type { WebContents } from 'electron';
import path from 'node:path';
import { REPORT_PDF_SAVE, REPORT_READY, REPORT_READY_DATASET_KEY, type RequestOf, type AnswerOf } from '@shared/ipc';
import { toIso } from '@shared/dates';
import { formatDate } from '@shared/format';
import { AppError } from '@shared/result';
import type { Handler } from './handle';
import { countPdfPages, setPdfInfo } from './pdf-metadata';
import { reportPrintOptions } from './pdf-templates';
import { chooseSavePath, type FileDeps } from './files';
import { APP_DOCUMENT_URL, printWindowKeeper, type PrintWindow, type PrintWindowKeeper, type ReportWindow } from './report-window';

export type { ReportWindow } from './report-window';

export interface ReportDeps extends Pick<FileDeps, 'showSaveDialog' | 'defaultDirectory' | 'stat' | 'showMessageBox'> {
  /** A hidden, sandboxed window without a preload, in the app's session. */
  createReportWindow(): ReportWindow;
  /** The print windows, when main also parks one ahead of the first export; else the export keeps its own. */
  printWindows?: PrintWindowKeeper;
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
// Short: each poll is a cheap read of one attribute, and the export waits out what is left of one.
const POLL_MS = 25;
// The report route sets this attribute once its data is loaded and charts have drawn.
const READY_PROBE = `document.documentElement.dataset.${REPORT_READY_DATASET_KEY} ?? ""`;

/** The print route for the request, in the document a print window has loaded (the app's page by default). */
export function reportUrl(request: Pick<RequestOf<'report:exportPdf'>, 'appraisalId' | 'query'>, documentUrl = APP_DOCUMENT_URL): string {
  const query = request.query ? `${request.query}&print=1` : 'print=1';
  return `${documentUrl}#/report/${encodeURIComponent(request.appraisalId)}?${query}`;
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

/**
 * Races each step against the export's deadline and against the print window failing: a crashed,
 * unloadable or hung page ends the export at once with a message, never a half-written PDF.
 */
function guardSteps(window: PrintWindow, deps: ReportDeps) {
  let rejectFailure: (error: AppError) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    rejectFailure = reject;
  });
  failure.catch(() => undefined); // raced below; never an unhandled rejection on its own
  const stopWatching = window.watch(rejectFailure);
  const step = async function step<T>(work: Promise<T>, deadline: number, late: () => AppError): Promise<T> {
    const failed = window.failure();
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
  return { step, stopWatching };
}

/** A print window that started loading the route while the user chose where to save. */
interface OpenedWindow {
  window: PrintWindow;
  win: ReportWindow;
  guarded: ReturnType<typeof guardSteps>['step'];
  loading: Promise<void>;
  /** Stops listening for the window's failure: this export is over. */
  release(): void;
}

/**
 * Takes the parked print window (or a new one) and starts loading the route at once, so the records
 * and the model are being prepared while the save dialog is open (issue 16: the export is timed from
 * the command to the file written, and the dialog is time the user spends anyway).
 */
function openReportWindow(request: RequestOf<'report:exportPdf'>, deps: ReportDeps, window: PrintWindow): OpenedWindow {
  const { step, stopWatching } = guardSteps(window, deps);
  const loading = window.win.loadURL(reportUrl(request, window.documentUrl));
  loading.catch(() => undefined); // awaited (and reported) once the user has chosen where to save
  return { window, win: window.win, guarded: step, loading, release: () => void stopWatching() };
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
  const windows = deps.printWindows ?? printWindowKeeper(deps);
  return async (request, { sender }): Promise<AnswerOf<'report:exportPdf'>> => {
    // The print window prepares the paper while the user chooses where to save; nothing is printed
    // or written if they cancel. It is kept for the next export unless something went wrong in it.
    const opened = openReportWindow(request, deps, windows.take(sender));
    let outcome: 'reuse' | 'close' = 'close';
    try {
      const target = await chooseSavePath(deps, sender, REPORT_PDF_SAVE, request.suggestedName);
      if (target === null) {
        outcome = 'reuse';
        return null;
      }
      const printed = await renderPdf(request, deps, opened);
      outcome = 'reuse';
      const { pdf, patched } = setPdfInfo(printed, { title: request.title, author: request.author, creator: deps.appName }, deps.now());
      if (!patched) deps.log('report:exportPdf: PDF layout not recognised; Title/Author metadata left as Chromium wrote it');
      await deps.writeFileAtomic(target, pdf);
      const pages = countPdfPages(pdf);

      void offerToOpen(sender, target, pages, deps).catch((error: unknown) => deps.log('report:exportPdf: follow-up dialog failed', error));
      return { fileName: path.basename(target), pages };
    } finally {
      // Parked only once the file is written: the fresh load it starts does not compete with the write.
      opened.release();
      windows.release(opened.window, outcome, sender);
    }
  };
}
