import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { BOARD_PAPER_HEADINGS } from '../support/board-paper';
import { ARTIFACTS, expect, loadSample, startAppraisal, test } from './fixtures';

/**
 * The short form (a business justification, for smaller contracts): chosen in the Report tab, it is
 * the same paper without the appendix of workings, titled as a business justification, in Word and
 * in the PDF alike.
 */

const SHORT_HEADINGS = BOARD_PAPER_HEADINGS.filter((h) => !h.includes('Appendix'));
const squash = (text: string) => text.replace(/\s+/g, ' ');

test('the short form, chosen in the Report tab, exports to Word and PDF as a business justification without the appendix', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loadSample(page);
  const id = await startAppraisal(page);
  await page.getByRole('tab', { name: 'Report' }).click();
  const preview = page.getByRole('region', { name: 'Preview of the decision report' });
  await expect(preview.locator('.report')).toBeVisible();
  // The sample EPR costs millions: the full paper is suggested, and the user chooses the short form.
  await expect(page.getByLabel('Form of the paper')).toHaveValue('full');
  await page.getByLabel('Form of the paper').selectOption('short');
  await expect(preview.getByText('Business justification', { exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: /Appendix: workings/ })).toHaveCount(0);

  // Word: the same headings, in order, without the appendix, under the short form's title.
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Word document…' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: 'Exported the Word document' })).toBeVisible({ timeout: 60_000 });
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await word.path())))['word/document.xml']);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
  expect(paragraphs.filter((p) => p.includes('w:val="Heading1"')).map(textOf)).toEqual(SHORT_HEADINGS);
  const wordText = paragraphs.map(textOf);
  expect(wordText).toContain('Business justification');
  expect(wordText).not.toContain('Board paper: options appraisal and recommendation');

  // PDF: in a browser the export opens the print route with the short form asked for.
  await page.getByRole('button', { name: 'Export decision report…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/report/${id}\\?.*form=short`));
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true', { timeout: 60_000 });
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}/short-form.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, tagged: true }));
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  expect(text).toContain('Business justification');
  expect(text).not.toContain('Board paper: options appraisal and recommendation');
  for (const heading of SHORT_HEADINGS) expect(text).toContain(heading);
  expect(text).not.toContain('Appendix: workings');
});
