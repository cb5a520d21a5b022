import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { DesktopPolicy } from '@shared/policy';
import { expect, test as base } from '../e2e/fixtures';
import { createDesktopHarness, type DesktopHarness } from './harness';

export { expect };

export { countRows, loadSample, openApp, openSettingsSection, readRows, watchPage } from '../e2e/fixtures';

/**
 * `page` with the desktop bridge installed (the built preload and the real main handlers), and
 * `files`, a temporary folder the dialogs answer from. A test fails if a dialog was shown that it
 * did not answer, or if an answer it queued was never used.
 */
export const test = base.extend<{ files: string; desktop: DesktopHarness; cspViolations: string[]; policy: DesktopPolicy | undefined }>({
  // The organisation's policy main answers policy:get with (test.use({ policy })); none by default.
  policy: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  cspViolations: async ({}, use) => {
    await use([]);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  files: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tpp-desktop-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  desktop: async ({ page, baseURL, files, cspViolations: violations, policy }, use) => {
    const { harness, check } = await installDesktop(page, { baseURL, files, policy, violations });
    await use(harness);
    check();
  },
});

/**
 * Installs the desktop bridge in `page` and watches its context for CSP violations. The returned
 * check fails the test on a violation, a dialog the test did not answer, or an answer it queued that
 * no dialog used, since the last check (a page shared by serial tests is checked after each).
 */
export async function installDesktop(
  page: Page,
  options: { baseURL: string | undefined; files: string; policy?: DesktopPolicy; violations?: string[] },
): Promise<{ harness: DesktopHarness; check: () => void }> {
  const violations = options.violations ?? [];
  const harness = createDesktopHarness({
    context: page.context(),
    baseURL: options.baseURL ?? '',
    dir: options.files,
    policy: options.policy,
  });
  await harness.install(page);
  // Anything the app's CSP refuses is a bug: either the app needs a source the policy lacks, or it does something it should not.
  // On the context, so the print window's page is watched too.
  await page.context().exposeFunction('__tppCspViolation', (text: string) => violations.push(text));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __tppCspViolation(text: string): void }).__tppCspViolation;
      report(
        `${location.hash || location.pathname}: ${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const check = () => {
    expect(violations.splice(0), 'Content-Security-Policy violations').toEqual([]);
    expect(harness.dialogs.problems.splice(0), 'dialogs shown that the test did not answer').toEqual([]);
    expect(harness.dialogs.leftOver(), 'dialog answers the test queued that no dialog used').toEqual([]);
  };
  return { harness, check };
}
