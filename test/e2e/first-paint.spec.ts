import type { Page } from '@playwright/test';
import { makeRegisterCsv } from '../bench/make-register';
import { chooseFile, expect, openApp, test } from './fixtures';

/**
 * Issue 16, start-up: the page's entry paints the register's first rows from the first-screen
 * snapshot at once, or else as soon as it has read them from IndexedDB, before the app has loaded,
 * and the app takes over the same screen.
 */
const ROWS = 150;

async function importRegister(page: Page) {
  await openApp(page);
  await chooseFile(page, 'Import a register…', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(makeRegisterCsv(ROWS)) });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: `Import ${ROWS} contracts` })
    .click();
  await expect(page.getByRole('grid', { name: `Contract register, ${ROWS} of ${ROWS} contracts` })).toBeVisible();
}

/** Holds the app's main chunk back until `release` is called, so the entry's first paint can be looked at alone. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

interface ShownRow {
  text: string;
  x: number;
  y: number;
  width: number;
}

/**
 * The first paint's visible rows now (their text, and where each row's first cell sits), and a watch
 * that takes the app's rows the same way at the moment it takes over: in the task that removes the
 * first paint, before the browser can paint again, so what the user sees in the next frame.
 */
const watchTheHandOver = (page: Page) =>
  page.evaluate(() => {
    const shown = (within: Element): ShownRow[] =>
      [...within.querySelectorAll('[role="row"]')]
        .map((row) => {
          const box = row.firstElementChild!.getBoundingClientRect();
          return { text: (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), x: box.x, y: box.y, width: box.width };
        })
        .filter((r) => r.y < window.innerHeight);
    new MutationObserver((_, observer) => {
      if (document.getElementById('first-paint')) return;
      observer.disconnect();
      (window as unknown as { atHandOver: ShownRow[] }).atHandOver = shown(document.getElementById('root')!);
    }).observe(document.body, { childList: true });
    return shown(document.getElementById('first-paint')!);
  });

/** The first-screen snapshot's key (renderer/data/first-screen-snapshot.ts). */
const SNAPSHOT_KEY = 'tpp:first-screen';

/** Waits until the app has written the first-screen snapshot (after the writes have settled, in idle time). */
const snapshotWritten = (page: Page) =>
  page.waitForFunction((key) => localStorage.getItem(key) !== null, SNAPSHOT_KEY, { timeout: 15_000 });

