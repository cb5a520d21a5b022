import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { countRows, expect, loadSample, openApp, readRows, test } from './fixtures';

const FIXTURES = 'test/fixtures/registers';

async function importFile(page: Page, trigger: () => Promise<void>, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog');
}

const grid = (page: Page) => page.getByRole('grid', { name: /Contract register/ });

test('a messy CSV register: preview counts and errors, confirm, undo', async ({ page }) => {
  await openApp(page);
  const dialog = await importFile(page, () => page.getByRole('button', { name: 'Import a register…' }).click(), `${FIXTURES}/bad-rows.csv`);
  const counts = dialog.getByRole('list', { name: 'What the import will do' });
  // Rows with a bad optional cell are kept with that field blank (issue 11); only required fields refuse a row.
  await expect(counts).toContainText('4 new');
  await expect(counts).toContainText('4 invalid');
  const errors = dialog.getByRole('table').filter({ hasText: 'Problem' });
  const dateError = errors.getByRole('row').filter({ hasText: '31/02/2026' });
  await expect(dateError).toContainText('3');
  await expect(dateError).toContainText('End date');
  await expect(dateError).toContainText('is not a real date');
  const blanked = dialog.getByRole('region', { name: 'Cells left blank' });
  await expect(blanked.getByRole('row').filter({ hasText: 'about 50k' })).toContainText('Annual value');

  await dialog.getByRole('button', { name: 'Import 4 contracts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 4 contracts from bad-rows.csv' })).toBeVisible();
  await expect(grid(page)).toHaveAttribute('aria-label', /4 of 4 contracts/);
  expect(await countRows(page)).toBe(4);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Your contract register is empty' })).toBeVisible();
  expect(await countRows(page)).toBe(0);
});

test('an XLSX register with title rows and serial dates imports by keyboard, and merges on reference', async ({ page }) => {
  await loadSample(page);
  const before = await countRows(page);
  const dialog = await importFile(
    page,
    async () => {
      await page.getByRole('button', { name: 'Import…' }).focus();
      await page.keyboard.press('Enter');
    },
    `${FIXTURES}/trust-foi-register.xlsx`,
  );
  await expect(dialog.getByRole('list', { name: 'What the import will do' })).toContainText('8 new');
  await expect(dialog.getByRole('combobox', { name: 'Sheet' })).toHaveValue('Register');
  await expect(dialog).toContainText('headers found on row 4');
  await dialog.getByRole('button', { name: 'Import 8 contracts' }).press('Enter');
  // The sample is loaded: the import asks whether to replace it (issue 11); this test keeps both.
  await page.getByRole('button', { name: 'Keep both' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Imported 8 contracts' })).toBeVisible();
  expect(await countRows(page)).toBe(before + 8);

  // The Excel serial dates arrived as real dates.
  await page.getByRole('searchbox', { name: 'Search' }).fill('FOI-2019-014');
  await expect(grid(page).getByRole('row').filter({ hasText: 'FOI-2019-014' })).toContainText('31 Mar 2027');

  // Importing the same file again changes nothing.
  const again = await importFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), `${FIXTURES}/trust-foi-register.xlsx`);
  await expect(again.getByRole('list', { name: 'What the import will do' })).toContainText('8 unchanged');
  await again.getByRole('button', { name: 'Cancel' }).click();
  expect(await countRows(page)).toBe(before + 8);
});

