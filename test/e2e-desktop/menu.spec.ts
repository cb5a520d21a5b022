import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc';
import { menuLabels, type DesktopHarness } from './harness';
import { openSampleEprAppraisal, startEprAppraisal } from '../e2e/risk-analysis-steps';
import { expect, installDesktop, loadSample, openApp, test, watchPage } from './fixtures';

/**
 * Every command of the application menu, sent as the menu sends it (the real template's click →
 * webContents.send on MENU_COMMAND_CHANNEL → the listener the built preload installed), must
 * change what the user sees. The table is keyed by MenuCommand, so a new command fails the type
 * check until it has a case here.
 */

const labels = menuLabels();

/**
 * Where a case runs: on a fresh app (`fresh`), or on the window the cases share, which has the sample
 * loaded and the EPR appraisal started once (loading it for each case was most of the file's time).
 */
interface AppWindow {
  page: Page;
  desktop: DesktopHarness;
  files: string;
  /** The address of the shared window's EPR appraisal, as it was started. */
  appraisal: string;
}

/**
 * Gets the shared window to the Portfolio, or to the EPR appraisal (`open`), or to the Portfolio with
 * the appraisal started and left (`left`), and answers the save dialog with `name`.
 */
function savingTo(name: string, appraisal?: 'open' | 'left'): Case['arrange'] {
  return async ({ page, desktop, files, appraisal: address }) => {
    if (appraisal === 'open') {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, new URL(address).hash);
      await expect(page.getByRole('tab', { name: 'Options', selected: true })).toBeVisible();
    } else {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click();
      await expect(page.getByRole('grid', { name: /Contract register/ })).toBeVisible();
    }
    desktop.dialogs.answerSave(path.join(files, name));
  };
}

/** The status line that says a file was saved; exports that build the paper get a minute. */
async function expectSaved(page: Page, said: string | RegExp, timeout?: number): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: said })).toBeVisible({ timeout });
}

interface Case {
  /** Needs the app as it first opens, so it gets a window of its own. */
  fresh?: true;
  /** Answers the dialogs the command will show, and gets the app where the command applies. */
  arrange(app: AppWindow): Promise<void>;
  /** What the user sees afterwards. */
  sees(page: Page, files: string): Promise<void>;
}

