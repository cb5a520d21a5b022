/**
 * Tells a print window when the report may be printed. The report's charts are lean SVG drawn in
 * React's first commit (no chart library measuring or animating over several frames), so the
 * report is ready once that commit is done and the fonts have loaded. Nothing here waits for an
 * animation frame: a hidden print window (Electron's export) may never be given one. Web fonts get
 * a timer fallback, so a font that never loads cannot stall the export. Electron's export and the
 * tests wait for `data-report-ready="true"` on <html>; "error" ends their wait at once.
 */

import { REPORT_READY_DATASET_KEY, type ReportReadyState } from '@shared/ipc';

/** Sets the readiness signal the print window polls (its names are part of the IPC contract). */
export function setReportReady(state: ReportReadyState | null): void {
  if (state === null) delete document.documentElement.dataset[REPORT_READY_DATASET_KEY];
  else document.documentElement.dataset[REPORT_READY_DATASET_KEY] = state;
}

/** The longest the report waits for web fonts before printing with what it has. */
export const FONT_WAIT_MS = 1500;

const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the committed report can be printed: fonts loaded (or `fontWaitMs` passed), then one
 * macrotask so any effect scheduled by the commit has run. Works in a hidden page.
 */
export async function reportSettled(fontWaitMs = FONT_WAIT_MS): Promise<void> {
  await Promise.race([document.fonts.ready.then(() => undefined), after(fontWaitMs)]);
  await after(0);
}
