import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

/**
 * The app's CSP holds only what the app uses. test/e2e-desktop/csp.spec.ts proves it is enough (every
 * screen, an Excel import and a PDF export with no violation); this proves it is no more.
 */
const directives = Object.fromEntries(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }),
);

describe('Content-Security-Policy', () => {
  it('is exactly the sources the app uses, and nothing by default', () => {
    expect(directives).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      // React sets styles through the CSSOM, which the CSP does not govern: no 'unsafe-inline'.
      'style-src': ["'self'"],
      // 'self' is a browser's favicon request; blob: the Word export's chart images, drawn from blobs
      // the page made itself (renderer/report/chart-images.ts; test/e2e-desktop/desktop.spec.ts).
      'img-src': ["'self'", 'blob:'],
      // The import worker is a file of the app's own.
      'worker-src': ["'self'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'none'"],
      'object-src': ["'none'"],
    });
  });

  it('allows blob: for images only, and no data: source, no eval and no inline code or style', () => {
    expect(CONTENT_SECURITY_POLICY.split(';').filter((part) => part.includes('blob:'))).toEqual([" img-src 'self' blob:"]);
    for (const banned of ['data:', "'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", '*', 'http:', 'https:']) {
      expect(CONTENT_SECURITY_POLICY).not.toContain(banned);
    }
  });
});

describe("the dev server's policy", () => {
  it("adds only inline styles and a connection to itself, for Vite's hot reload", async () => {
    const { DEV_SERVER_CONTENT_SECURITY_POLICY } = await import('@shared/csp');
    expect(DEV_SERVER_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'; connect-src 'self'"),
    );
  });
});
