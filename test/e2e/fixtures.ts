import { test as base, expect, type Page } from '@playwright/test';

/** Every page in the suite fails its test on an uncaught error or a request that leaves the app. */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`Uncaught error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
      if (!local) problems.push(`Network request outside the app: ${request.url()}`);
    });
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };

export async function openApp(page: Page, hash = '#/portfolio'): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function loadSample(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load sample portfolio' }).click();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toBeVisible();
}

/** Rows in one of the app's object stores, read with the raw IndexedDB API (not the app's code). */
export function countRows(page: Page, store = 'contracts'): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

export const ARTIFACTS = 'test-results/artifacts';
