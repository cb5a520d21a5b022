import { expect, expectImportWillDo, loadSample, openImport, readContract, test } from './fixtures';

test('the trust’s own notices (OCDS) import with their diff shown first, mark a duty done, and undo', async ({ page }) => {
  await loadSample(page);
  const before = await readContract(page, 'NVH-INF-012');
  const dialog = await openImport(page, 'Import…', 'test/fixtures/ocds/sample-notices.json');
  await expect(dialog.getByRole('heading', { name: 'Import notices from sample-notices.json' })).toBeVisible();
  await expectImportWillDo(
    dialog,
    '1 contract will change',
    '1 added to modification histories',
    '4 added to notice logs',
    '1 not matched to the register',
  );

  const diff = dialog.getByRole('table', { name: 'Changes to matched contracts' });
  await expect(diff.getByRole('row').filter({ hasText: 'End date' })).toContainText('30 Sep 2030');
  await expect(diff.getByRole('row').filter({ hasText: 'End date' })).toContainText('31 Mar 2031');
  await expect(diff.getByRole('row').filter({ hasText: 'Total value (ex VAT)' })).toContainText('£12,248,000');
  await expect(diff.getByRole('row').filter({ hasText: 'Total value (ex VAT)' })).toContainText('£13,248,000');
  await expect(diff.getByRole('row').filter({ hasText: 'CPV codes' })).toContainText('72500000');
  await expect(diff.getByRole('row').filter({ hasText: 'Supplier identifiers' })).toContainText('GB-COH-09876543');
  await expect(diff.getByRole('row').filter({ hasText: 'Modification history' })).toContainText('1 Jun 2026');
  await expect(diff.getByRole('row').filter({ hasText: 'Notice log' })).toContainText('UK7 contract details notice of 20 Oct 2025');
  await dialog.getByText('Releases not matched to any contract (1)').click();
  await expect(dialog.getByRole('list', { name: 'Releases not matched to any contract' })).toContainText(
    'ocds-h6vhtk-0fffff: Catering equipment',
  );
  // Nothing is written before the user applies it.
  expect(await readContract(page, 'NVH-INF-012')).toEqual(before);

  await dialog.getByRole('button', { name: 'Apply to 1 contract' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Applied the notices in sample-notices.json: 1 contract updated' });
  await expect(toast).toBeVisible();
  const after = await readContract(page, 'NVH-INF-012');
  expect(after?.currentEndDate).toBe('2031-03-31');
  expect((after?.notices as { type: string }[]).map((n) => n.type).sort()).toEqual(['UK10', 'UK4', 'UK6', 'UK7']);
  expect((after?.modifications as { valueChange: number; termChangeMonths: number }[])[0]).toMatchObject({
    valueChange: 1_000_000,
    termChangeMonths: 6,
  });

  // The contract details notice (UK7) is now in the notice log, so that duty shows as done.
  await page.getByRole('link', { name: 'Renewals' }).click();
  await page.getByRole('navigation', { name: 'Renewals views' }).getByRole('link', { name: 'Notices due' }).click();
  await page.getByLabel('Status').selectOption('done');
  await page.getByLabel('Due within').selectOption('any');
  const done = page
    .getByRole('table', { name: /^Notices due/ })
    .getByRole('row')
    .filter({ hasText: 'NVH-INF-012' });
  await expect(done.filter({ hasText: 'Contract details notice' })).toContainText('Done');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid the import of sample-notices.json' })).toBeVisible();
  expect(await readContract(page, 'NVH-INF-012')).toEqual(before);
});

test('a malformed or oversized OCDS package is refused with a clear error and nothing written', async ({ page }) => {
  await loadSample(page);
  const before = await readContract(page, 'NVH-INF-012');

  const malformed = await openImport(page, 'Import…', {
    name: 'notices.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: '1.1', releases: [{ tender: { id: 'NVH-INF-012' } }] })),
  });
  await expect(malformed.getByRole('alert')).toContainText(
    'does not follow the OCDS release schema, so nothing was imported. Release 1, field ocid',
  );
  await expect(malformed).toContainText('Nothing in your register has changed.');
  await malformed.getByRole('button', { name: 'Close' }).click();

  const many = Buffer.from(JSON.stringify({ version: '1.1', releases: Array.from({ length: 250_001 }, () => ({ ocid: 'x' })) }));
  const oversized = await openImport(page, 'Import…', { name: 'all-notices.json', mimeType: 'application/json', buffer: many });
  await expect(oversized.getByRole('alert')).toContainText('holds 250,001 releases; at most 250,000 can be imported at once');
  await oversized.getByRole('button', { name: 'Close' }).click();

  expect(await readContract(page, 'NVH-INF-012')).toEqual(before);
});
