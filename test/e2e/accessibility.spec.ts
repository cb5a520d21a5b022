import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, loadSample, openApp, test } from './fixtures';

/**
 * Scans the page as it stands; fails on any serious or critical WCAG 2.2 AA violation, listing them.
 * The same rules run on the same document as a default scan, in about a quarter of the time: legacy
 * mode runs axe.run in the page itself, where the default (runPartial, then finishRun in a new blank
 * page of the context) opens and closes a page per scan for cross-origin frames the app never has;
 * and resultTypes keeps every violating node but builds a selector for only one passing node per
 * rule (thousands on the register screens), which the report below never reads.
 */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    )
    .join('\n');
  expect(report, `${screen}: ${serious.length} serious or critical violations`).toBe('');
}

// Each axe scan takes seconds on a busy two-core machine; a dozen of them need more than the default.
test.describe.configure({ timeout: 180_000 });

test('the register screens pass an axe WCAG 2.2 AA scan with no serious or critical violations', async ({ page }) => {
  await openApp(page);
  await expectAccessible(page, 'first run');

  await loadSample(page);
  await expectAccessible(page, 'portfolio');
  await page
    .getByRole('grid', { name: /Contract register/ })
    .getByRole('row')
    .filter({ hasText: 'NVH-EPR-001' })
    .click();
  await expect(page.getByRole('complementary', { name: /Contract NVH-EPR-001/ })).toBeVisible();
  await expectAccessible(page, 'contract panel');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles('test/fixtures/registers/bad-rows.csv');
  await expect(page.getByRole('dialog')).toContainText('invalid');
  await expectAccessible(page, 'import preview');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  const refused = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await refused).setFiles('test/fixtures/hostile/zip-bomb.xlsx');
  await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'import refused');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  const notices = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await notices).setFiles('test/fixtures/ocds/sample-notices.json');
  await expect(page.getByRole('dialog').getByRole('table', { name: 'Changes to matched contracts' })).toBeVisible();
  await expectAccessible(page, 'OCDS notices preview');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  for (const area of ['Renewals', 'Settings']) {
    await page.getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { name: area, level: 1 })).toBeVisible();
    await expectAccessible(page, area);
  }
  for (const view of ['Notices due', 'Pipeline notice']) {
    await page.getByRole('link', { name: 'Renewals' }).click();
    await page.getByRole('navigation', { name: 'Renewals views' }).getByRole('link', { name: view }).click();
    await expect(
      page.getByRole('table', { name: new RegExp(view === 'Notices due' ? '^Notices due' : '^Contracts for the pipeline') }),
    ).toBeVisible();
    await expectAccessible(page, view);
  }
  await page.getByRole('link', { name: 'Settings' }).click();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything…' }).click();
  const backup = await (await download).path();
  const restore = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await restore).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(backup!) });
  await expect(page.getByRole('dialog', { name: 'Replace all your data with this backup?' })).toBeVisible();
  await expectAccessible(page, 'restore confirmation');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
});

test('the appraisal screens pass an axe WCAG 2.2 AA scan with no serious or critical violations', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('link', { name: 'Appraisals' }).click();
  await expectAccessible(page, 'appraisals list');
  await page.getByLabel('Contract to appraise').selectOption('NVH-EPR-001');
  await page.getByRole('button', { name: 'Start appraisal' }).click();
  for (const tab of ['Options', 'Costs', 'Risks', 'Scoring', 'Compare', 'Report']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
    if (tab === 'Risks') await page.getByRole('button', { name: 'Add from library' }).click();
    if (tab === 'Compare') await expect(page.getByRole('table', { name: /Options compared/ })).toBeVisible();
    await expectAccessible(page, `appraisal ${tab} tab`);
  }

  // The printable report itself: the PDF is made from this page, so its structure is the PDF's.
  const appraisalId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  await page.goto(`/#/report/${encodeURIComponent(appraisalId)}?status=draft&print=1`);
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true', { timeout: 30_000 });
  await expectAccessible(page, 'printable report');
});

test('the economic and financial case tabs pass an axe WCAG 2.2 AA scan with no serious or critical violations', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('link', { name: 'Appraisals' }).click();
  await page.getByLabel('Contract to appraise').selectOption('NVH-EPR-001');
  await page.getByRole('button', { name: 'Start appraisal' }).click();
  await page.getByRole('tab', { name: 'Benefits' }).click();
  await page.getByRole('button', { name: 'Add from library' }).click();
  await expect(page.getByText('Illustrative', { exact: true })).toBeVisible();
  await expectAccessible(page, 'appraisal Benefits tab');
  await page.getByRole('tab', { name: 'Risk analysis' }).click();
  await page.getByRole('button', { name: 'Run risk analysis' }).click();
  await expect(page.getByRole('img', { name: /S-curve/ })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'appraisal Risk analysis tab');
  await page.getByRole('tab', { name: 'Finance' }).click();
  await expect(page.getByRole('table', { name: /^Approval tests/ })).toBeVisible();
  await expectAccessible(page, 'appraisal Finance tab');
});
