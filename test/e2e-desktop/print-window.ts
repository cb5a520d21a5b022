import type { BrowserContext, Page } from '@playwright/test';
import type { PrintToPDFOptions } from 'electron';
import type { ReportWindow } from '../../electron/ipc/report';
import { reportWindowOptions } from '../../electron/window';

/**
 * The hidden print window, played by a second Chromium page in the same browser context (so it
 * reads the same IndexedDB, as Electron's report window shares the app's session). Its size is the
 * real reportWindowOptions(); it is made to behave as an unshown window (see HIDDEN_WINDOW_SCRIPT);
 * and page.pdf() stands in for webContents.printToPDF with the real options mapped by pdfOptionsFor.
 */

/**
 * What Chromium does to a window that is never shown: document.hidden, and requestAnimationFrame
 * callbacks that never run (frames are not produced for it). Headless Chromium shows every page,
 * so the test says it instead. The count of frames asked for is kept to show they were waited on.
 */
export const HIDDEN_WINDOW_SCRIPT = `(() => {
  Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden', configurable: true });
  Object.defineProperty(Document.prototype, 'hidden', { get: () => true, configurable: true });
  let requested = 0;
  window.requestAnimationFrame = () => ++requested;
  window.cancelAnimationFrame = () => undefined;
  Object.defineProperty(window, '__tppFramesRequested', { get: () => requested });
})();`;

type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

const inches = (value: number | undefined): string | undefined => (value === undefined ? undefined : `${value}in`);

/** printToPDF options whose value page.pdf takes as it is, under its own name. */
const SAME_VALUE: Partial<Record<keyof PrintToPDFOptions, keyof PdfOptions>> = {
  landscape: 'landscape',
  displayHeaderFooter: 'displayHeaderFooter',
  printBackground: 'printBackground',
  scale: 'scale',
  pageRanges: 'pageRanges',
  headerTemplate: 'headerTemplate',
  footerTemplate: 'footerTemplate',
  preferCSSPageSize: 'preferCSSPageSize',
  generateTaggedPDF: 'tagged',
  generateDocumentOutline: 'outline',
};

/**
 * Electron's printToPDF options as Playwright's page.pdf options (both end in Chromium's
 * Page.printToPDF). Sizes and margins are inches in Electron; an option with no page.pdf
 * equivalent fails the test rather than being dropped unseen.
 */
export function pdfOptionsFor(options: PrintToPDFOptions): PdfOptions {
  const pdf: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options) as [keyof PrintToPDFOptions, unknown][]) {
    const same = SAME_VALUE[key];
    if (same) pdf[same] = value;
    else if (key === 'pageSize') {
      if (typeof value === 'string') pdf.format = value;
      else {
        const size = value as { width: number; height: number };
        Object.assign(pdf, { width: inches(size.width), height: inches(size.height) });
      }
    } else if (key === 'margins') {
      const m = value as { top?: number; bottom?: number; left?: number; right?: number; marginType?: string };
      if (m.marginType !== undefined && m.marginType !== 'custom') throw new Error(`page.pdf has no marginType ${m.marginType}`);
      pdf.margin = { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right) };
    } else throw new Error(`printToPDF option '${String(key)}' has no page.pdf equivalent in the desktop harness`);
  }
  return pdf as PdfOptions;
}

export interface PrintWindowRecord {
  urls: string[];
  pdfOptions: PrintToPDFOptions[];
  closed: boolean;
}

/** A ReportWindow on a new page of `context`; `toServedUrl` maps app://planner to the test server. */
export function createPrintWindow(context: BrowserContext, toServedUrl: (url: string) => string, record: PrintWindowRecord): ReportWindow {
  const { width, height } = reportWindowOptions();
  const opened = (async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: width ?? 794, height: height ?? 1123 });
    await page.addInitScript({ content: HIDDEN_WINDOW_SCRIPT });
    return page;
  })();
  // Electron's failure events, from what Playwright reports: a crash, a failed document load.
  // ('unresponsive' has no Playwright event; the export's deadline covers a hung page here.)
  const onContents = (event: string, listener: (...args: never[]) => void) => {
    const call = listener as (...args: unknown[]) => void;
    void opened.then((page) => {
      if (event === 'render-process-gone') page.on('crash', () => call({}, { reason: 'crashed', exitCode: -1 }));
      if (event === 'did-fail-load') {
        page.on('requestfailed', (request) => {
          if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
            call({}, -2, request.failure()?.errorText ?? 'failed', request.url(), true);
          }
        });
      }
    });
  };
  return {
    on: () => undefined,
    isDestroyed: () => record.closed,
    loadURL: async (url) => {
      record.urls.push(url);
      await (await opened).goto(toServedUrl(url));
    },
    webContents: {
      on: onContents,
      executeJavaScript: async (code) => (await opened).evaluate(code),
      printToPDF: async (options) => {
        record.pdfOptions.push(options);
        return new Uint8Array(await (await opened).pdf(pdfOptionsFor(options)));
      },
    },
    destroy: () => {
      record.closed = true;
      void opened.then((page) => page.close());
    },
  };
}
