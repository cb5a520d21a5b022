import type { Page } from '@playwright/test';
import type { Contract, Settings } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';

/**
 * Writes contracts and an appraisal bundle straight into the app's IndexedDB from the page, without
 * driving the appraisal screens. The app must have opened its database first (so the stores exist).
 */
export async function seedAppraisal(
  page: Page,
  data: { contracts: Contract[]; bundle: AppraisalBundle; settings?: Settings },
): Promise<void> {
  await page.evaluate(
    (payload) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = ['contracts', 'appraisals', 'criteria', 'options', 'costLines', 'risks', 'settings'];
          const tx = db.transaction(stores, 'readwrite');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
          for (const c of payload.contracts) tx.objectStore('contracts').put(c);
          const b = payload.bundle;
          tx.objectStore('appraisals').put(b.appraisal);
          for (const c of b.criteria) tx.objectStore('criteria').put(c);
          for (const o of b.options) tx.objectStore('options').put(o);
          for (const l of b.costLines) tx.objectStore('costLines').put(l);
          for (const r of b.risks) tx.objectStore('risks').put(r);
          if (payload.settings) tx.objectStore('settings').put({ key: 'app', value: payload.settings });
        };
      }),
    data,
  );
}

/** Reads one contract back from the page's database (e.g. one the sample portfolio loaded). */
export async function readContract(page: Page, reference: string): Promise<Contract | undefined> {
  return page.evaluate(
    (ref) =>
      new Promise<Contract | undefined>((resolve, reject) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('contracts').objectStore('contracts').get(ref);
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as Contract | undefined);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    reference,
  );
}
