import type { Page } from '@playwright/test';

/**
 * Writes `rows` contracts straight into the app's database (made by the app's first start), as a
 * big import leaves it: for the backup benchmark (test/bench/safety.bench.ts) and the desktop test of
 * a backup large enough to cross in several parts (backup-folder.spec.ts).
 */
export function seedContracts(page: Page, rows: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('contracts', 'readwrite');
          const store = tx.objectStore('contracts');
          for (let i = 1; i <= n; i++) {
            const year = 2026 + (i % 8);
            store.put({
              reference: `BENCH-${String(i).padStart(6, '0')}`,
              title: `Clinical system ${i}`,
              category: 'EPR',
              supplier: `Supplier ${i % 700}`,
              contractingModel: 'direct',
              status: 'active',
              startDate: `${year - 5}-04-01`,
              currentEndDate: `${year}-03-31`,
              annualValue: 10_000 + (i % 90) * 1_000,
              noticePeriodDays: 90,
              extensionOptions: [],
              linkedContracts: [],
              modules: [],
              autoRenew: false,
              notes: 'Seeded for the benchmark',
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}
