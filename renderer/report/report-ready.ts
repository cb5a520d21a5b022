/**
 * Tells a print window when the report may be printed. The report's charts are lean SVG drawn in
 * React's first commit (no chart library measuring or animating over several frames), so the
 * report is ready once that commit is done and the fonts and its images have loaded. Nothing here waits for an
 * animation frame: a hidden print window (Electron's export) may never be given one. Web fonts get a
 * timer fallback, and an image that never loads fails the report, so neither can stall the export. Electron's export and the
 * tests wait for `data-report-ready="true"` on <html>; "error" ends their wait at once.
 */

import { REPORT_READY_DATASET_KEY, type ReportReadyState } from '@shared/ipc';

/** Sets the readiness signal the print window polls (its names are part of the IPC contract). */
export function setReportReady(state: ReportReadyState | null): void {
  if (state === null) delete document.documentElement.dataset[REPORT_READY_DATASET_KEY];
  else document.documentElement.dataset[REPORT_READY_DATASET_KEY] = state;
}

/** The longest the report waits for web fonts before printing with the fallback fonts. */
export const FONT_WAIT_MS = 1500;

/**
 * The longest the report waits for its images (the draft watermark, a file of the app's own). One
 * that fails or does not come by then fails the report rather than print without it: a draft must
 * never reach a board looking final.
 */
export const IMAGE_WAIT_MS = 10_000;

const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves when an image has loaded; rejects when it fails to, or has not loaded within `waitMs`. */
const loaded = (img: HTMLImageElement, waitMs: number) =>
  new Promise<void>((resolve, reject) => {
    const fail = () => reject(new Error(`The report's image ${img.getAttribute('src') ?? ''} could not be loaded`));
    // The watermark's SVG gives its width and height, so a loaded one has a size in every engine.
    if (img.complete) return img.naturalWidth > 0 ? resolve() : fail();
    const ended = (settle: () => void) => () => {
      clearTimeout(timer);
      img.removeEventListener('load', onLoad);
      img.removeEventListener('error', onError);
      settle();
    };
    const onLoad = ended(resolve);
    const onError = ended(fail);
    const timer = setTimeout(onError, waitMs);
    img.addEventListener('load', onLoad);
    img.addEventListener('error', onError);
  });

/**
 * Resolves once the committed report can be printed: its images (the draft watermark) loaded, and
 * fonts loaded or `fontWaitMs` passed, then one macrotask so any effect scheduled by the commit has
 * run; rejects when an image cannot be loaded (see IMAGE_WAIT_MS). Works in a hidden page.
 */
export async function reportSettled(root: ParentNode, fontWaitMs = FONT_WAIT_MS, imageWaitMs = IMAGE_WAIT_MS): Promise<void> {
  const images = Promise.all([...root.querySelectorAll('img')].map((img) => loaded(img, imageWaitMs)));
  await Promise.all([images, Promise.race([document.fonts.ready, after(fontWaitMs)])]);
  await after(0);
}