test('the first rows are painted from the database before the app has loaded, and the app takes over the same screen', async ({ page }) => {
  await importRegister(page);
  const release = await holdTheApp(page);
  // No snapshot (a first start, or a crash between a write and the snapshot's rewrite): the early read paints.
  await snapshotWritten(page);
  await page.evaluate((key) => localStorage.removeItem(key), SNAPSHOT_KEY);
  await page.reload();
  await expect(page.locator('#first-paint')).toHaveAttribute('data-source', 'database');

  // The app's scripts are held back: what shows is the entry's own first paint, a named grid with its headers.
  const first = page.getByRole('grid', { name: 'Contract register, the first 80 contracts (more loading)' });
  await expect(first).toBeVisible();
  await expect(first.getByRole('columnheader')).toHaveText([
    'Reference',
    'Title',
    'End date ▲',
    'Notice by',
    'Decide by',
    'Days left',
    'Annual value',
    'Status',
    'Category',
    'Supplier',
    'Model',
    'Hosting',
  ]);
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByName('app:script').length)).toBe(0);
  const before = await watchTheHandOver(page);
  expect(before.length).toBeGreaterThan(5);

  // Every font size and weight the first paint shows was looked up before the entry ran, by
  // index.html's warm-up, which is never seen: each lookup is a synchronous request to the browser
  // process, and in the first rows' frame they made it wait 200–400 ms on a busy machine.
  await expect(page.locator('#font-warm-up')).toBeHidden();
  const fonts = await page.evaluate(() => {
    const shownIn = (within: Element) =>
      [
        ...new Set(
          [within, ...within.querySelectorAll('*')]
            .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
            .map((el) => {
              const style = getComputedStyle(el);
              return `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
            }),
        ),
      ].sort();
    return { painted: shownIn(document.getElementById('first-paint')!), warmedUp: shownIn(document.getElementById('font-warm-up')!) };
  });
  expect(fonts.painted.length).toBeGreaterThan(2);
  expect(fonts.warmedUp).toEqual(expect.arrayContaining(fonts.painted));

  // The real register, as stored in this browser's database: the earliest end dates first.
  const stored = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onsuccess = () => {
          const read = open.result.transaction('contracts').objectStore('contracts').index('currentEndDate').getAll(null, 3);
          read.onsuccess = () => {
            open.result.close();
            resolve((read.result as { reference: string }[]).map((c) => c.reference));
          };
        };
      }),
  );
  // 80 rows read; like the app's virtual list, only those a screen shows (and a few more) are drawn.
  await expect(first).toHaveAttribute('aria-rowcount', '81');
  expect(await first.getByRole('rowheader').count()).toBeGreaterThan(20);
  expect((await first.getByRole('rowheader').allInnerTexts()).slice(0, 3).sort()).toEqual([...stored].sort());

  // Focus placed before the app is live moves with it.
  await first.getByRole('rowheader').first().focus();

  release();
  const app = page.getByRole('grid', { name: new RegExp(`Contract register, (the first 80|${ROWS} of ${ROWS}) contracts`) });
  await expect(page.locator('#first-paint')).toHaveCount(0);
  await expect(app).toBeVisible();
  // The warm-up has done its work: the app leaves nothing of it in the page.
  await expect(page.locator('#font-warm-up')).toHaveCount(0);
  // The same rows in the same places: no flash of other content and no jump.
  const atHandOver = await page.waitForFunction(() => (window as unknown as { atHandOver?: ShownRow[] }).atHandOver);
  expect(await atHandOver.jsonValue()).toEqual(before);

  // Keyboard focus works in the live app: the focused cell is the app's, and arrows move it.
  await expect(page.locator('#root [data-cell="0:0"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#root [data-cell="1:0"]')).toBeFocused();
});

test('another screen, or an empty register, is left to the app', async ({ page }) => {
  await importRegister(page);
  const release = await holdTheApp(page);
  await page.goto('/#/renewals');
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('db:early-read').length > 0);
  await expect(page.locator('#first-paint')).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { name: 'Renewals', level: 1 })).toBeVisible();
});

test('the first rows are painted from the snapshot at once, and after an edit never show the value it replaced', async ({ page }) => {
  await importRegister(page);
  await snapshotWritten(page);
  const release = await holdTheApp(page);
  await page.reload();

  // The app's scripts are held back and the rows come from the snapshot, painted before IndexedDB answered.
  const painted = page.locator('#first-paint');
  await expect(painted).toHaveAttribute('data-source', 'snapshot');
  const first = page.getByRole('grid', { name: 'Contract register, the first 80 contracts (more loading)' });
  const firstRow = first.getByRole('row').nth(1);
  const reference = (await firstRow.getByRole('rowheader').innerText()).trim();
  const oldTitle = (await firstRow.getByRole('gridcell').first().innerText()).trim();
  expect(await page.evaluate(() => performance.getEntriesByName('app:script').length)).toBe(0);
  release();
  await expect(painted).toHaveCount(0);

  // Edit the first row's title (the save clears the snapshot before it writes), then start again at once.
  await page
    .getByRole('grid', { name: /Contract register/ })
    .getByRole('row')
    .filter({ hasText: reference })
    .click();
  const panel = page.getByRole('complementary', { name: `Contract ${reference}` });
  const newTitle = `${oldTitle} (renewed)`;
  await panel.getByLabel('Title (required)').fill(newTitle);
  await panel.getByLabel('Title (required)').blur();
  await expect(panel.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
  await page.goto('/#/portfolio');
  const releaseAgain = await holdTheApp(page);
  await page.reload();
  const again = page.getByRole('grid', { name: 'Contract register, the first 80 contracts (more loading)' });
  await expect(again.getByRole('row').filter({ hasText: reference })).toContainText(newTitle);
  // From the database, or from a snapshot written again after the edit committed: never the old one.
  await expect(page.locator('#first-paint')).toHaveAttribute('data-source', /^(database|snapshot)$/);
  await expect(page.getByText(oldTitle, { exact: true })).toHaveCount(0);
  releaseAgain();
  await expect(page.locator('#first-paint')).toHaveCount(0);

  // Once the edit has settled the snapshot is written again, with the edited title.
  await snapshotWritten(page);
  const releaseThird = await holdTheApp(page);
  await page.reload();
  await expect(page.locator('#first-paint')).toHaveAttribute('data-source', 'snapshot');
  await expect(
    page
      .getByRole('grid', { name: 'Contract register, the first 80 contracts (more loading)' })
      .getByRole('row')
      .filter({ hasText: reference }),
  ).toContainText(newTitle);
  await expect(page.getByText(oldTitle, { exact: true })).toHaveCount(0);
  releaseThird();
});
