import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { OBSERVE_LONG_TASKS, takeLongestTask } from '../bench/long-tasks';
import { chooseFile, csvFile, expect, loadSample, test } from './fixtures';

/*
 * Files built to hurt the importer (test/fixtures/hostile/make-hostile.mjs), given to the app the way
 * a user would: through the Import button. The unit tests (shared/import/hostile.test.ts) prove how
 * each is refused; these prove what the user sees, that the window stays usable, and that nothing
 * in the register changes.
 */

/**
 * A hostile fixture chosen by its path, which Playwright hands to Chromium directly. (A buffer is turned
 * into a File by script in the page: a UI-thread task of the harness's own, which the long-task check
 * would count against the app.)
 */
const hostile = (name: string): string => fileURLToPath(new URL(`../fixtures/hostile/${name}`, import.meta.url));

async function chooseHostile(page: Page, name: string): Promise<void> {
  await chooseFile(page, 'Import…', hostile(name));
}

/** The longest main-thread task allowed while a hostile file is handled: the window stays usable. */
const RESPONSIVE_MS = 200;

for (const [name, message] of [
  ['zip-bomb.xlsx', /'zip-bomb\.xlsx' holds a part .* that expands [\d,]+ times when unzipped .* so it was not opened\./],
  ['zip-bomb-claims-1_5gb.xlsx', /expands to 1\.5 GB when unzipped, more than the 600 MB a register can be/],
  ['many-entries.xlsx', /is made of 5,000 parts, more than the 1,000 a workbook can have/],
] as const) {
  test(`${name} is refused in plain words, with the window responsive and the register unchanged`, async ({ page }) => {
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await loadSample(page);
    const grid = page.getByRole('grid', { name: /Contract register/ });
    const countBefore = await grid.getAttribute('aria-rowcount');
    await takeLongestTask(page);

    await chooseHostile(page, name);
    const dialog = page.getByRole('dialog', { name: `${name} could not be imported` });
    // How soon (the bound is 2 seconds) is measured by test/bench/hostile-files.bench.ts, where a loaded
    // machine cannot fail a test over it.
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog).toContainText('Nothing in your register has changed.');
    // The work happened off the main thread: no task blocked input for long. (Unzipping the bomb on
    // the main thread would block it for seconds; 200 ms leaves room for a busy CI machine.)
    expect(await takeLongestTask(page)).toBeLessThan(RESPONSIVE_MS);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(grid).toHaveAttribute('aria-rowcount', countBefore ?? '');
  });
}

test('a sheet whose validation and formatting cover the whole grid is read as the small table it is', async ({ page }) => {
  // Real registers often have a data-validation list applied to whole columns or the whole sheet;
  // that must not make the reader walk 17 billion cells.
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await loadSample(page);
  await takeLongestTask(page);
  await chooseHostile(page, 'whole-sheet-validation.xlsx');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: 'What the import will do' })).toContainText('3 new');
  expect(await takeLongestTask(page)).toBeLessThan(RESPONSIVE_MS);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a parse that stalls is stopped by the watchdog after 60 seconds without progress, and the next import works', async ({ page }) => {
  // Stand in for a file that hangs the reader: the import worker is replaced by one that never
  // answers. The page clock is fast-forwarded rather than waiting a real minute.
  await page.route(/import\.worker[^/]*\.js/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }),
  );
  await page.clock.install();
  await loadSample(page);
  const grid = page.getByRole('grid', { name: /Contract register/ });
  const countBefore = await grid.getAttribute('aria-rowcount');

  await chooseFile(page, 'Import…', csvFile('stalls.csv', ['Reference,Title', 'X-1,Stalls']));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('progressbar')).toBeVisible();

  await page.clock.runFor(59_000);
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(dialog.getByRole('alert')).toHaveText(
    "Reading 'stalls.csv' was stopped after 60 seconds without progress. The file may be damaged or built to stall a reader; nothing was changed.",
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', countBefore ?? '');

  // The stalled worker was ended; a fresh one reads the next file.
  await page.unroute(/import\.worker[^/]*\.js/);
  await chooseFile(
    page,
    'Import…',
    csvFile('fine.csv', ['Reference,Title,Supplier,Category,Start date,End date', 'NEW-1,New thing,Acme Ltd,Other,01/04/2025,31/03/2028']),
  );
  await expect(page.getByRole('dialog').getByRole('list', { name: 'What the import will do' })).toContainText('1 new');
});
