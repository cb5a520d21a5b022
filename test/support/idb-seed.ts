import type { Page } from '@playwright/test';

/** Records handed to the page in one call: 100,000 contracts in one would be a message of tens of megabytes. */
const PER_CALL = 10_000;

/**
 * Writes records straight into the app's IndexedDB from a Playwright page, with the raw IndexedDB API
 * (not the app's code) and without driving the screens: `records` by object store, put in one
 * transaction a call of at most PER_CALL records. The app must have opened its database first (so
 * the stores exist). Used by the end-to-end tests and the benchmarks alike.
 */
export async function putRecords(page: Page, records: Record<string, readonly unknown[]>): Promise<void> {
  const calls: Array<Record<string, unknown[]>> = [{}];
  let count = 0;
  for (const [store, rows] of Object.entries(records)) {
    for (const row of rows) {
      if (count === PER_CALL) {
        calls.push({});
        count = 0;
      }
      (calls[calls.length - 1][store] ??= []).push(row);
      count += 1;
    }
  }
  for (const call of calls.filter((byStore) => Object.keys(byStore).length > 0)) {
    await page.evaluate(
      (byStore) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('trust-procurement-planner');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(Object.keys(byStore), 'readwrite');
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => {
              db.close();
              reject(tx.error);
            };
            for (const [store, rows] of Object.entries(byStore)) for (const row of rows) tx.objectStore(store).put(row);
          };
        }),
      call,
    );
  }
}
