import type { Page } from '@playwright/test';
import { putRecords } from '../support/idb-seed';

/**
 * Writes `rows` contracts straight into the app's database (made by the app's first start), as a
 * big import leaves it: for the backup benchmark (test/bench/safety.bench.ts) and the desktop test of
 * a backup large enough to cross in several parts (backup-folder.spec.ts).
 */
export function seedContracts(page: Page, rows: number): Promise<void> {
  const contracts = Array.from({ length: rows }, (_, index) => {
    const i = index + 1;
    const year = 2026 + (i % 8);
    return {
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
    };
  });
  return putRecords(page, { contracts });
}
