import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test as base } from '../e2e/fixtures';
import { createDesktopHarness, type DesktopHarness } from './harness';

export { expect };
export { countRows, openApp } from '../e2e/fixtures';

/**
 * `page` with the desktop bridge installed (the built preload and the real main handlers), and
 * `files`, a temporary folder the dialogs answer from. A test fails if a dialog was shown that it
 * did not answer, or if an answer it queued was never used.
 */
export const test = base.extend<{ files: string; desktop: DesktopHarness }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  files: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tpp-desktop-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  desktop: async ({ page, baseURL, files }, use) => {
    const harness = createDesktopHarness({ context: page.context(), baseURL: baseURL ?? '', dir: files });
    await harness.install(page);
    await use(harness);
    expect(harness.dialogs.problems, 'dialogs shown that the test did not answer').toEqual([]);
    expect(harness.dialogs.leftOver(), 'dialog answers the test queued that no dialog used').toEqual([]);
  },
});
