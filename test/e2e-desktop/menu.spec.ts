import { copyFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc';
import { menuLabels, type DesktopHarness } from './harness';
import { expect, openApp, test } from './fixtures';

/**
 * Every command of the application menu, sent as the menu sends it (the real template's click →
 * webContents.send on MENU_COMMAND_CHANNEL → the listener the built preload installed), must
 * change what the user sees. The table is keyed by MenuCommand, so a new command fails the type
 * check until it has a case here.
 */

const labels = menuLabels();

async function withSample(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load sample portfolio' }).click();
  await expect(page.getByRole('grid', { name: /Contract register/ })).toBeVisible();
}

async function startAppraisal(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Appraisals' }).click();
  await page.getByLabel('Contract to appraise').selectOption('NVH-EPR-001');
  await page.getByRole('button', { name: 'Start appraisal' }).click();
  await expect(page.getByRole('tab', { name: 'Options', selected: true })).toBeVisible();
}

interface Case {
  /** Answers the dialogs the command will show, and gets the app where the command applies. */
  arrange(page: Page, desktop: DesktopHarness, files: string): Promise<void>;
  /** What the user sees afterwards. */
  sees(page: Page, files: string): Promise<void>;
}

const CASES: Record<MenuCommand, Case[]> = {
  'import-portfolio': [
    {
      arrange: async (page, desktop, files) => {
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
      arrange: async (page, desktop, files) => {
        await withSample(page);
        desktop.dialogs.answerSave(path.join(files, 'exported.json'));
      },
      sees: async (page) => {
        await expect(page.getByRole('status').filter({ hasText: 'Exported the portfolio to exported.json.' })).toBeVisible();
      },
    },
  ],
  'back-up': [
    {
      arrange: async (page, desktop, files) => {
        await withSample(page);
        desktop.dialogs.answerSave(path.join(files, 'backup.json'));
      },
      sees: async (page) => {
        await expect(page.getByRole('status').filter({ hasText: 'Backed up everything to backup.json.' })).toBeVisible();
      },
    },
  ],
  'export-report': [
    {
      // With an appraisal open, the command exports its report, as the Report tab's button does.
      arrange: async (page, desktop, files) => {
        await withSample(page);
        await startAppraisal(page);
        desktop.dialogs.answerSave(path.join(files, 'report.pdf'));
      },
      sees: async (page) => {
        await expect(page.getByRole('status').filter({ hasText: 'Exported the decision report to report.pdf.' })).toBeVisible({
          timeout: 60_000,
        });
      },
    },
    {
      // With none open, it asks which appraisal's report to export, then exports that one.
      arrange: async (page, desktop, files) => {
        await withSample(page);
        await startAppraisal(page);
        await page.getByRole('link', { name: 'Portfolio' }).click();
        desktop.dialogs.answerSave(path.join(files, 'chosen.pdf'));
      },
      sees: async (page) => {
        const choose = page.getByRole('dialog', { name: 'Export a decision report' });
        await choose.getByRole('button', { name: /^Electronic patient record/ }).click();
        await expect(page.getByRole('status').filter({ hasText: 'Exported the decision report to chosen.pdf.' })).toBeVisible({
          timeout: 60_000,
        });
      },
    },
  ],
  'export-word': [
    {
      // With an appraisal open, the command saves its board paper as a Word document.
      arrange: async (page, desktop, files) => {
        await withSample(page);
        await startAppraisal(page);
        desktop.dialogs.answerSave(path.join(files, 'paper.docx'));
      },
      sees: async (page, files) => {
        await expect(page.getByRole('status').filter({ hasText: 'Exported the Word document to paper.docx.' })).toBeVisible({
          timeout: 60_000,
        });
        expect(statSync(path.join(files, 'paper.docx')).size).toBeGreaterThan(10_000);
      },
    },
  ],
  'export-excel': [
    {
      // With none open, it asks which appraisal's workings to export, then saves that one.
      arrange: async (page, desktop, files) => {
        await withSample(page);
        await startAppraisal(page);
        await page.getByRole('link', { name: 'Portfolio' }).click();
        desktop.dialogs.answerSave(path.join(files, 'workings.xlsx'));
      },
      sees: async (page, files) => {
        const choose = page.getByRole('dialog', { name: 'Export the workings to Excel' });
        await choose.getByRole('button', { name: /^Electronic patient record/ }).click();
        await expect(page.getByRole('status').filter({ hasText: /^Exported the Excel workings to workings\.xlsx\.$/ })).toBeVisible({
          timeout: 60_000,
        });
        expect(existsSync(path.join(files, 'workings.xlsx'))).toBe(true);
      },
    },
  ],
};

for (const command of MENU_COMMANDS) {
  for (const [i, c] of CASES[command].entries()) {
    test(`File > ${labels[command]} (${command}${CASES[command].length > 1 ? `, case ${i + 1}` : ''}) changes what the user sees`, async ({
      page,
      desktop,
      files,
    }) => {
      test.setTimeout(90_000);
      await c.arrange(page, desktop, files);
      await desktop.clickMenu('File', labels[command]);
      expect(desktop.lastDelivery(), 'listeners the command reached in the page').toBe(1);
      await c.sees(page, files);
    });
  }
}

test('every menu command has a File menu item', () => {
  expect(Object.keys(labels).sort()).toEqual([...MENU_COMMANDS].sort());
});