const CASES: Record<MenuCommand, Case[]> = {
  'import-portfolio': [
    {
      fresh: true,
      arrange: async ({ page, desktop, files }) => {
        await openApp(page);
        copyFileSync('test/fixtures/registers/atamis-export.csv', path.join(files, 'register.csv'));
        desktop.dialogs.answerOpen(path.join(files, 'register.csv'));
      },
      sees: async (page) => {
        await expect(
          page.getByRole('dialog', { name: /register\.csv/ }).getByRole('list', { name: 'What the import will do' }),
        ).toBeVisible();
      },
    },
  ],
  'export-portfolio': [
    {
      arrange: savingTo('exported.json'),
      sees: async (page) => {
        await expectSaved(page, 'Exported the portfolio to exported.json.');
      },
    },
  ],
  'back-up': [
    {
      arrange: savingTo('backup.json'),
      sees: async (page) => {
        await expectSaved(page, 'Backed up everything to backup.json.');
      },
    },
  ],
  'export-report': [
    {
      // With an appraisal open, the command exports its report, as the Report tab's button does.
      arrange: savingTo('report.pdf', 'open'),
      sees: async (page) => {
        await expectSaved(page, 'Exported the decision report to report.pdf.', 60_000);
      },
    },
    {
      // With none open, it asks which appraisal's report to export, then exports that one.
      arrange: savingTo('chosen.pdf', 'left'),
      sees: async (page) => {
        const choose = page.getByRole('dialog', { name: 'Export a decision report' });
        await choose.getByRole('button', { name: /^Electronic patient record/ }).click();
        await expectSaved(page, 'Exported the decision report to chosen.pdf.', 60_000);
      },
    },
  ],
  'export-word': [
    {
      // With an appraisal open, the command saves its board paper as a Word document.
      arrange: savingTo('paper.docx', 'open'),
      sees: async (page, files) => {
        await expectSaved(page, 'Exported the Word document to paper.docx.', 60_000);
        expect(statSync(path.join(files, 'paper.docx')).size).toBeGreaterThan(10_000);
      },
    },
  ],
  'export-excel': [
    {
      // With none open, it asks which appraisal's workings to export, then saves that one.
      arrange: savingTo('workings.xlsx', 'left'),
      sees: async (page, files) => {
        const choose = page.getByRole('dialog', { name: 'Export the workings to Excel' });
        await choose.getByRole('button', { name: /^Electronic patient record/ }).click();
        await expectSaved(page, /^Exported the Excel workings to workings\.xlsx\.$/, 60_000);
        expect(existsSync(path.join(files, 'workings.xlsx'))).toBe(true);
      },
    },
  ],
  'export-key-dates': [
    {
      // From the register, it opens Renewals › Notices due and saves every key date of the register.
      arrange: savingTo('key-dates.ics'),
      sees: async (page, files) => {
        await expectSaved(page, 'Saved calendar of key dates to key-dates.ics.', 60_000);
        await expect(page.getByRole('heading', { name: 'Notices due', level: 2 })).toBeVisible();
        await expect(page, 'the request is dropped from the address').toHaveURL(/#\/renewals\/notices$/);
        const ics = readFileSync(path.join(files, 'key-dates.ics'), 'utf8');
        expect(ics).toMatch(/^BEGIN:VCALENDAR/);
        expect(ics.split('BEGIN:VEVENT').length - 1).toBeGreaterThan(10);
      },
    },
  ],
  'export-notices': [
    {
      // From an open appraisal, it opens Renewals › Notices due and saves the notices shown there.
      arrange: savingTo('notices.xlsx', 'open'),
      sees: async (page, files) => {
        await expectSaved(page, 'Saved notices due to notices.xlsx.', 60_000);
        await expect(page.getByRole('table', { name: /^Notices due/ })).toBeVisible();
        expect(readFileSync(path.join(files, 'notices.xlsx')).subarray(0, 2).toString()).toBe('PK');
      },
    },
  ],
  'export-pipeline': [
    {
      // From Settings, it opens Renewals › Pipeline notice and saves that year's notice.
      arrange: async (app) => {
        await savingTo('pipeline.xlsx')(app);
        await app.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
      },
      sees: async (page, files) => {
        await expectSaved(page, 'Saved the pipeline notice (Excel) to pipeline.xlsx.', 60_000);
        await expect(page.getByRole('heading', { name: /^Pipeline notice/, level: 2 })).toBeVisible();
        expect(readFileSync(path.join(files, 'pipeline.xlsx')).subarray(0, 2).toString()).toBe('PK');
      },
    },
  ],
};

const title = (command: MenuCommand, i: number) =>
  `File > ${labels[command]} (${command}${CASES[command].length > 1 ? `, case ${i + 1}` : ''}) changes what the user sees`;

/** Runs the command from the File menu, and checks it reached the page and what the user then sees. */
async function runCase(c: Case, command: MenuCommand, app: AppWindow): Promise<void> {
  test.setTimeout(90_000);
  await c.arrange(app);
  await app.desktop.clickMenu('File', labels[command]);
  expect(app.desktop.lastDelivery(), 'listeners the command reached in the page').toBe(1);
  await c.sees(app.page, app.files);
}

const cases = MENU_COMMANDS.flatMap((command) => CASES[command].map((c, i) => ({ command, c, i })));

for (const { command, c, i } of cases.filter(({ c }) => c.fresh)) {
  test(title(command, i), async ({ page, desktop, files }) => {
    await runCase(c, command, { page, desktop, files, appraisal: '' });
  });
}

test.describe('on one window', () => {
  // In order, on one page: a case that fails may leave the window where the next does not expect it, so the rest are then skipped.
  test.describe.configure({ mode: 'serial' });
  let app: AppWindow;
  const checks: Array<() => void> = [];

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const { baseURL, locale, timezoneId } = testInfo.project.use;
    const page = await (await browser.newContext({ baseURL, locale, timezoneId })).newPage();
    const files = mkdtempSync(path.join(os.tmpdir(), 'tpp-desktop-e2e-'));
    checks.push(watchPage(page));
    const { harness, check } = await installDesktop(page, { baseURL, files });
    checks.push(check);
    await loadSample(page);
    app = { page, desktop: harness, files, appraisal: '' };
    await startEprAppraisal(page);
    app.appraisal = page.url();
  });

  // What the fixtures check after each test: no uncaught error or outside request, no CSP violation,
  // every dialog shown was answered and every answer queued was used.
  test.afterEach(() => {
    for (const check of checks) check();
  });

  test.afterAll(async () => {
    await app?.page.context().close();
    if (app) rmSync(app.files, { recursive: true, force: true });
  });

  for (const { command, c, i } of cases.filter(({ c }) => !c.fresh)) {
    test(title(command, i), async () => {
      await runCase(c, command, app);
    });
  }
});

