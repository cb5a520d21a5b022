import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ARTIFACTS, chooseFile, csvFile, expect, openApp, test } from './fixtures';

/** Strings that would run, inject or evaluate if anything treated imported text as markup or code. */
const HOSTILE = {
  reference: 'EVIL-<b>1</b>',
  title: '<img src=x onerror=alert(1)>',
  description: '"><script>alert(2)</script>',
  system: "{{constructor.constructor('alert(3)')()}}",
  supplier: '<svg onload=alert(4)> Ltd',
  vendor: 'javascript:alert(5)',
  owner: '<iframe src=javascript:alert(6)>',
  department: '${alert(7)}',
  notes: "=cmd|' /C calc'!A0",
  hostingProvider: '<a href=javascript:alert(8)>host</a>',
};

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

test('a hostile string in every imported text field renders as text in the register, editor, report and PDF', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page);

  const headers = [
    'Reference',
    'Title',
    'Description',
    'System',
    'Supplier',
    'Vendor',
    'Contract Owner',
    'Department',
    'Notes',
    'Hosting Provider',
    'Category',
    'Contracting model',
    'Hosting model',
    'Start date',
    'End date',
    'Annual value',
  ];
  const row = [
    HOSTILE.reference,
    HOSTILE.title,
    HOSTILE.description,
    HOSTILE.system,
    HOSTILE.supplier,
    HOSTILE.vendor,
    HOSTILE.owner,
    HOSTILE.department,
    HOSTILE.notes,
    HOSTILE.hostingProvider,
    'EPR',
    'Via LSP',
    'Vendor hosted',
    '01/04/2020',
    '30/06/2027',
    '£1.2m',
  ];
  await chooseFile(page, 'Import a register…', csvFile('hostile.csv', [headers.join(','), row.map(csvField).join(',')]));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: 'What the import will do' })).toContainText('1 new');
  await dialog.getByRole('button', { name: 'Import 1 contract' }).click();

  // The register shows the strings literally.
  const grid = page.getByRole('grid', { name: /Contract register/ });
  const registerRow = grid.getByRole('row').filter({ hasText: HOSTILE.reference });
  await expect(registerRow).toContainText(HOSTILE.title);
  await expect(registerRow).toContainText(HOSTILE.supplier);

  // So does the editor, in every field.
  await registerRow.click();
  const panel = page.getByRole('complementary', { name: `Contract ${HOSTILE.reference}` });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${HOSTILE.reference}: ${HOSTILE.title}`);
  for (const [label, value] of [
    ['Description', HOSTILE.description],
    ['System / product', HOSTILE.system],
    ['Vendor (software developer)', HOSTILE.vendor],
    ['Owner', HOSTILE.owner],
    ['Department', HOSTILE.department],
    ['Notes', HOSTILE.notes],
    ['Hosting provider', HOSTILE.hostingProvider],
  ] as const) {
    await expect(panel.getByLabel(label, { exact: true })).toHaveValue(value);
  }

  // An appraisal of it, and its report: in the preview and in the PDF.
  await page.getByRole('link', { name: 'Appraisals' }).click();
  await page.getByLabel('Contract to appraise').selectOption(HOSTILE.reference);
  await page.getByRole('button', { name: 'Start appraisal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${HOSTILE.title}: options at expiry`);
  await page.getByRole('tab', { name: 'Report' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(HOSTILE.title);
  const appraisalId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);

  await page.goto(`/#/report/${encodeURIComponent(appraisalId)}?status=draft&print=1`);
  await page.waitForFunction(() => document.documentElement.dataset.reportReady === 'true');
  await expect(page.locator('.report')).toContainText(HOSTILE.supplier);
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdfPath = `${ARTIFACTS}/hostile-report.pdf`;
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(HOSTILE.title);
  expect(text).toContain(HOSTILE.supplier);

  // Nothing ran and no element was injected anywhere on the way.
  expect(await page.locator('img[src="x"], svg[onload], iframe, script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);

  // The CSV export defuses the formula.
  await page.goto('/#/portfolio');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export contracts (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain(`,'=cmd|' /C calc'!A0\r\n`);
});
