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

/**
 * Electron's printToPDF options as Playwright's page.pdf options (both end in Chromium's
 * Page.printToPDF). Sizes and margins are inches in Electron; an option with no page.pdf
 * equivalent fails the test rather than being dropped unseen.
 */
export function pdfOptionsFor(options: PrintToPDFOptions): PdfOptions {
  const pdf: PdfOptions = {};
  for (const [key, value] of Object.entries(options) as [keyof PrintToPDFOptions, unknown][]) {
    switch (key) {
      case 'pageSize':
        if (typeof value === 'string') pdf.format = value;
        else {
          const size = value as { width: number; height: number };
          pdf.width = inches(size.width);
          pdf.height = inches(size.height);
        }
        break;
      case 'margins': {
        const m = value as { top?: number; bottom?: number; left?: number; right?: number; marginType?: string };
        if (m.marginType !== undefined && m.marginType !== 'custom') throw new Error(`page.pdf has no marginType ${m.marginType}`);
        pdf.margin = { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right) };
        break;
      }
      case 'landscape':
        pdf.landscape = value as boolean;
        break;
      case 'displayHeaderFooter':
        pdf.displayHeaderFooter = value as boolean;
        break;
      case 'printBackground':
        pdf.printBackground = value as boolean;
        break;
      case 'scale':
        pdf.scale = value as number;
        break;
      case 'pageRanges':
        pdf.pageRanges = value as string;
        break;
      case 'headerTemplate':
        pdf.headerTemplate = value as string;
        break;
      case 'footerTemplate':
        pdf.footerTemplate = value as string;
        break;
      case 'preferCSSPageSize':
        pdf.preferCSSPageSize = value as boolean;
        break;
      case 'generateTaggedPDF':
        pdf.tagged = value as boolean;
        break;
      case 'generateDocumentOutline':
        pdf.outline = value as boolean;
        break;
      default:
        throw new Error(`printToPDF option '${String(key)}' has no page.pdf equivalent in the desktop harness`);
    }
  }
  return pdf;
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
  return {
    loadURL: async (url) => {
      record.urls.push(url);
      await (await opened).goto(toServedUrl(url));
    },
    webContents: {
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
