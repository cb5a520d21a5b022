import type { MessageBoxOptions, MessageBoxReturnValue, PrintToPDFOptions, WebContents } from 'electron';
import path from 'node:path';
import { APP_ORIGIN, REPORT_PDF_SAVE, REPORT_READY, REPORT_READY_DATASET_KEY, type RequestOf, type ResponseOf } from '@shared/ipc';
import { toIso } from '@shared/dates';
import { formatDate } from '@shared/format';
import { AppError } from '@shared/result';
import type { Handler } from './handle';
import { countPdfPages, setPdfInfo } from './pdf-metadata';
import { reportPrintOptions } from './pdf-templates';
import { chooseSavePath, type FileDeps } from './files';

/** The slice of a hidden BrowserWindow the export drives. */
export interface ReportWindow {
  loadURL(url: string): Promise<void>;
  webContents: { executeJavaScript(code: string): Promise<unknown>; printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  destroy(): void;
}

export interface ReportDeps extends Pick<FileDeps, 'showSaveDialog' | 'defaultDirectory'> {
  /** A hidden, sandboxed window without a preload, in the app's session. */
  createReportWindow(): ReportWindow;
  writeFileAtomic(filePath: string, data: Uint8Array): Promise<void>;
  showMessageBox(owner: WebContents, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  openPath(filePath: string): Promise<string>;
  showItemInFolder(filePath: string): void;
  appName: string;
  now(): Date;
  sleep(ms: number): Promise<void>;
  log(message: string, error?: unknown): void;
  readyTimeoutMs?: number;
}

export const REPORT_READY_TIMEOUT_MS = 30_000;
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

/** Races a step against the export's deadline: a crashed or hung page must not hang the export. */
async function beforeDeadline<T>(step: Promise<T>, deadline: number, deps: ReportDeps, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(tooSlow(timeoutMs)), Math.max(0, deadline - deps.now().getTime()));
  });
  try {
    return await Promise.race([step, expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function renderPdf(request: RequestOf<'report:exportPdf'>, deps: ReportDeps): Promise<Uint8Array> {
  const timeoutMs = deps.readyTimeoutMs ?? REPORT_READY_TIMEOUT_MS;
  const deadline = deps.now().getTime() + timeoutMs;
  const win = deps.createReportWindow();
  try {
    await beforeDeadline(win.loadURL(reportUrl(request)), deadline, deps, timeoutMs);
    for (;;) {
      const state = await beforeDeadline(win.webContents.executeJavaScript(READY_PROBE), deadline, deps, timeoutMs);
      if (state === REPORT_READY.ready) break;
      if (state === REPORT_READY.failed) {
        throw new AppError('INTERNAL', 'The report page could not be prepared. Open the report in the app to see what is wrong.');
      }
      if (deps.now().getTime() >= deadline) throw tooSlow(timeoutMs);
      await deps.sleep(POLL_MS);
    }
    return await win.webContents.printToPDF(
      reportPrintOptions({
        headerLeft: request.headerLeft,
        dateText: `Exported ${formatDate(toIso(deps.now()))}`,
        status: request.footerStatus,
      }),
    );
  } finally {
    win.destroy();
  }
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
    if (failure) deps.log(`Could not open ${target}: ${failure}`);
  } else if (response === 1) {
    deps.showItemInFolder(target);
  }
}

export function createExportPdf(deps: ReportDeps): Handler<'report:exportPdf'> {
  return async (request, { sender }): Promise<ResponseOf<'report:exportPdf'>> => {
    // Ask where first: nothing is rendered if the user cancels.
    const target = await chooseSavePath(deps, sender, REPORT_PDF_SAVE, request.suggestedName);
    if (target === null) return null;

    const printed = await renderPdf(request, deps);
    const { pdf, patched } = setPdfInfo(printed, { title: request.title, author: request.author, creator: deps.appName }, deps.now());
    if (!patched) deps.log('report:exportPdf: PDF layout not recognised; Title/Author metadata left as Chromium wrote it');
    await deps.writeFileAtomic(target, pdf);
    const pages = countPdfPages(pdf);

    void offerToOpen(sender, target, pages, deps).catch((error: unknown) => deps.log('report:exportPdf: follow-up dialog failed', error));
    return { fileName: path.basename(target), pages };
  };
}
