import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Presses Tab until the element with this role and name has focus (the way a keyboard user gets there). */
async function tabTo(page: Page, role: Parameters<Page['getByRole']>[0], name: string | RegExp, max = 60): Promise<void> {
  const target = page.getByRole(role, { name }).first();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${role} '${String(name)}'`);
}

test('keyboard alone: load the sample, find and edit a contract, start an appraisal, move between tabs, export the report', async ({
  page,
}) => {
  await openApp(page);
  await tabTo(page, 'button', 'Load sample portfolio');
  await page.keyboard.press('Enter');
  const grid = page.getByRole('grid', { name: /Contract register/ });
  await expect(grid).toBeVisible();

  // Ctrl+F goes to the filter; type a reference and move into the grid.
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('NVH-EPR-001');
  await expect(grid).toHaveAttribute('aria-label', /1 of \d+ contracts/);
  await tabTo(page, 'rowheader', 'NVH-EPR-001');
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('gridcell').first()).toBeFocused();
  await expect(grid.getByRole('gridcell').first()).toHaveText('Electronic patient record');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: /Contract NVH-EPR-001/ });
  await expect(panel).toBeVisible();

  await tabTo(page, 'textbox', 'Owner');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Chief Digital Information Officer');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Saved NVH-EPR-001.');

  // Into Appraisals by the main navigation, then start one from the overdue EPR.
  await tabTo(page, 'link', 'Appraisals');
  await page.keyboard.press('Enter');
  await tabTo(page, 'combobox', 'Contract to appraise');
  // Type-ahead in the list picks the contract by its reference.
  await page.keyboard.type('NVH-EPR-001');
  await expect(page.getByLabel('Contract to appraise')).toHaveValue('NVH-EPR-001');
  await tabTo(page, 'button', 'Start appraisal');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Options', selected: true })).toBeVisible();

  await tabTo(page, 'tab', 'Options');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Compare', selected: true })).toBeFocused();
  await expect(page.getByRole('table', { name: /Options compared/ })).toBeVisible();

  // The decision report, still by keyboard: its tab (after Finance), the author, final status, then export.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Finance', selected: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Report', selected: true })).toBeFocused();
  const preview = page.getByRole('region', { name: 'Preview of the decision report' });
  await expect(preview.locator('.report-watermark')).toHaveCount(1);
  await tabTo(page, 'textbox', 'Report author');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Head of Digital Procurement');
  await tabTo(page, 'combobox', 'Report status');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: 'Report status' })).toHaveValue('final');
  await expect(preview.locator('.report-watermark')).toHaveCount(0);
  await tabTo(page, 'button', 'Export decision report…');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/author=Head%20of%20Digital%20Procurement&status=final(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true');
  await expect(page.locator('.report .cover-meta')).toContainText('Head of Digital Procurement');
});
