import type { Page } from '@playwright/test';
import { expect, loadSample, openApp, openSettingsSection, putRow, readContract, readRows, startAppraisal, test } from './fixtures';

/**
 * Nothing a user typed or imported is lost (issue 11, "No lost work"): undo of an import never
 * takes later edits with it, a damaged record never blanks the window, and a value typed just
 * before the page closed is there when it opens again.
 */

const REGISTER =
  'Reference,Title,Supplier,Category,Start date,End date\r\n' +
  'OWN-1,Pathology system,Acme Ltd,LIMS,01/04/2024,31/03/2028\r\n' +
  'OWN-2,Theatres system,Acme Ltd,Theatres,01/04/2024,31/03/2029\r\n';

async function importRegister(page: Page, trigger: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: trigger }).click();
  await (await chooser).setFiles({ name: 'own-register.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
  await page.getByRole('dialog').getByRole('button', { name: 'Import 2 contracts' }).click();
}

/** Rewrites one stored contract with the raw IndexedDB API, as a hand-edited backup would leave it. */
async function damageContract(page: Page, reference: string, change: Record<string, unknown> | 'drop-linked'): Promise<void> {
  const row = { ...(await readContract(page, reference)) };
  if (change === 'drop-linked') delete row.linkedContracts;
  else Object.assign(row, change);
  await putRow(page, 'contracts', row);
}

test('undo of an import is withdrawn once an imported contract is edited, and the edit survives', async ({ page }) => {
  await openApp(page);
  await importRegister(page, 'Import a register…');
  const toast = page.getByRole('status').filter({ hasText: 'own-register.csv' });
  await expect(toast.getByRole('button', { name: 'Undo' })).toBeVisible();

  await page
    .getByRole('grid', { name: /Contract register/ })
    .getByRole('row')
    .filter({ hasText: 'OWN-1' })
    .click();
  const panel = page.getByRole('complementary', { name: 'Contract OWN-1' });
  await panel.getByLabel('Notes').fill('Supplier agreed a 12-month extension on 3 Dec');
  await panel.getByLabel('Notes').blur();

  await expect(page.getByText(/OWN-1 was edited since the import/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  const stored = (await readRows(page, 'contracts')) as Array<{ reference: string; notes?: string }>;
  expect(stored.find((c) => c.reference === 'OWN-1')?.notes).toBe('Supplier agreed a 12-month extension on 3 Dec');
  expect(stored).toHaveLength(2);
});

test('a stored contract missing a list opens normally; one too damaged to show gets a way back, not a blank window', async ({ page }) => {
  await loadSample(page);
  await damageContract(page, 'NVH-EPR-001', 'drop-linked');
  await damageContract(page, 'NVH-PACS-005', { linkedContracts: { length: 1 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  // Missing: the reader fills the default, so the contract simply opens.
  await page.goto('/#/portfolio?ref=NVH-EPR-001');
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Contract NVH-EPR-001' })).toBeVisible();

  // Present but the wrong shape: the screen's boundary explains and offers the way back.
  await page.goto('/#/portfolio?ref=NVH-PACS-005');
  await page.reload();
  const failure = page.getByRole('alert').filter({ hasText: 'could not be shown' });
  await expect(failure).toContainText('The Portfolio screen could not be shown');
  await expect(failure).toContainText('Nothing has been changed or lost');
  await expect(failure).not.toContainText('TypeError');
  expect(errors.join('\n')).toContain('Portfolio screen failed to show');
  await failure.getByRole('button', { name: 'Go back to the register' }).click();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a note typed just before Delete contract is kept: Undo brings the contract back with it', async ({ page }) => {
  await loadSample(page);
  await page.goto('/#/portfolio?ref=NVH-PACS-005');
  const panel = page.getByRole('complementary', { name: 'Contract NVH-PACS-005' });
  // Typed and deleted at once, inside the pause before the panel saves what was typed.
  await panel.getByLabel('Notes').fill('Renewal quote received 2 Dec');
  await panel.getByRole('button', { name: 'Delete contract' }).click();

  const toast = page.locator('.toast');
  await expect(toast).toContainText('Deleted NVH-PACS-005.');
  const references = async () => ((await readRows(page, 'contracts')) as Array<{ reference: string }>).map((c) => c.reference);
  expect(await references()).not.toContain('NVH-PACS-005');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(references).toContain('NVH-PACS-005');
  const stored = (await readRows(page, 'contracts')) as Array<{ reference: string; notes?: string }>;
  expect(stored.find((c) => c.reference === 'NVH-PACS-005')?.notes).toBe('Renewal quote received 2 Dec');
});

test('a delete that cannot be written leaves the contract, and what was typed, where they were', async ({ page }) => {
  await loadSample(page);
  await page.goto('/#/portfolio?ref=NVH-PACS-005');
  const panel = page.getByRole('complementary', { name: 'Contract NVH-PACS-005' });
  await expect(panel).toBeVisible();
  // From here a delete cannot be written, as when the disk refuses it.
  await page.evaluate(() => {
    IDBObjectStore.prototype.delete = () => {
      throw new DOMException('The disk refused the write', 'UnknownError');
    };
  });
  await panel.getByLabel('Notes').fill('Renewal quote received 2 Dec');
  await panel.getByRole('button', { name: 'Delete contract' }).click();

  await expect(page.locator('.toast')).toContainText('NVH-PACS-005 was not deleted');
  await expect(panel.getByLabel('Notes')).toHaveValue('Renewal quote received 2 Dec');
  const stored = (await readRows(page, 'contracts')) as Array<{ reference: string; notes?: string }>;
  expect(stored.find((c) => c.reference === 'NVH-PACS-005')?.notes).toBe('Renewal quote received 2 Dec');
});

async function startEprAppraisal(page: Page): Promise<string> {
  await loadSample(page);
  await startAppraisal(page);
  await page.getByText('Appraisal settings').click();
  return page.url();
}

/** The pending-edits journal's key (JOURNAL_KEY in renderer/data/pending-edits.ts). */
const JOURNAL_KEY = 'trust-procurement-planner:pending-edits';

const appraisalTitles = async (page: Page) => ((await readRows(page, 'appraisals')) as Array<{ title: string }>).map((a) => a.title);

test('a typed value whose save never landed (the page died first) is saved when the page opens again', async ({ page, context }) => {
  const url = await startEprAppraisal(page);
  // From here this page cannot write to its database at all, as if it died mid-write.
  await page.evaluate(() => {
    const tried = window as unknown as { __tppAppraisalWritesRefused: number };
    tried.__tppAppraisalWritesRefused = 0;
    const dead = function (this: IDBObjectStore) {
      if (this.name === 'appraisals') tried.__tppAppraisalWritesRefused++;
      throw new DOMException('The page is closing', 'AbortError');
    };
    IDBObjectStore.prototype.put = dead;
    IDBObjectStore.prototype.add = dead;
  });
  await page.getByLabel('Title', { exact: true }).fill('Typed as the laptop lid closed');
  // Past the debounce: the save was tried and could not land; the journal holds the value.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __tppAppraisalWritesRefused: number }).__tppAppraisalWritesRefused))
    .toBeGreaterThan(0);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain('Typed as the laptop lid closed');
  await page.close();

  const again = await context.newPage();
  await again.goto(url);
  await again.getByText('Appraisal settings').click();
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue('Typed as the laptop lid closed');
  await expect.poll(() => appraisalTitles(again)).toEqual(['Typed as the laptop lid closed']);
  // The journal is emptied once the value has landed (localStorage also keeps the first-screen snapshot).
  await expect.poll(() => again.evaluate((key) => localStorage.getItem(key), JOURNAL_KEY)).toBeNull();
});

test('typed-then-closed: a value typed into an appraisal field and the page closed at once is there on reopening', async ({
  page,
  context,
}) => {
  const url = await startEprAppraisal(page);
  // No blur, no Enter, no pause: the page goes straight away.
  await page.getByLabel('Title', { exact: true }).fill('EPR: options after the LSP contract');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(url);
  await again.getByText('Appraisal settings').click();
  await expect(again.getByLabel('Title', { exact: true })).toHaveValue('EPR: options after the LSP contract');
  await expect.poll(() => appraisalTitles(again)).toEqual(['EPR: options after the LSP contract']);
});

test('importing over the sample offers to replace it; the trust’s own name replaces the sample’s', async ({ page }) => {
  await loadSample(page);
  await expect(page.getByText('Northbridge Valley Hospitals NHS Trust (sample)')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name: 'own-register.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
  await page.getByRole('dialog').getByRole('button', { name: 'Import 2 contracts' }).click();

  const question = page.getByRole('dialog', { name: 'Replace the sample with your register?' });
  await expect(question).toContainText(/4\d fictional contracts/);
  await expect(question.getByLabel('Your trust’s name')).toHaveValue('');
  await question.getByLabel('Your trust’s name').fill('Anytown Hospitals NHS Foundation Trust');
  await question.getByRole('button', { name: 'Replace the sample with your register' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'own-register.csv' })).toBeVisible();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toHaveAttribute('aria-label', /2 of 2 contracts/);
  await expect(page.getByText('Anytown Hospitals NHS Foundation Trust')).toBeVisible();
  await expect(page.getByText(/Northbridge/)).toHaveCount(0);
  const stored = (await readRows(page, 'contracts')) as Array<{ reference: string }>;
  expect(stored.map((c) => c.reference).sort()).toEqual(['OWN-1', 'OWN-2']);
});

test('Settings removes the sample portfolio and its appraisals, Undo puts back exactly what went, and its fictional name goes with it', async ({
  page,
}) => {
  await startEprAppraisal(page);
  const section = await openSettingsSection(page, 'Sample portfolio');
  await expect(section).toContainText('1 appraisal');
  const stores = ['contracts', 'appraisals', 'options', 'costLines', 'risks', 'settings'];
  const snapshot = async () => Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await readRows(page, s)])));
  const before = await snapshot();

  // Removed at once, with Undo in the message, like every other removal.
  await section.getByRole('button', { name: 'Remove the sample portfolio' }).click();
  const toast = page.locator('.toast');
  await expect(toast).toContainText(/Removed the sample portfolio: 4\d contracts and 1 appraisal\./);
  expect(await readRows(page, 'contracts')).toEqual([]);
  expect(await readRows(page, 'appraisals')).toEqual([]);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toContainText('Put the sample portfolio back as it was.');
  expect(await snapshot()).toEqual(before);
  await expect(section).toContainText('1 appraisal');

  await section.getByRole('button', { name: 'Remove the sample portfolio' }).click();
  await expect(toast).toContainText(/Removed the sample portfolio: 4\d contracts and 1 appraisal\./);
  expect(await readRows(page, 'contracts')).toEqual([]);
  expect(await readRows(page, 'appraisals')).toEqual([]);

  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { name: 'Your contract register is empty' })).toBeVisible();
  await expect(page.getByText(/Northbridge/)).toHaveCount(0);
});

