import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/browser';

const port = Number(process.env.TPP_E2E_PORT ?? 47831);

/**
 * The renderer runs for real in Chromium (Debian's on Linux CI, Playwright's own elsewhere) against
 * the built files, served with the app's CSP by test/e2e/server.ts. The Electron suite runs wherever
 * an Electron binary exists and says plainly when it was skipped.
 */
export default defineConfig({
  // The @shared/ path alias, as TypeScript resolves it.
  tsconfig: './tsconfig.test.json',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  outputDir: 'test-results/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'chromium', testDir: './test/e2e', testMatch: /.*\.spec\.ts$/ },
    // The desktop path without an Electron binary: the built preload and the real main-process
    // handlers behind the renderer (test/e2e-desktop/harness.ts).
    { name: 'desktop', testDir: './test/e2e-desktop', testMatch: /.*\.spec\.ts$/ },
    { name: 'electron', testDir: './test/e2e-electron', testMatch: /.*\.spec\.ts$/ },
  ],
});
