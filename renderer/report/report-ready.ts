/**
 * Tells a print window when the report may be printed: after web fonts load and the DOM (Recharts
 * draws in more than one commit) has been quiet for a moment. Electron's export and the tests wait
 * for `data-report-ready="true"` on <html>; "error" ends their wait at once. The 20 s cap stays
 * inside Electron's 30 s wait, so a report that never settles still prints rather than failing.
 */

import { REPORT_READY_DATASET_KEY, type ReportReadyState } from '@shared/ipc';

/** Sets the readiness signal the print window polls (its names are part of the IPC contract). */
export function setReportReady(state: ReportReadyState | null): void {
  if (state === null) delete document.documentElement.dataset[REPORT_READY_DATASET_KEY];
  else document.documentElement.dataset[REPORT_READY_DATASET_KEY] = state;
}

/** Resolves once `root` has had no DOM mutations for `quietMs`, or after `maxMs` regardless. */
export function whenSettled(root: Element, quietMs = 120, maxMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    let timer = window.setTimeout(done, quietMs);
    const cap = window.setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(done, quietMs);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() {
      observer.disconnect();
      window.clearTimeout(timer);
      window.clearTimeout(cap);
      resolve();
    }
  });
}

/** How long to wait for a frame or for web fonts before going on without them. */
const FRAME_FALLBACK_MS = 50;
const FONTS_MAX_MS = 2_000;

/**
 * The next animation frame, or `ms` without one. Electron's print window is never shown, and
 * Chromium may run no frames at all for such a window: waiting on a frame alone would hang the
 * export until its deadline. Timers keep running (the window has backgroundThrottling off).
 */
function frameOrTimeout(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    requestAnimationFrame(() => {
      window.clearTimeout(timer);
      resolve();
    });
  });
}

function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    void promise.finally(() => {
      window.clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Fonts loaded, two frames (or their timer fallback) for charts to measure themselves, then the
 * report's own DOM settled: charts are drawn. Nothing here depends on the window being shown.
 */
export async function reportSettled(root: Element): Promise<void> {
  await atMost(document.fonts.ready, FONTS_MAX_MS);
  await frameOrTimeout(FRAME_FALLBACK_MS);
  await frameOrTimeout(FRAME_FALLBACK_MS);
  await whenSettled(root);
}
