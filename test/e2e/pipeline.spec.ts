import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, loadSample, test } from './fixtures';

/**
 * Renewals › Pipeline notice for the sample portfolio: the £100m answer, the countdown to 26 May,
 * the contracts over £2m with a tender notice in the window, an override (one excluded, one CPV
 * changed) that persists, and the three exports read back.
 */
test('the pipeline notice: answer, overrides that persist, and CSV, Excel and OCDS read back', async ({ page }) => {
  await loadSample(page);
  await page.goto(page.url().replace(/#.*$/, '#/renewals/pipeline'));
  const section = page.getByRole('region', { name: /Pipeline notice/ });
  await expect(section.getByText(/To be confirmed\./)).toBeVisible();
  await expect(section.getByText(/Publish by 26 May \d{4}/)).toBeVisible();

  await section.getByLabel('Yes: more than £100m').check();
  await expect(section.getByText(/^Required\./)).toBeVisible();

  const table = section.getByRole('table', { name: /Contracts for the pipeline/ });
  // PACS ends 31 Mar 2028: an open procedure of 12 months puts its tender notice on 1 Apr 2027, the window's first day.
  const pacs = table.getByRole('row').filter({ hasText: 'NVH-PACS-005' });
  await expect(pacs).toContainText('£5,712,000');
  await expect(pacs.getByLabel('Expected notice date of NVH-PACS-005')).toHaveValue('2027-04-01');
  await section.getByLabel('Include NVH-NET-014 in the pipeline notice').uncheck();
  await expect(table.getByRole('row').filter({ hasText: 'NVH-NET-014' })).toContainText('excluded by the user');
  await pacs.getByLabel('CPV code of NVH-PACS-005').fill('48180000-3');
  await pacs.getByLabel('CPV code of NVH-PACS-005').blur();
  await expect(pacs.getByRole('button', { name: 'Undo your changes to NVH-PACS-005' })).toBeVisible();

  // The overrides and the answer persist across a reload.
  await page.reload();
  await expect(section.getByLabel('Yes: more than £100m')).toBeChecked();
  await expect(section.getByLabel('Include NVH-NET-014 in the pipeline notice')).not.toBeChecked();
  await expect(section.getByLabel('CPV code of NVH-PACS-005')).toHaveValue('48180000-3');

  const csvDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export CSV…' }).click();
  const csv = readFileSync(await (await csvDownload).path()).toString('utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  expect(lines[0]).toBe(
    'Contract reference,Title,Route,Estimated value incl. VAT (£),Expected notice date,Notice type,CPV code,Included,Reason',
  );
  expect(lines.find((l) => l.startsWith('NVH-PACS-005'))).toContain(',5712000,1 Apr 2027,UK4 tender notice,48180000-3,Yes,');
  expect(lines.find((l) => l.startsWith('NVH-NET-014'))).toContain(',No,excluded by the user');

  const xlsxDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export Excel…' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await (await xlsxDownload).path())!);
  const ws = book.worksheets[0];
  const pacsRow = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === 'NVH-PACS-005')!;
  expect(pacsRow.getCell(4).value).toBe(5_712_000);
  expect((pacsRow.getCell(5).value as Date).toISOString().slice(0, 10)).toBe('2027-04-01');
  expect(pacsRow.getCell(7).value).toBe('48180000-3');

  const ocdsDownload = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export OCDS JSON…' }).click();
  const pkg = JSON.parse(readFileSync(await (await ocdsDownload).path(), 'utf8'));
  expect(pkg.version).toBe('1.1');
  const ids = pkg.releases.map((r: { tender: { id: string } }) => r.tender.id);
  expect(ids).toContain('NVH-PACS-005');
  expect(ids).not.toContain('NVH-NET-014');
  const release = pkg.releases.find((r: { tender: { id: string } }) => r.tender.id === 'NVH-PACS-005');
  expect(release.tender.classification).toEqual({ scheme: 'CPV', id: '48180000-3' });
  expect(release.tender.value).toEqual({ amountGross: 5_712_000, currency: 'GBP' });
  expect(release.planning.documents[0].noticeType).toBe('UK1');
});
