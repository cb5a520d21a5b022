import type { Page } from '@playwright/test';
import { makeRegisterCsv } from '../bench/make-register';
import { chooseFile, expect, openApp, test } from './fixtures';

/**
 * Issue 16, start-up: the page's entry paints the register's first rows as soon as it has read them
 * from IndexedDB, before the app has loaded, and the app takes over the same screen.
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

test('the first rows are painted from the database before the app has loaded, and the app takes over the same screen', async ({ page }) => {
  await importRegister(page);
  const release = await holdTheApp(page);
  await page.reload();

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