test('a first contract added by hand over the sample offers to replace it, then the register asks for the trust’s own name', async ({
  page,
}) => {
  await loadSample(page);
  await page.getByRole('button', { name: 'Add contract' }).click();
  const panel = page.getByRole('complementary', { name: 'New contract' });
  await panel.getByRole('textbox', { name: 'Reference (required)' }).fill('OWN-9');
  await panel.getByRole('textbox', { name: 'Title (required)' }).fill('Maternity system');
  await panel.getByRole('textbox', { name: 'Supplier (required)' }).fill('Acme Ltd');
  await panel.getByRole('textbox', { name: 'Current end date (required)' }).fill('2029-03-31');
  await panel.getByRole('button', { name: 'Add contract' }).click();

  const question = page.getByRole('dialog', { name: 'Start your own register?' });
  await expect(question).toContainText(/4\d fictional contracts/);
  await question.getByRole('button', { name: 'Replace the sample with your contract' }).click();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toHaveAttribute('aria-label', /1 of 1 contract/);
  const stored = (await readRows(page, 'contracts')) as Array<{ reference: string }>;
  expect(stored.map((c) => c.reference)).toEqual(['OWN-9']);

  // No name is set now the sample's is gone: the register asks for it, in place.
  const prompt = page.getByRole('form', { name: /Which trust is this register for/ });
  await prompt.getByLabel('Your trust’s name').fill('Anytown Hospitals NHS Foundation Trust');
  await prompt.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.locator('.screen-header .subtitle')).toHaveText('Anytown Hospitals NHS Foundation Trust');
  await expect(prompt).toHaveCount(0);
});