test('filter, edit with validation, export JSON and CSV, re-import the JSON to the same data', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('combobox', { name: 'Category' }).selectOption('EPR');
  const eprRow = grid(page).getByRole('row').filter({ hasText: 'Electronic patient record' }).first();
  await expect(eprRow).toBeVisible();
  await expect(grid(page)).toHaveAttribute('aria-label', /Contract register, 1 of/);
  await eprRow.click();

  const panel = page.getByRole('complementary', { name: /Contract NVH-EPR-001/ });
  await expect(panel.getByRole('definition').filter({ hasText: 'decision overdue' })).toBeVisible();
  // Fields save as typed: an invalid value says why beside the field and is not saved.
  await panel.getByLabel('Notice period (days)').fill('ninety');
  await panel.getByLabel('Notice period (days)').press('Enter');
  await expect(panel.getByText("Notice period (days) 'ninety' is not a whole number")).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('Not saved: 1 field needs attention.');
  const stored = (await readRows(page, 'contracts')) as Array<{ reference: string; noticePeriodDays?: number }>;
  expect(stored.find((c) => c.reference === 'NVH-EPR-001')?.noticePeriodDays).toBe(180);
  await panel.getByLabel('Notice period (days)').fill('365');
  await panel.getByLabel('Notes').fill('=HYPERLINK("http://evil.example") board to decide');
  await panel.getByLabel('Notes').blur();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved NVH-EPR-001' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Change history' })).toContainText('Notice period: 180 days → 365 days');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export portfolio (JSON)' }).click();
  const jsonFile = await (await jsonDownload).path();
  const exported = JSON.parse(readFileSync(jsonFile, 'utf8'));
  expect(exported.format).toBe('trust-procurement-planner/portfolio');
  const epr = exported.contracts.find((c: { reference: string }) => c.reference === 'NVH-EPR-001');
  expect(epr.noticePeriodDays).toBe(365);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export contracts (CSV)' }).click();
  const csv = readFileSync(await (await csvDownload).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.toString('utf8');
  expect(csvText).toContain(`"'=HYPERLINK(""http://evil.example"") board to decide"`);
  expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(exported.contracts.length + 1);

  // A fresh profile: import the exported JSON and get exactly the same contracts back.
  const fresh = await page.context().browser()!.newContext();
  const page2 = await fresh.newPage();
  await page2.goto(page.url().replace(/#.*$/, '#/portfolio'));
  const dialog = await importFile(page2, () => page2.getByRole('button', { name: 'Import a register…' }).click(), jsonFile);
  await expect(dialog.getByRole('list', { name: 'What the import will do' })).toContainText(`${exported.contracts.length} new`);
  await dialog.getByRole('button', { name: /^Import \d+ contracts$/ }).click();
  await expect(page2.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  const roundTrip = await page2.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onsuccess = () => {
          const req = open.result.transaction('contracts').objectStore('contracts').getAll();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
  const byRef = (a: { reference: string }, b: { reference: string }) => a.reference.localeCompare(b.reference);
  expect((roundTrip as { reference: string }[]).sort(byRef)).toEqual([...exported.contracts].sort(byRef));
  await fresh.close();
});

test('an import that fails while writing leaves the register exactly as it was', async ({ page }) => {
  // Simulate the disk failing part-way through the write: the worker's IndexedDB puts start
  // throwing after 5,000 contracts. Only the test changes the worker script, as it is served.
  await page.route(/import\.worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const failAfter5000 = `{ const put = IDBObjectStore.prototype.put; let n = 0;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'contracts' && ++n > 5000) throw new DOMException('Simulated disk failure', 'UnknownError');
        return put.apply(this, args);
      }; }\n`;
    await route.fulfill({ response, body: failAfter5000 + (await response.text()) });
  });
  await loadSample(page);
  const before = await countRows(page);
  const rows = ['Reference,Title,Supplier,End date,Annual value'];
  for (let i = 0; i < 20_000; i++) rows.push(`BIG-${i},Contract ${i},Supplier ${i % 50},31/03/2028,${1000 + i}`);

  const dialog = await importFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'huge-register.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  await expect(dialog.getByRole('list', { name: 'What the import will do' })).toContainText('20,000 new');
  await dialog.getByRole('button', { name: 'Import 20,000 contracts' }).click();
  // The sample is loaded: the import asks whether to replace it (issue 11); this test keeps both.
  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The import failed and nothing was changed: Simulated disk failure');
  await expect(dialog).toContainText('Nothing in your register has changed.');
  expect(await countRows(page)).toBe(before);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(grid(page)).toHaveAttribute('aria-label', new RegExp(`of ${before} contracts`));
});

test('a register dragged onto the window shows the drop target, then opens the import preview', async ({ page }) => {
  await loadSample(page);
  const csv = readFileSync(`${FIXTURES}/atamis-export.csv`, 'utf8');
  // A DataTransfer holding a real File, as the operating system hands one to the page on a drop.
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'atamis-export.csv', { type: 'text/csv' }));
    return dt;
  }, csv);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText('Drop a register (CSV or Excel) or portfolio file to import it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Drop a register (CSV or Excel) or portfolio file to import it')).toBeHidden();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText('atamis-export.csv');
  await expect(dialog.getByRole('list', { name: 'What the import will do' })).toBeVisible();
});

test('dates and amounts in the register are never cut off', async ({ page }) => {
  await loadSample(page);
  const grid = page.getByRole('grid', { name: /Contract register/ });
  await expect(grid.getByRole('row')).not.toHaveCount(0);
  // Every visible cell in the date, days and money columns shows its whole text (no ellipsis).
  const clipped = await grid.evaluate((el) => {
    const headers = [...el.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent?.replace(/[▲▼]/g, '').trim());
    const wanted = ['End date', 'Notice by', 'Decide by', 'Days left', 'Annual value'].map((name) => headers.indexOf(name));
    const out: string[] = [];
    for (const row of el.querySelectorAll('.grid-row')) {
      const cells = row.querySelectorAll<HTMLElement>('[role="gridcell"], [role="rowheader"]');
      for (const i of wanted)
        if (cells[i] && cells[i].scrollWidth > cells[i].clientWidth) out.push(`${headers[i]}: ${cells[i].textContent}`);
    }
    return { out, columns: wanted };
  });
  expect(clipped.columns.every((i) => i >= 0)).toBe(true);
  expect(clipped.out).toEqual([]);
});

test('on a 1366×768 laptop the columns a user decides from are on screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadSample(page);
  const grid = page.getByRole('grid', { name: /Contract register/ });
  for (const name of ['Reference', 'Title', 'End date', 'Notice by', 'Decide by', 'Days left', 'Annual value', 'Status']) {
    const header = grid.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    await expect(header).toBeInViewport({ ratio: 1 });
  }
  // An ended contract says so instead of a negative count of days.
  await expect(grid.getByRole('gridcell', { name: /^-\d/ })).toHaveCount(0);
});

test('the register appears without waiting for the contracts to be counted', async ({ page }) => {
  await loadSample(page);
  // Counting a large register is slower than reading its first screenful: make counting take 20 s,
  // and the register must still be on screen (with its rows and its total) well before then.
  await page.addInitScript(() => {
    const count = IDBObjectStore.prototype.count;
    IDBObjectStore.prototype.count = function (...args: Parameters<typeof count>) {
      const request = count.apply(this, args);
      const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!;
      let handler: ((this: IDBRequest, ev: Event) => unknown) | null = null;
      onsuccess.set!.call(request, function (this: IDBRequest, ev: Event) {
        setTimeout(() => handler?.call(this, ev), 20_000);
      });
      Object.defineProperty(request, 'onsuccess', {
        get: () => handler,
        set: (h) => {
          handler = h;
        },
      });
      return request;
    };
  });
  await page.reload();
  await expect(grid(page)).toHaveAccessibleName(/^Contract register, 46 of 46 contracts/, { timeout: 10_000 });
  await expect(grid(page).getByRole('row').nth(1)).toBeVisible();
});
