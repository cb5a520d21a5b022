/**
 * Tells a print window when the report may be printed. The report's charts are lean SVG drawn in
 * React's first commit (no chart library measuring or animating over several frames), so the
 * report is ready once that commit is done and the fonts and its images have loaded. Nothing here waits for an
 * animation frame: a hidden print window (Electron's export) may never be given one. Web fonts and
 * images get a timer fallback, so one that never loads cannot stall the export. Electron's export and the
 * tests wait for `data-report-ready="true"` on <html>; "error" ends their wait at once.
 */

import { REPORT_READY_DATASET_KEY, type ReportReadyState } from '@shared/ipc';

/** Sets the readiness signal the print window polls (its names are part of the IPC contract). */
export function setReportReady(state: ReportReadyState | null): void {
  if (state === null) delete document.documentElement.dataset[REPORT_READY_DATASET_KEY];
  else document.documentElement.dataset[REPORT_READY_DATASET_KEY] = state;
}

/** The longest the report waits for web fonts and its images before printing with what it has. */
export const FONT_WAIT_MS = 1500;

const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves when an image has loaded, or failed to: printing it earlier would leave it out. */
const loaded = (img: HTMLImageElement) =>
  img.complete
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        img.addEventListener('load', () => resolve(), { once: true });
        img.addEventListener('error', () => resolve(), { once: true });
      });

/**
 * Resolves once the committed report can be printed: fonts and the report's images (the draft
 * watermark) loaded, or `fontWaitMs` passed, then one macrotask so any effect scheduled by the
 * commit has run. Works in a hidden page.
 */
export async function reportSettled(root: ParentNode, fontWaitMs = FONT_WAIT_MS): Promise<void> {
  const images = [...root.querySelectorAll('img')].map(loaded);
  await Promise.race([Promise.all([document.fonts.ready, ...images]).then(() => undefined), after(fontWaitMs)]);
  await after(0);
}
