import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Watches `page` for an uncaught error or a request that leaves the app; the returned check fails
 * the test if there was any since the last check.
 */
export function watchPage(page: Page): () => void {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`Uncaught error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (!local) problems.push(`Network request outside the app: ${request.url()}`);
  });
  return () => {
    const seen = problems.splice(0);
    expect(seen, seen.join('\n')).toEqual([]);
  };
}

/** Every page in the suite fails its test on an uncaught error or a request that leaves the app. */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const check = watchPage(page);
    await use(page);
    check();
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

/** One request to one of the app's object stores, made with the raw IndexedDB API (not the app's code). */
function storeRequest<T>(page: Page, store: string, method: 'count' | 'getAll' | 'get' | 'put', arg: unknown = ''): Promise<T> {
  return page.evaluate(
    ([name, how, a]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onsuccess = () => {
          const tx = open.result.transaction(name, how === 'put' ? 'readwrite' : 'readonly');
          const objects = tx.objectStore(name);
          const req = how === 'get' ? objects.get(a as IDBValidKey) : how === 'put' ? objects.put(a) : objects[how]();
          let result: unknown;
          req.onsuccess = () => {
            result = req.result;
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve(result as T);
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [store, method, arg] as const,
  );
}

/** Writes one row as given, with the raw IndexedDB API: a record as a hand-edited backup or an older app would leave it. */
/**
 * From a page with the sample loaded: starts an appraisal of one contract (the sample's EPR unless
 * named) from the Appraisals screen and waits for its Options tab; returns the appraisal's id.
 */
export async function startAppraisal(page: Page, reference = 'NVH-EPR-001'): Promise<string> {
  await page.getByRole('link', { name: 'Appraisals' }).click();
  await page.getByLabel('Contract to appraise').selectOption(reference);
  await page.getByRole('button', { name: 'Start appraisal' }).click();
  await expect(page.getByRole('tab', { name: 'Options', selected: true })).toBeVisible();
  return /#\/appraisals\/([^/?]+)/.exec(page.url())![1];
}

export async function putRow(page: Page, store: string, row: unknown): Promise<void> {
  await storeRequest(page, store, 'put', row);
}

/** Rows in one of the app's object stores. */
export function countRows(page: Page, store = 'contracts'): Promise<number> {
  return storeRequest<number>(page, store, 'count');
}

/** One contract as stored, by reference; undefined when there is none. */
export function readContract(page: Page, reference: string): Promise<Record<string, unknown> | undefined> {
  return storeRequest<Record<string, unknown> | undefined>(page, 'contracts', 'get', reference);
}

/** A file given to a file chooser: a path, or a name with its contents. */
export type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Clicks the button that opens a file chooser and chooses `file` in it. */
export async function chooseFile(page: Page, button: string, file: ChosenFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** Opens Settings from the main navigation and returns its section (a group, or a form) named `name`. */
export async function openSettingsSection(page: Page, name: string, role: 'group' | 'form' = 'group'): Promise<Locator> {
  await page.getByRole('link', { name: 'Settings' }).click();
  return page.getByRole(role, { name });
}

/** Chooses `file` with the button that opens an import, and returns the import's dialog. */
export async function openImport(page: Page, button: string, file: ChosenFile): Promise<Locator> {
  await chooseFile(page, button, file);
  return page.getByRole('dialog');
}

/** Checks that the import dialog's list of what it will do says each of `lines`. */
export async function expectImportWillDo(dialog: Locator, ...lines: string[]): Promise<void> {
  const willDo = dialog.getByRole('list', { name: 'What the import will do' });
  for (const line of lines) await expect(willDo).toContainText(line);
}

/** A CSV register of the given rows under a header, as a file to choose. */
export function csvFile(name: string, lines: readonly string[]): ChosenFile {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) };
}

/** Every row of one of the app's object stores, as stored. */
export function readRows(page: Page, store: string): Promise<unknown[]> {
  return storeRequest<unknown[]>(page, store, 'getAll');
}

export const ARTIFACTS = 'test-results/artifacts';

/** Every object store of the app's database, read with the raw IndexedDB API (not the app's code). */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('trust-procurement-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [...idb.objectStoreNames];
          const tx = idb.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              out[name] = req.result;
            };
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
