import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { expect, openApp, test } from './fixtures';

/**
 * The CSP holds only the sources the app uses (shared/csp.ts). The fixture fails a test on any
 * violation, in the app's page and in the print window, so a tour of every screen, an Excel import
 * (whose unzip library carries a blob: worker it never starts) and a PDF export proves the policy is
 * enough, and the policy's own test proves it is no more.
 */

test('every screen, an Excel import and a PDF export run under the CSP with no violation', async ({ page, desktop, files }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const served = await page.request.get('/index.html');
  expect(served.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

  const workbook = path.join(files, 'trust-foi-register.xlsx');
  copyFileSync('test/fixtures/registers/trust-foi-register.xlsx', workbook);
  desktop.dialogs.answerOpen(workbook);
  await desktop.clickMenu('File', 'Import portfolio…');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Import \d+ contracts$/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /Imported \d+ contracts from trust-foi-register\.xlsx/ })).toBeVisible();

  for (const area of ['Renewals', 'Settings', 'Portfolio']) {
    await page.getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await page.getByRole('link', { name: 'Appraisals' }).click();
  await page.getByLabel('Contract to appraise').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start appraisal' }).click();
  for (const tab of ['Options', 'Costs', 'Risks', 'Scoring', 'Compare', 'Report']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
  }
  desktop.dialogs.answerSave(path.join(files, 'tour.pdf'));
  await page.getByRole('button', { name: 'Export decision report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported the decision report to tour.pdf.' })).toBeVisible({ timeout: 60_000 });
});

test('loading the app breaks no CSP rule, not even with a probe that is caught', async ({ browser, baseURL }) => {
  // A fresh page without the desktop bridge (whose own zod would set the shared setting first).
  const context = await browser.newContext({ baseURL });
  const violations: string[] = [];
  await context.exposeFunction('__report', (text: string) => violations.push(text));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __report(t: string): void }).__report(`${e.effectiveDirective} refused ${e.blockedURI} at ${e.sourceFile}`),
    ),
  );
  const page = await context.newPage();
  await page.goto('/#/portfolio');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto('/index.html#/report/none?print=1');
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'error');
  expect(violations).toEqual([]);
  await context.close();
});
