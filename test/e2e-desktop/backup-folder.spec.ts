import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FLUSH_REQUEST_CHANNEL } from '@shared/ipc';
import { resolvePolicy } from '@shared/policy';
import { seedContracts } from './backup-seed';
import { countRows, expect, openApp, openSettingsSection, test } from './fixtures';
import { EMIT_FUNCTION } from './preload-shim';

/**
 * Automatic backups go to a folder the user chooses (issue 11): Settings › Automatic copies asks main
 * for a native folder picker (answered here as the harness answers every dialog), main checks and
 * remembers the folder, and the next backup (the one made on quit) is written there.
 */

/** What main sends before the window closes or the app quits: the page flushes its edits and backs up. */
const askToFlushAsOnQuit = (page: Page) =>
  page.evaluate(
    ([fn, channel]) => (window as unknown as Record<string, (c: string, a: unknown[]) => number>)[fn](channel, [{ requestId: 7 }]),
    [EMIT_FUNCTION, FLUSH_REQUEST_CHANNEL] as const,
  );

const backupsIn = (folder: string) => {
  try {
    return readdirSync(folder).filter((name) => name.startsWith('auto-backup-'));
  } catch {
    return [];
  }
};

test('Change folder… picks a folder through main, and the backup on quit goes there', async ({ page, desktop, files }) => {
  await openApp(page);
  // The first backup of the day went to the default folder as the app opened.
  await expect.poll(() => backupsIn(path.join(files, 'backups'))).toHaveLength(1);
  const section = await openSettingsSection(page, 'Automatic copies');
  await expect(section).toContainText(`to ${path.join(files, 'backups')}.`);

  const chosen = path.join(files, 'Trust share', 'Planner backups');
  desktop.dialogs.answerOpen(chosen);
  await section.getByRole('button', { name: 'Change folder…' }).click();
  await expect(section.getByRole('status')).toHaveText(
    `Automatic backups now go to ${chosen}. Backups made before stay in the old folder.`,
  );
  await expect(section).toContainText(`to ${chosen}.`);
  expect(desktop.dialogs.shown.at(-1)).toMatchObject({
    kind: 'open',
    title: 'Choose a folder for automatic backups',
    options: { defaultPath: path.join(files, 'backups'), properties: expect.arrayContaining(['openDirectory']) },
  });

  await askToFlushAsOnQuit(page);
  await expect.poll(() => backupsIn(chosen)).toHaveLength(1);
  expect(backupsIn(path.join(files, 'backups'))).toHaveLength(1);
  await expect(section.getByRole('list', { name: 'Automatic backups' }).getByRole('listitem')).toHaveCount(1);

  // Cancelling the picker changes nothing.
  desktop.dialogs.answerOpen(null);
  await section.getByRole('button', { name: 'Change folder…' }).click();
  await expect(section).toContainText(`to ${chosen}.`);
});

test('an automatic backup of thousands of contracts is streamed to disk in parts, arrives whole, and restores', async ({
  page,
  desktop,
  files,
}) => {
  const folder = path.join(files, 'backups');
  await openApp(page);
  await expect.poll(() => backupsIn(folder)).toHaveLength(1);
  const CONTRACTS = 4_000;
  await seedContracts(page, CONTRACTS);
  // A new second, so the backup on quit has a name of its own (they are named to the second).
  await page.waitForTimeout(1_100);
  desktop.calls.length = 0;
  await askToFlushAsOnQuit(page);
  await expect.poll(() => backupsIn(folder), { timeout: 30_000 }).toHaveLength(2);

  // Sent as a stream: begun, several parts (the worker makes parts of a million characters), finished.
  const streamed = desktop.calls.filter((c) => c.startsWith('backup:write'));
  const parts = streamed.filter((c) => c === 'backup:writeChunk').length;
  expect(parts).toBeGreaterThan(1);
  expect(streamed).toEqual(['backup:writeBegin', ...Array<string>(parts).fill('backup:writeChunk'), 'backup:writeFinish']);
  // Whole on disk: the newest file parses, holds every contract, and no temporary file is left.
  const newest = backupsIn(folder).sort().at(-1) ?? '';
  const text = readFileSync(path.join(folder, newest), 'utf8');
  const backup = JSON.parse(text) as { tables: { contracts: Array<{ reference: string }> } };
  expect(backup.tables.contracts).toHaveLength(CONTRACTS);
  expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);

  // The register is lost (here: emptied), and the automatic backup brings it back.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onsuccess = () => {
          const tx = open.result.transaction('contracts', 'readwrite');
          tx.objectStore('contracts').clear();
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.reload();
  expect(await countRows(page)).toBe(0);
  const section = await openSettingsSection(page, 'Automatic copies');
  const item = section.getByRole('list', { name: 'Automatic backups' }).getByRole('listitem').filter({ hasText: newest });
  await item.getByRole('button', { name: 'Restore…' }).click();
  await item.getByRole('button', { name: 'Replace my data' }).click();
  await expect(section.getByRole('status')).toHaveText(`Restored the automatic backup ${newest}.`, { timeout: 30_000 });
  expect(await countRows(page)).toBe(CONTRACTS);
});

test.describe('when the IT policy sets the backup folder', () => {
  const locked = path.join(os.tmpdir(), 'tpp-locked-backups');
  test.use({
    policy: {
      ...resolvePolicy([{ source: 'machine-registry', where: 'HKLM', values: { BackupFolder: locked } }]),
      updates: { on: false, reason: 'Updates are off in a development build.' },
    },
  });

  test('the folder is shown as the organisation’s, and there is no Change folder…', async ({ page, desktop }) => {
    await openApp(page);
    const section = await openSettingsSection(page, 'Automatic copies');
    await expect(section).toContainText(`to ${locked} (set by your organisation, so it cannot be changed here).`);
    await expect(section.getByRole('button', { name: 'Change folder…' })).toHaveCount(0);
    expect(desktop.dialogs.shown.filter((d) => d.kind === 'open')).toEqual([]);
  });
});