test('every menu command has a File menu item', () => {
  expect(Object.keys(labels).sort()).toEqual([...MENU_COMMANDS].sort());
});

test('File > Export decision report… from Renewals, Settings and the Appraisals list asks which appraisal, then exports its report', async ({
  page,
  desktop,
  files,
}) => {
  test.setTimeout(180_000);
  await loadSample(page);
  await startEprAppraisal(page);
  for (const area of ['Renewals', 'Settings', 'Appraisals'] as const) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { name: area, level: 1 })).toBeVisible();
    const name = `from-${area.toLowerCase()}.pdf`;
    desktop.dialogs.answerSave(path.join(files, name));
    await desktop.clickMenu('File', labels['export-report']);
    await page
      .getByRole('dialog', { name: 'Export a decision report' })
      .getByRole('button', { name: /^Electronic patient record/ })
      .click();
    await expectSaved(page, `Exported the decision report to ${name}.`, 60_000);
    expect(statSync(path.join(files, name)).size, `the PDF exported from ${area}`).toBeGreaterThan(10_000);
  }
});

test('File > Export decision report… asked twice on the Report tab exports twice, then Export board paper to Word… saves the paper', async ({
  page,
  desktop,
  files,
}) => {
  test.setTimeout(180_000);
  await openSampleEprAppraisal(page);
  await page.getByRole('tab', { name: 'Report' }).click();
  const asked: [MenuCommand, string, string][] = [
    ['export-report', 'first.pdf', 'decision report'],
    ['export-report', 'second.pdf', 'decision report'],
    ['export-word', 'paper.docx', 'Word document'],
  ];
  for (const [command, name, what] of asked) {
    desktop.dialogs.answerSave(path.join(files, name));
    await desktop.clickMenu('File', labels[command]);
    await expectSaved(page, `Exported the ${what} to ${name}.`, 60_000);
    await expect(page, 'the request is dropped from the address').toHaveURL(/#\/appraisals\/[^/?]+\/report$/);
    expect(statSync(path.join(files, name)).size, `the ${what} in ${name}`).toBeGreaterThan(10_000);
  }
  expect(readFileSync(path.join(files, 'second.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
});

test('File > Export key dates… asked twice on Notices due exports twice, for the owner the view shows', async ({
  page,
  desktop,
  files,
}) => {
  test.setTimeout(120_000);
  await loadSample(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Renewals' }).click();
  await page.getByRole('navigation', { name: 'Renewals views' }).getByRole('link', { name: 'Notices due' }).click();
  const owner = page.getByLabel('Owner');
  const someone = (await owner.locator('option').allTextContents()).find((o) => o !== 'Everyone')!;
  await owner.selectOption({ label: someone });
  for (const name of ['first.ics', 'second.ics']) {
    desktop.dialogs.answerSave(path.join(files, name));
    await desktop.clickMenu('File', labels['export-key-dates']);
    await expectSaved(page, `Saved calendar of key dates to ${name}.`, 60_000);
  }
  await expect(owner, 'the view kept its filter').toHaveValue(someone);
  const events = (name: string) => readFileSync(path.join(files, name), 'utf8').split('BEGIN:VEVENT').length - 1;
  expect(events('second.ics')).toBe(events('first.ics'));
  expect(events('first.ics')).toBeGreaterThan(0);
  // The calendar is named for the owner (an .ics folds long lines and escapes commas: read up to the first).
  expect(readFileSync(path.join(files, 'second.ics'), 'utf8').replace(/\r\n[ \t]/g, '')).toContain(`(${someone.split(',')[0]}`);
});
