import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP_API_METHODS } from '../support/desktop-api';

/**
 * The real app in a real Electron: window security, the preload bridge and the user's path through
 * the main process (a register imported over IPC, a PDF exported through the hidden print window).
 * It runs the built bundle that is packaged (dist/electron/main.cjs); the packaged binary itself
 * refuses the inspector Playwright needs (see electron-builder.yml, electronFuses). Runs only where
 * an Electron binary exists; elsewhere it is skipped, and says so in the output.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SKIP_REASON = 'Skipped: no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run it)';

/**
 * Finds the binary the way node_modules/electron/index.js does, without calling it: requiring
 * 'electron' when the binary is missing starts a download, which must not happen offline.
 */
function findElectronBinary(): string | null {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const defaultName =
    process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidates = override
    ? [path.join(override, relative || 'electron'), path.join(override, defaultName)]
    : relative
      ? [path.join(packageDir, 'dist', relative)]
      : [];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

const binary = findElectronBinary();
if (!binary) console.log(SKIP_REASON);

test.describe('Electron app', () => {
  test.skip(!binary, SKIP_REASON);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData = '';

  test.beforeAll(async () => {
    const main = path.join(root, 'dist', 'electron', 'main.cjs');
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first.`);
    userData = mkdtempSync(path.join(os.tmpdir(), 'tpp-electron-e2e-'));
    app = await electron.launch({
      executablePath: binary ?? undefined,
      // The project directory, as `electron .` would: package.json's main is dist/electron/main.cjs.
      args: [root],
      cwd: root,
      env: { ...process.env, TPP_USER_DATA_DIR: userData, TPP_DEVTOOLS: '' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('loads the app from app://planner', async () => {
    expect(page.url()).toMatch(/^app:\/\/planner\//);
  });

  test('the window is sandboxed and isolated', async () => {
    // getLastWebPreferences is real but undocumented (absent from electron.d.ts), hence the cast.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0].webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown> | null;
      };
      const p = contents.getLastWebPreferences?.();
      if (!p) return null;
      return {
        sandbox: p.sandbox,
        contextIsolation: p.contextIsolation,
        nodeIntegration: p.nodeIntegration,
        webviewTag: p.webviewTag,
        webSecurity: p.webSecurity,
      };
    });
    expect(prefs, 'webContents.getLastWebPreferences() is no longer available in this Electron').not.toBeNull();
    expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
  });

  test('storage is persistent, so the data is never evicted, and the app does not warn', async () => {
    expect(await page.evaluate(() => navigator.storage.persist())).toBe(true);
    await expect(page.getByText('has not granted persistent storage')).toHaveCount(0);
  });

  test('the page sees window.desktop and no Node', async () => {
    const globals = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      return {
        desktop: typeof g.desktop,
        methods: Object.keys((g.desktop as object | undefined) ?? {}).sort(),
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
      };
    });
    expect(globals).toEqual({
      desktop: 'object',
      methods: [...DESKTOP_API_METHODS],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  test('the bridge answers and the protocol sends the CSP', async () => {
    const result = await page.evaluate(async () => {
      const g = globalThis as unknown as {
        desktop: { getAppInfo(): Promise<{ ok: boolean; value?: { name: string } }> };
        fetch(url: string): Promise<{ headers: { get(name: string): string | null } }>;
      };
      const info = await g.desktop.getAppInfo();
      const response = await g.fetch('app://planner/index.html');
      return { info, csp: response.headers.get('content-security-policy') };
    });
    expect(result.info).toMatchObject({ ok: true, value: { name: 'Trust Procurement Planner' } });
    expect(result.csp).toContain("default-src 'none'");
  });

  test('cannot navigate away or open windows', async () => {
    const opened = await page.evaluate(() => {
      const g = globalThis as unknown as { open(url: string): unknown };
      return g.open('https://example.org/') === null;
    });
    expect(opened).toBe(true);
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/planner\//);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('loads the sample portfolio into the register', async () => {
    await page.getByRole('button', { name: 'Load sample portfolio' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'EPR' }).first()).toBeVisible();
  });

  test('File > Import portfolio… reads a register over IPC through the open dialog', async () => {
    const register = path.join(userData, 'atamis-export.csv');
    copyFileSync(path.join(root, 'test', 'fixtures', 'registers', 'atamis-export.csv'), register);
    // The main process's own dialog module answers: the file the user would have picked.
    await app.evaluate(({ dialog }, file) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [file] })) as typeof dialog.showOpenDialog;
    }, register);
    await clickMenu(app, 'File', 'Import portfolio…');
    const importDialog = page.getByRole('dialog', { name: /atamis-export\.csv/ });
    await importDialog.getByRole('button', { name: /^Import \d+ contracts$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: /Imported \d+ contracts from atamis-export\.csv/ })).toBeVisible();
  });

  test('exports the decision report as a PDF through the hidden print window', async () => {
    test.setTimeout(120_000);
    const target = path.join(userData, 'board paper');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
      // "Report exported": Close (the third button), so nothing else opens.
      dialog.showMessageBox = (async () => ({ response: 2, checkboxChecked: false })) as typeof dialog.showMessageBox;
    }, target);
    await page.getByRole('link', { name: 'Appraisals' }).click();
    await page.getByLabel('Contract to appraise').selectOption('NVH-EPR-001');
    await page.getByRole('button', { name: 'Start appraisal' }).click();
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.getByRole('button', { name: 'Export decision report…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exported the decision report to board paper.pdf.' })).toBeVisible({
      timeout: 60_000,
    });
    const pdf = `${target}.pdf`;
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('Northbridge Valley Hospitals NHS Trust');
    // The print window is gone again: only the main window is left.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});

/** Clicks an item of the real application menu, as the user would. */
async function clickMenu(app: ElectronApplication, menu: string, item: string): Promise<void> {
  await app.evaluate(
    ({ Menu, BrowserWindow }, [menuLabel, itemLabel]) => {
      const top = Menu.getApplicationMenu()?.items.find((i) => i.label.replace(/&/g, '') === menuLabel);
      const entry = top?.submenu?.items.find((i) => i.label === itemLabel);
      if (!entry) throw new Error(`No menu item ${menuLabel} > ${itemLabel}`);
      entry.click(undefined, BrowserWindow.getAllWindows()[0], undefined);
    },
    [menu, item] as const,
  );
}
