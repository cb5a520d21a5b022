import type { Page } from '@playwright/test';
import { expect, loadSample, openSettingsSection, startAppraisal, test } from './fixtures';

test('Settings › Procurement law: a lead time below the statutory minimum is refused; the VAT rate reaches the pipeline', async ({
  page,
}) => {
  await loadSample(page);
  const law = await openSettingsSection(page, 'Procurement law', 'form');
  // The trust's thresholds and lead times, each with its unit, as the Settings form lists them.
  await expect(page.getByLabel(/^Goods and services \(£ incl\. VAT\)/)).toHaveValue('135018');
  await expect(page.getByLabel(/^Light-touch services \(£ incl\. VAT\)/)).toHaveValue('663540');
  await expect(page.getByLabel(/^Direct award to signature \(months\)/)).toHaveValue('3');
  await expect(page.getByLabel(/^Hosting transfer \(months\)/)).toHaveValue('6');
  // An approval limit reads a sum as the importer does.
  const limit = page.getByLabel('Limit (£, incl. VAT)').first();
  await limit.fill('£2.5m');
  await limit.blur();
  await expect(limit).toHaveValue('2500000');
  await expect(law.getByText(/Source: UK standard rate of VAT, 20%/)).toBeVisible();
  await expect(law.getByLabel('Source of band 2')).toHaveValue(/from 1 Jan 2026/);

  await law.getByLabel('PSR direct award C to signature', { exact: true }).fill('0.1');
  await expect(law.getByRole('alert')).toContainText('is shorter than the statutory minimum for a PSR direct award');
  await expect(law.getByRole('button', { name: 'Save procurement law settings' })).toBeDisabled();
  await law.getByRole('button', { name: 'Reset PSR direct award C to signature to default' }).click();
  await expect(law.getByRole('alert')).toHaveCount(0);

  await law.getByLabel('VAT rate (%): legal money tests and the financial case').fill('17.5');
  await law.getByRole('button', { name: 'Save procurement law settings' }).click();
  await expect(law.getByRole('status')).toHaveText('Procurement law settings saved.');
  await page.reload();
  await expect(
    page.getByRole('form', { name: 'Procurement law' }).getByLabel('VAT rate (%): legal money tests and the financial case'),
  ).toHaveValue('17.5');

  // £4,760,000 ex VAT at 17.5% is £5,593,000 incl. VAT in the pipeline.
  await page.goto(page.url().replace(/#.*$/, '#/renewals/pipeline'));
  await expect(page.getByRole('row').filter({ hasText: 'NVH-PACS-005' })).toContainText('£5,593,000');
});

test('an option’s legal facts: grounds by the contract’s regime, none on a PSR route, KPIs saved as typed', async ({ page }) => {
  await loadSample(page);
  await startAppraisal(page, 'NVH-INF-012');
  const reProcure = (p: Page) => p.getByRole('article').filter({ has: p.getByRole('heading', { name: /^Re-procure/ }) });
  const card = reProcure(page);
  await card.getByLabel('Route', { exact: true }).selectOption('modification');
  const facts = card.getByRole('group', { name: 'Legal facts' });
  await expect(facts.getByRole('group', { name: 'Modification of the current contract (Procurement Act 2023)' })).toBeVisible();
  const ground = facts.getByLabel('Ground relied on');
  const offered = await ground.locator('option').allTextContents();
  expect(offered).toContain('Unforeseeable circumstances (PA 2023 s.74(1)(a) and Sch. 8 para. 4)');
  expect(offered.some((o) => /Sch\. 5|reg\. 72|PSR/.test(o))).toBe(false);
  await ground.selectOption({ label: 'Unforeseeable circumstances (PA 2023 s.74(1)(a) and Sch. 8 para. 4)' });
  await facts.getByLabel(/Caused by circumstances that could not reasonably have been foreseen/).selectOption('yes');

  // Over £5m incl. VAT: three KPIs are asked for; the names save as they are typed.
  const kpis = facts.getByRole('group', { name: 'Key performance indicators (PA 2023 s.52)' });
  await expect(kpis).toContainText('0 recorded');
  await kpis.getByRole('button', { name: 'Add a KPI' }).click();
  await kpis.getByLabel('KPI 1', { exact: true }).fill('Service desk first-time fix rate');
  await kpis.getByLabel('Target for KPI 1').fill('85% each month');
  await expect(kpis).toContainText('1 recorded');
  await page.waitForTimeout(800);
  await page.reload();
  const again = reProcure(page).getByRole('group', { name: 'Legal facts' });
  await expect(again.getByLabel('KPI 1', { exact: true })).toHaveValue('Service desk first-time fix rate');
  await expect(again.getByLabel('Target for KPI 1')).toHaveValue('85% each month');
  await expect(again.getByLabel('Ground relied on')).toHaveValue('pa2023-sch8-unforeseeable');

  // A PSR route records its process and never asks for a Schedule 5 ground.
  const card2 = reProcure(page);
  await card2.getByLabel('Route', { exact: true }).selectOption('psr-direct-award');
  const psr = card2.getByRole('group', { name: 'Legal facts' });
  await expect(psr.getByLabel('PSR direct award process')).toBeVisible();
  await expect(psr.getByLabel('Ground relied on')).toHaveCount(0);
  await expect(card2.getByLabel('Legal ground')).toHaveCount(0);
  await expect(psr.getByRole('group', { name: /Key performance indicators/ })).toHaveCount(0);
});
