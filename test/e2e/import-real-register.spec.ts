import { countRows, csvFile, expect, expectImportWillDo, openApp, openImport, readRows, test } from './fixtures';

/*
 * Issue 11: a register as a trust keeps it (test/fixtures/registers/make-real-register.mjs): a notes
 * sheet first, title rows, "Description" for the title, NHS framework spellings, "TBC" in a value cell,
 * no notice periods. Every valid row must arrive; an unknown route is answered in the preview.
 */

test('a real trust register imports whole: register sheet chosen, unknown route mapped, every valid row kept', async ({ page }) => {
  await openApp(page);
  const dialog = await openImport(page, 'Import a register…', 'test/fixtures/registers/real-trust-register.xlsx');

  await expect(dialog.getByRole('combobox', { name: 'Sheet' })).toHaveValue('Contracts register');
  await expect(dialog).toContainText("Reading sheet 'Contracts register' because it looks most like a register");
  await expect(dialog.getByRole('combobox', { name: 'Header row' })).toHaveValue('2');
  await dialog.getByText(/^Column mapping/).click();
  await expect(dialog.getByRole('combobox', { name: 'Field for column Description' })).toHaveValue('title');

  await expectImportWillDo(dialog, '14 new', '1 invalid');
  await expect(dialog).toContainText('1 cell says TBC or similar; it was left blank');
  await expect(dialog).toContainText('14 contracts have no notice period; the trust default (90 days) is assumed.');

  const blanked = dialog.getByRole('region', { name: 'Cells left blank' });
  await expect(blanked.getByRole('row').filter({ hasText: 'TBC' })).toContainText('Contract value (£)');
  await expect(blanked.getByRole('row').filter({ hasText: 'TBC' })).toContainText('7');

  await expect(dialog).toContainText(
    "2 values in Framework / route are not recognised: 'Collaborative (ICB-led)' and 'Grant-funded pilot' (3 rows).",
  );
  await dialog
    .getByRole('combobox', { name: "What 'Collaborative (ICB-led)' in Framework / route means" })
    .selectOption({ label: 'Framework call-off' });
  await dialog.getByRole('button', { name: 'Apply these answers' }).click();
  await expect(dialog).toContainText("1 value in Framework / route is not recognised: 'Grant-funded pilot' (1 row).");
  await expectImportWillDo(dialog, '14 new');

  await dialog.getByRole('button', { name: 'Import 14 contracts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 14 contracts from real-trust-register.xlsx' })).toBeVisible();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toHaveAttribute('aria-label', /14 of 14 contracts/);
  expect(await countRows(page)).toBe(14);

  const stored = (await readRows(page, 'contracts')) as Array<Record<string, unknown>>;
  const byRef = new Map(stored.map((c) => [c.reference, c]));
  expect(byRef.get('WTH-IT-006')?.procurementRoute).toBe('framework-call-off');
  expect(byRef.get('WTH-IT-002')?.procurementRoute).toBe('psr-direct-award');
  expect(byRef.get('WTH-IT-001')?.title).toBe('Electronic patient record');
  expect(stored.every((c) => c.noticePeriodDays === undefined)).toBe(true);

  // The answer is remembered with the layout: the same file again no longer asks about it.
  const again = await openImport(page, 'Import…', 'test/fixtures/registers/real-trust-register.xlsx');
  await expect(again).toContainText('remembered from your last import of this layout');
  await expect(again).toContainText("1 value in Framework / route is not recognised: 'Grant-funded pilot' (1 row).");
  await expectImportWillDo(again, '14 unchanged');
  await again.getByRole('button', { name: 'Cancel' }).click();
});

test('a CSV with a row further down wider than the rows its header was read from still imports whole', async ({ page }) => {
  // The import reads a CSV in slices and finds the header in its first 200 rows; a wider row later
  // (a note typed beyond the last column) makes it read the whole file first instead. This runs the
  // built, minified worker, where the class of that signal no longer has its source name.
  await openApp(page);
  const rows = Array.from({ length: 250 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return `WIDE-${n},System ${n},Acme Ltd,Other,01/04/2025,31/03/2028${i === 239 ? ',,Note typed beyond the last column' : ''}`;
  });
  const dialog = await openImport(
    page,
    'Import a register…',
    csvFile('wide-later.csv', ['Reference,Title,Supplier,Category,Start date,End date', ...rows]),
  );
  await dialog.getByRole('button', { name: 'Import 250 contracts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 250 contracts from wide-later.csv' })).toBeVisible();
  expect(await countRows(page)).toBe(250);
});
