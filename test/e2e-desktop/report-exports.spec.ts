import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SAVE_PURPOSES } from '@shared/ipc';
import { addDelayRange, openSampleEprAppraisal, REPROCURE } from '../e2e/risk-analysis-steps';
import { expect, test } from './fixtures';

/**
 * The Report tab's three exports on the desktop path (the real main handlers, files on disk): the
 * Word paper and the Excel workings through the save dialog, and the PDF from the hidden print
 * window, which has no risk analysis run of its own and reproduces the screen's from the seed.
 */
const squash = (text: string) => text.replace(/\s+/g, ' ');

// Each test runs a risk analysis or prints the paper more than once through a hidden window.
test.describe.configure({ timeout: 180_000 });

test('Word, Excel and PDF reach the disk from the Report tab, each with the screen’s risk analysis figures', async ({
  page,
  desktop,
  files,
}) => {
  await openSampleEprAppraisal(page);
  await addDelayRange(page);

  await page.getByRole('tab', { name: 'Report' }).click();
  const paperRun = page.getByRole('region', { name: 'Risk analysis in the paper' });
  await paperRun.getByRole('button', { name: 'Run the risk analysis for the paper' }).click();
  await expect(paperRun).toContainText('The paper includes the risk analysis', { timeout: 30_000 });
  const preview = page.getByRole('region', { name: 'Preview of the decision report' });
  const p80 = await preview
    .getByRole('table', { name: /^Risk analysis: 10,000 iterations/ })
    .getByRole('row', { name: REPROCURE })
    .getByRole('cell')
    .nth(2)
    .innerText();
  expect(p80).toMatch(/^£[\d,]+$/);

  // Word: the save dialog for the purpose, then the file on disk with the paper's headings and figures.
  desktop.dialogs.answerSave(path.join(files, 'board paper'));
  await page.getByRole('button', { name: 'Export Word document…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported the Word document to board paper.docx.' })).toBeVisible({
    timeout: 60_000,
  });
  expect(desktop.dialogs.shown.at(-1)).toMatchObject({ kind: 'save', title: SAVE_PURPOSES['report-docx'].title });
  const docx = unzipSync(new Uint8Array(readFileSync(path.join(files, 'board paper.docx'))));
  const xml = strFromU8(docx['word/document.xml']);
  // The charts went in as pictures: the app's CSP refuses blob: images, so they are drawn without one.
  expect(Object.keys(docx).filter((f) => /^word\/media\/image\d+\.png$/.test(f)).length).toBeGreaterThan(3);
  expect(xml).toContain('Economic case');
  expect(xml).toContain(p80);

  // Excel: the workings on disk, with live formulas.
  desktop.dialogs.answerSave(path.join(files, 'workings'));
  await page.getByRole('button', { name: 'Export Excel workings…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported the Excel workings to workings.xlsx.' })).toBeVisible();
  expect(desktop.dialogs.shown.at(-1)).toMatchObject({ kind: 'save', title: SAVE_PURPOSES['workings-xlsx'].title });
  const xlsx = unzipSync(new Uint8Array(readFileSync(path.join(files, 'workings.xlsx'))));
  const sheets = Object.keys(xlsx).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  expect(sheets.some((f) => strFromU8(xlsx[f]).includes('<f>'))).toBe(true);

  // PDF: the hidden print window asks for the risk analysis and prints the same P80.
  desktop.dialogs.answerSave(path.join(files, 'board paper'));
  await page.getByRole('button', { name: 'Export decision report…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported the decision report to board paper.pdf.' })).toBeVisible({
    timeout: 60_000,
  });
  expect(desktop.printWindows.at(-1)!.urls[0]).toMatch(/&risk=1&print=1$/);
  const file = path.join(files, 'board paper.pdf');
  expect(existsSync(file)).toBe(true);
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  expect(text).toMatch(/Risk analysis: 10,000 iterations, seed \d+/);
  expect(text).toContain(p80);
});

test('a second PDF export reuses the parked print window and prints the data as it is at that moment', async ({ page, desktop, files }) => {
  await openSampleEprAppraisal(page);
  await page.getByRole('tab', { name: 'Report' }).click();
  const preview = page.getByRole('region', { name: 'Preview of the decision report' });
  const previously = page.getByLabel('Previously considered by');
  const pdfText = async (name: string) => {
    desktop.dialogs.answerSave(path.join(files, name));
    await page.getByRole('button', { name: 'Export decision report…' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Exported the decision report to ${name}.pdf.` })).toBeVisible({
      timeout: 60_000,
    });
    return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(files, `${name}.pdf`), '-'], { encoding: 'utf8' }));
  };

  await previously.fill('Digital Board, 12 Oct 2026');
  await previously.blur();
  await expect(preview).toContainText('Digital Board, 12 Oct 2026');
  expect(await pdfText('first')).toContain('Digital Board, 12 Oct 2026');
  const [printWindow] = desktop.printWindows;
  await expect.poll(() => printWindow.urls.at(-1)).toBe('app://planner/index.html?print-window=1#/report/');

  // Changed after the first export, while the print window waits with the app already started.
  await previously.fill('Finance Committee, 3 Nov 2026');
  await previously.blur();
  await expect(preview).toContainText('Finance Committee, 3 Nov 2026');
  const second = await pdfText('second');
  expect(second).toContain('Finance Committee, 3 Nov 2026');
  expect(second).not.toContain('Digital Board, 12 Oct 2026');
  // The same window, the second report within the parked app's page (only the hash changed).
  expect(desktop.printWindows).toHaveLength(1);
  expect(printWindow.urls[2]).toMatch(/^app:\/\/planner\/index\.html\?print-window=1#\/report\/[^?]+\?.*&print=1$/);
  expect(printWindow.pdfOptions).toHaveLength(2);
});