test('typed-then-closed: a value typed into a contract field and the page closed at once is there on reopening', async ({
  page,
  context,
}) => {
  await loadSample(page);
  const url = '/#/portfolio?ref=NVH-EPR-001';
  await page.goto(url);
  const panel = page.getByRole('complementary', { name: 'Contract NVH-EPR-001' });
  // No blur, no Enter, no pause, no button: the page goes straight away.
  await panel.getByLabel('Notes').fill('Board agreed to extend on 3 Dec');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByRole('complementary', { name: 'Contract NVH-EPR-001' }).getByLabel('Notes')).toHaveValue(
    'Board agreed to extend on 3 Dec',
  );
  const stored = async () =>
    ((await readRows(again, 'contracts')) as Array<{ reference: string; notes?: string }>).find((c) => c.reference === 'NVH-EPR-001')
      ?.notes;
  await expect.poll(stored).toBe('Board agreed to extend on 3 Dec');
});

test('the contract panel saves as typed: a rule across fields holds every edit back until fixed, and a rename keeps the panel where the user types', async ({
  page,
}) => {
  await loadSample(page);
  await page.goto('/#/portfolio?ref=NVH-EPR-001');
  const panel = page.getByRole('complementary', { name: 'Contract NVH-EPR-001' });
  const stored = async (ref: string) =>
    ((await readRows(page, 'contracts')) as Array<{ reference: string; startDate?: string; notes?: string }>).find(
      (c) => c.reference === ref,
    );
  const before = await stored('NVH-EPR-001');

  await panel.getByLabel('Start date').fill('2030-01-01');
  await expect(panel.getByText('Current end date is before the start date')).toBeVisible();
  await panel.getByLabel('Notes').fill('Held back until the dates agree');
  await panel.getByLabel('Notes').blur();
  await expect(panel.getByRole('status')).toHaveText('Not saved: 1 field needs attention.');
  expect(await stored('NVH-EPR-001')).toEqual(before);

  await panel.getByLabel('Start date').fill('2020-01-01');
  await expect(panel.getByRole('status')).toHaveText('Saved NVH-EPR-001.');
  expect(await stored('NVH-EPR-001')).toMatchObject({ startDate: '2020-01-01', notes: 'Held back until the dates agree' });

  const reference = panel.getByLabel('Reference (required)', { exact: true });
  await reference.fill('NVH-EPR-001A');
  await reference.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Contract NVH-EPR-001A' })).toBeVisible();
  await expect(reference).toBeFocused();
  expect(await stored('NVH-EPR-001')).toBeUndefined();
  expect(await stored('NVH-EPR-001A')).toMatchObject({ notes: 'Held back until the dates agree' });
});
