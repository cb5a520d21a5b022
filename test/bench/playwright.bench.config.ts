import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';

/** `npm run bench`: figures, not pass/fail (targets are printed beside them). */
export default defineConfig({
  tsconfig: '../../tsconfig.test.json',
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  timeout: 600_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/bench',
  use: { locale: 'en-GB', timezoneId: 'Europe/London', launchOptions: chromiumLaunchOptions() },
});
