import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, loadSample, test } from './fixtures';

/**
 * Renewals › Notices due for the sample portfolio: the Procurement Act duties of its PA 2023
 * contracts (the managed infrastructure contract NVH-INF-012, £12.2m from 1 Oct 2025, is the largest),
 * filtered, linked to their contract, drawn on the timeline and exported as CSV and Excel.
 */
test('the sample portfolio’s notices due: listed with sections, filtered, on the timeline and exported', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('link', { name: 'Renewals' }).click();
  const periods = page.getByRole('table', { name: 'Contracts ending per period' });
  await expect(periods.getByRole('columnheader', { name: 'Procurement Act notices due' })).toBeVisible();
  await expect(periods.getByRole('link').filter({ hasText: /^\d+$/ }).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Renewals views' }).getByRole('link', { name: 'Notices due' }).click();
  const table = page.getByRole('table', { name: /^Notices due/ });
  await expect(table).toBeVisible();
  // s.53(1): 30 days beginning with 1 Oct 2025 (the start date stands in for the day it was entered into).
  const details = table.getByRole('row').filter({ hasText: 'NVH-INF-012' }).filter({ hasText: 'Contract details notice' });
  await expect(details).toContainText('30 Oct 2025');
  await expect(details).toContainText('Overdue');
  await expect(details).toContainText('PA 2023 s.53(1)');
  // No Act duties for PCR 2015 contracts such as the EPR.
  await expect(table.getByRole('row').filter({ hasText: 'NVH-EPR-001' })).toHaveCount(0);

  await page.getByLabel('Status').selectOption('to-be-confirmed');
  await page.getByLabel('Due within').selectOption('any');
  const kpis = table.getByRole('row').filter({ hasText: 'Set at least three KPIs' });
  await expect(kpis.filter({ hasText: 'NVH-INF-012' })).toHaveCount(1);
  await expect(kpis.first()).toContainText('To be confirmed');

  await page.getByLabel('Status').selectOption('all');
  await page.getByLabel('Owner').selectOption('Gareth Lewis, Head of IT Infrastructure');
  await expect(table.getByRole('row').filter({ hasText: 'Angela Crowe' })).toHaveCount(0);
  const shown = Number((await table.locator('caption').textContent())!.match(/of ([\d,]+)\)/)![1].replace(/,/g, ''));
  expect(shown).toBeGreaterThan(3);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/notices-due-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await csvFile.path()).toString('utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  expect(lines[0]).toBe('Contract reference,Contract,Owner,Duty,Section,Due by,Status,Basis');
  expect(lines).toHaveLength(shown + 1);
  expect(csv).toContain(
    'NVH-INF-012,Managed IT infrastructure and end-user services,"Gareth Lewis, Head of IT Infrastructure",Contract details notice,PA 2023 s.53(1),30 Oct 2025,Overdue',
  );

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Excel…' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await (await xlsxDownload).path())!);
  const ws = book.getWorksheet('Notices due')!;
  expect(ws.rowCount).toBe(shown + 1);
  const row = ws
    .getRows(2, ws.rowCount - 1)!
    .find((r) => r.getCell(1).value === 'NVH-INF-012' && r.getCell(4).value === 'Contract details notice')!;
  expect((row.getCell(6).value as Date).toISOString().slice(0, 10)).toBe('2025-10-30');

  // Each row links to its contract in the register.
  await table
    .getByRole('link', { name: /NVH-INF-012/ })
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: /Contract NVH-INF-012/ })).toBeVisible();
});

test('a duty marked done (date and link) leaves "Not yet done", stays done after a reload, and can be marked not done', async ({
  page,
}) => {
  await loadSample(page);
  await page.getByRole('link', { name: 'Renewals' }).click();
  await page.getByRole('navigation', { name: 'Renewals views' }).getByRole('link', { name: 'Notices due' }).click();
  const table = page.getByRole('table', { name: /^Notices due/ });
  await page.getByLabel('Due within').selectOption('any');
  await expect(page.getByLabel('Status')).toHaveValue('open');
  const details = () => table.getByRole('row').filter({ hasText: 'NVH-INF-012' }).filter({ hasText: 'Contract details notice' });
  await expect(details()).toContainText('Overdue');
  const summary = page.locator('.summary-line');
  const doneBefore = Number((await summary.innerText()).match(/([\d,]+) done/)![1].replace(/,/g, ''));

  await details()
    .getByRole('button', { name: /^Mark done: Contract details notice for NVH-INF-012/ })
    .click();
  const form = page.getByRole('group', { name: /^Mark done: Contract details notice for NVH-INF-012/ });
  await form.getByLabel('Done on').fill('2025-10-28');
  // A link that is not a web address is refused with what to do, and nothing is saved.
  await form.getByLabel('Link to the published notice (optional)').fill('notice 012345-2025');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('enter a web address starting https://');
  const link = 'https://www.find-tender.service.gov.uk/Notice/012345-2025';
  await form.getByLabel('Link to the published notice (optional)').fill(link);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Marked done: Contract details notice for NVH-INF-012')).toBeVisible();

  // Done: out of "Not yet done", counted, and listed under "Done" with its date and link.
  await expect(details()).toHaveCount(0);
  await expect(summary).toContainText(`${doneBefore + 1} done`);
  await page.getByLabel('Status').selectOption('done');
  await expect(details()).toContainText('Done 28 Oct 2025');
  await expect(details()).toContainText(link);

  // Stored: still done after a reload.
  await page.reload();
  await page.getByLabel('Status').selectOption('done');
  await page.getByLabel('Due within').selectOption('any');
  await expect(details()).toContainText('Done 28 Oct 2025');

  // Marked not done, it is open (and overdue) again.
  await details()
    .getByRole('button', { name: /^Mark not done: Contract details notice for NVH-INF-012/ })
    .click();
  await expect(details()).toHaveCount(0);
  await page.getByLabel('Status').selectOption('open');
  await expect(details()).toContainText('Overdue');
  await expect(summary).toContainText(`${doneBefore} done`);

  // Undo in the message takes a fresh mark off again.
  await details()
    .getByRole('button', { name: /^Mark done: / })
    .click();
  await page
    .getByRole('group', { name: /^Mark done: / })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(details()).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(details()).toContainText('Overdue');
});
