/**
 * Runs `work` when the window is next idle, or after `timeoutMs` at the latest (soon after, where the
 * browser cannot say); returns a cancel.
 */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) {
    const handle = ric(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
