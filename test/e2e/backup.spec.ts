import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dumpDatabase, expect, loadSample, startAppraisal, test } from './fixtures';

async function chooseBackupFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('back up everything, change things, refuse bad backups, cancel, then restore by keyboard: the data is exactly as backed up', async ({
  page,
}) => {
  await loadSample(page);
  // An appraisal too, so its options, cost lines, risks and criteria are in the backup.
  await startAppraisal(page);
  const before = await dumpDatabase(page);
  expect(before.contracts.length).toBeGreaterThan(30);
  expect(before.costLines.length).toBeGreaterThan(0);

  // Back up.
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^trust-procurement-planner-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupText = readFileSync((await file.path())!, 'utf8');
  await expect(page.getByRole('status').filter({ hasText: 'Backed up everything to' })).toBeVisible();

  // Change things after the backup: a new contract from an import.
  await page.getByRole('link', { name: 'Portfolio' }).click();
  const importChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (
    await importChooser
  ).setFiles({
    name: 'new.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Reference,Title,Supplier,Category,Start date,End date\r\nAFTER-1,Added after the backup,Acme Ltd,Other,01/04/2025,31/03/2028\r\n',
    ),
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Import 1 contract' }).click();
  // The sample is loaded: the import asks whether to replace it (issue 11); this test keeps both.
  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toHaveAttribute('aria-rowcount', String(before.contracts.length + 2));
  const changed = await dumpDatabase(page);
  expect(changed.contracts.length).toBe(before.contracts.length + 1);

  await page.getByRole('link', { name: 'Settings' }).click();
  // The Backup section's own status line (the storage warning above is a status too, and names Backup).
  const status = page.getByRole('group', { name: 'Backup' }).getByRole('status');

  // A backup from a newer app is refused before anything is asked or changed.
  const backup = JSON.parse(backupText) as { schemaVersion: number; tables: { contracts: Array<Record<string, unknown>> } };
  await chooseBackupFile(page, 'newer.json', JSON.stringify({ ...backup, schemaVersion: backup.schemaVersion + 1 }));
  await expect(status).toHaveText(/made by a newer version of Trust Procurement Planner.*Update the app to restore it\./);
  await expect(page.getByRole('dialog')).toBeHidden();

  // So is a damaged one, naming the row, field and value.
  const damaged = structuredClone(backup);
  damaged.tables.contracts[0].currentEndDate = '31/02/2026';
  await chooseBackupFile(page, 'damaged.json', JSON.stringify(damaged));
  await expect(status).toHaveText(
    new RegExp(
      `^This backup is damaged, so nothing was restored: contract 1 of ${before.contracts.length} \\(${String(damaged.tables.contracts[0].reference)}\\), field 'currentEndDate', value '31/02/2026'`,
    ),
  );
  expect(await dumpDatabase(page)).toEqual(changed);

  // Cancel at the confirmation changes nothing.
  await chooseBackupFile(page, 'good.json', backupText);
  const confirm = page.getByRole('dialog', { name: 'Replace all your data with this backup?' });
  await expect(confirm).toContainText(`${before.contracts.length} contracts and 1 appraisal`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(await dumpDatabase(page)).toEqual(changed);

  // Confirm, by keyboard alone: the focused dialog, Tab to "Replace my data", Enter.
  await chooseBackupFile(page, 'good.json', backupText);
  await expect(confirm).toBeVisible();
  const replace = confirm.getByRole('button', { name: 'Replace my data' });
  for (let i = 0; i < 5 && !(await replace.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(replace).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/^Restored the backup of \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} from good\.json\.$/);
  expect(await dumpDatabase(page)).toEqual(before);

  // And the register shows it: the contract added after the backup is gone (rows + the header row).
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toHaveAttribute('aria-rowcount', String(before.contracts.length + 1));
});

/**
 * Holds the app's database with a read-write transaction of this test's own (the raw IndexedDB API,
 * kept alive by one request after another) until the returned function is called: a restore begun
 * meanwhile waits for it, however fast the machine.
 */
async function holdDatabase(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const win = window as unknown as { tppHold: boolean };
        win.tppHold = true;
        const open = indexedDB.open('trust-procurement-planner');
        open.onsuccess = () => {
          const meta = open.result.transaction('meta', 'readwrite').objectStore('meta');
          const again = () => {
            if (win.tppHold) meta.get('hold').onsuccess = again;
            else open.result.close();
          };
          meta.get('hold').onsuccess = () => {
            again();
            resolve();
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );
  return () => page.evaluate(() => void ((window as unknown as { tppHold: boolean }).tppHold = false));
}

test('a restore the user leaves Settings during says how it ended wherever they are, and again in Settings', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything…' }).click();
  const backupText = readFileSync((await (await download).path())!, 'utf8');

  await chooseBackupFile(page, 'good.json', backupText);
  const release = await holdDatabase(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByRole('progressbar', { name: 'Restoring' })).toBeVisible();
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('group', { name: 'Backup' })).toBeHidden();
  await release();

  const restored = /^Restored the backup of \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} from good\.json\.$/;
  // The app's message region (a status with its own Dismiss), shown outside Settings.
  const toast = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss message' }) });
  await expect(toast.getByText(restored)).toBeVisible();
  await toast.getByRole('button', { name: 'Dismiss message' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('group', { name: 'Backup' }).getByRole('status')).toHaveText(restored);
});
