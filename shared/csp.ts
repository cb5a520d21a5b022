/**
 * The Content-Security-Policy the app's pages are served with: as a response header by the app://
 * protocol handler in Electron, and by the test server in the browser suite, from this one string.
 * No remote origins at all: the app makes no network requests. Only the sources the app uses are
 * listed (test/security/csp.test.ts); everything else falls back to default-src 'none'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: the Word export draws each print chart's SVG onto a canvas through an <img> of a blob the
  // page itself made (renderer/report/chart-images.ts); without it the charts drop out of the paper.
  "img-src 'self' blob:",
  "worker-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/**
 * For Vite's dev server only (`npm run dev`): it injects CSS as <style> elements and reloads over a
 * WebSocket to itself. The built app never needs either, so only this variant allows them.
 */
export const DEV_SERVER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'; connect-src 'self'",
);
