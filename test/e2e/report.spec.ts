import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { footerTemplate, headerTemplate } from '../../electron/ipc/pdf-templates';
import { formatDate } from '@shared/format';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { buildReportModel } from '@shared/presentation/report-model';
import { buildReportFixture, HOSTILE_TITLE, hostileCopy } from '../bench/report/report-fixture';
import { buildBenchReportBundle, REPORT_BENCH_ID } from '../bench/report/bench-fixture';
import { seedAppraisal } from '../bench/report/idb-seed';
import { BOARD_PAPER_HEADINGS } from '../support/board-paper';
import { ARTIFACTS, expect, loadSample, test } from './fixtures';
import { addDelayRange, openSampleEprAppraisal, REPROCURE } from './risk-analysis-steps';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8')) as {
  contracts: Contract[];
  organisation: { trustName: string };
};
const sampleContract = (ref: string): Contract => contractSchema.parse(sample.contracts.find((c) => c.reference === ref));

/** The browser's calendar day (Europe/London in this suite), which the report route uses as today. */
function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/**
 * Loads the sample, then writes an appraisal of its EPR contract (and, `withHosting`, a copy of its
 * hosting contract whose words try to break the paper) straight into IndexedDB, as the app would
 * propose it; `edit` changes the bundle before it is written.
 */
async function seedReportAppraisal(
  page: Page,
  appraisalId: string,
  { withHosting = false, edit }: { withHosting?: boolean; edit?: (bundle: AppraisalBundle) => void } = {},
) {
  await loadSample(page);
  const today = await browserToday(page);
  const hosting = withHosting ? [hostileCopy(sampleContract('NVH-HOST-004'), 'NVH-HOST-004-COPY')] : [];
  const contracts = [sampleContract('NVH-EPR-001'), ...hosting];
  const bundle = buildReportFixture({ contracts, settings: DEFAULT_SETTINGS, today, appraisalId });
  edit?.(bundle);
  await seedAppraisal(page, { contracts: hosting, bundle });
  return { bundle, contracts, today };
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Elements wider than the A4 text block (210 mm less 2 × 0.6 in ≈ 678 px) in print layout. One such
 * element makes Chromium shrink every page to fit it, so the list must be empty.
 */
async function overflowingElements(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 678, height: 960 });
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('.report *')]
      .filter((e) => e.getBoundingClientRect().right > 679)
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}: ${(e.textContent ?? '').slice(0, 40)}`),
  );
  // Back to no emulation: page.pdf() then prints with print CSS, as Electron does.
  await page.emulateMedia({ media: null });
  return found.slice(0, 5);
}

function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/**
 * Pixels of each page, rendered at 20 dpi, in the draft watermark's tint: its red (218, 41, 28) at
 * 13% over white paper is (250, 227, 226). At that size its letters cover about 500–1,000 pixels of
 * an A4 page; nothing else on the paper has that colour (a print without the watermark has under 20).
 */
function watermarkPixelsByPage(file: string): number[] {
  const dir = `${ARTIFACTS}/watermark-check`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '20', file, `${dir}/page`]);
  const pages = readdirSync(dir).sort((a, b) => Number(/(\d+)\.ppm$/.exec(a)?.[1]) - Number(/(\d+)\.ppm$/.exec(b)?.[1]));
  return pages.map((f) => {
    const ppm = readFileSync(`${dir}/${f}`);
    const start = /^P6\s+\d+\s+\d+\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))![0].length;
    let tinted = 0;
    for (let i = start; i + 2 < ppm.length; i += 3)
      if (Math.abs(ppm[i] - 250) <= 3 && Math.abs(ppm[i + 1] - 227) <= 3 && Math.abs(ppm[i + 2] - 226) <= 3) tinted++;
    return tinted;
  });
}

/** pdftotext of one page, squashed into lines without the running header and footer. */
function pageLines(file: string, page: number, header: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), '-layout', file, '-'], {
    encoding: 'utf8',
  });
  return text
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l && l !== header && !/Page \d+ of \d+$/.test(l) && !/^Exported /.test(l));
}

test('the board paper prints to a searchable, tagged A4 PDF in the Five Case Model with the presentation model’s figures', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Build the appraisal in Node, as the app would propose it, and write it straight into IndexedDB.
  // One option without risks: it must get no heat map.
  const noRisks = (b: AppraisalBundle) => b.options.find((o) => o.kind === 'framework-call-off')!;
  const { bundle, contracts, today } = await seedReportAppraisal(page, 'e2e-report', {
    withHosting: true,
    edit: (b) => {
      b.risks = b.risks.filter((r) => r.optionId !== noRisks(b).id);
    },
  });
  const settings = { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, trustName: sample.organisation.trustName } };
  const model = buildReportModel({ ...bundle, contracts, settings, today });

  await page.goto('/#/report/e2e-report?status=draft&print=1');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true', { timeout: 30_000 });
  const title = `${bundle.appraisal.title} — board paper`;
  await expect(page).toHaveTitle(title);
  // Print mode: the report alone, no app navigation, no interactive chart library.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('.report .recharts-wrapper')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: bundle.appraisal.title })).toBeVisible();
  // Data is text, never markup.
  await expect(page.getByRole('heading', { level: 4, name: `NVH-HOST-004-COPY: ${HOSTILE_TITLE}`, exact: true })).toBeVisible();
  // The paper's only image is its own draft watermark (an image file, see DraftWatermark.tsx).
  expect(await page.locator('.report img:not(.report-watermark > img)').count()).toBe(0);
  await expect(page.locator('.report-watermark > img')).toHaveCount(1);
  // Heat maps only for options with risks.
  const withRisks = new Set(bundle.risks.map((r) => r.optionId));
  await expect(page.locator('.report [data-chart-key^="heat:"]')).toHaveCount(withRisks.size);
  await expect(page.locator(`.report [data-chart-key="heat:${noRisks(bundle).id}"]`)).toHaveCount(0);
  const headingTexts = new Set((await page.locator('.report h2, .report h3, .report h4').allTextContents()).map((t) => squash(t).trim()));

  expect(await overflowingElements(page)).toEqual([]);

  const header = `${sample.organisation.trustName} · ${bundle.appraisal.title}`;
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(header),
    footerTemplate: footerTemplate(`Exported ${formatDate(today)}`, 'Draft'),
    margin: { top: '0.7in', bottom: '0.7in', left: '0.6in', right: '0.6in' },
    outline: true,
    tagged: true,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}/decision-report.pdf`;
  writeFileSync(file, pdf);

  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  expect(text).toContain(sample.organisation.trustName);
  // The cover asks the board to decide, in one sentence, and says how urgent it is with day counts.
  // pdftotext drops a hyphen where a line breaks inside "NVH-EPR-001": compare without hyphens.
  const flat = (t: string) => squash(t).replace(/-/g, '');
  expect(flat(text)).toContain(flat(model.cover.ask));
  expect(model.cover.ask).toMatch(/^The Board is asked to approve /);
  // The five cases, in order: the page each case heading first appears on (after the cover).
  const pageTexts = Array.from({ length: pdfPages(file) }, (_, i) => pageLines(file, i + 1, header));
  const where = BOARD_PAPER_HEADINGS.map((h) => pageTexts.findIndex((lines, i) => i > 0 && lines.includes(h)));
  expect(where.every((p) => p > 0)).toBe(true);
  expect([...where].sort((x, y) => x - y)).toEqual(where);
  expect(pageTexts[0].join(' ')).toContain('The Board is asked to');
  // The urgency in words, with the right day counts, on the cover itself (the summary repeats it).
  // Worked out here on the browser's calendar day: "in N days", "in 1 day", "today", "passed on".
  const days = (iso: string) =>
    Math.round(
      (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) -
        Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 1, +today.slice(8, 10))) /
        86_400_000,
    );
  const when = (iso: string, shown: string) => {
    const n = days(iso);
    return n < 0
      ? `passed on ${shown}`
      : n === 0
        ? `is today (${shown})`
        : `is in ${n.toLocaleString('en-GB')} ${n === 1 ? 'day' : 'days'} (${shown})`;
  };
  const cover = squash(pageTexts[0].join(' '));
  expect(cover).toMatch(/\b[Tt]he notice deadline /);
  expect(cover).toContain(`he notice deadline ${when('2027-01-01', '1 Jan 2027')}`);
  expect(cover).toContain(`the latest decision date ${when('2026-10-03', '3 Oct 2026')}`);
  // NPC and NPSV as the presentation model formats them.
  const row = (key: string) => model.comparison.rows.find((r) => r.key === key)!.cells.map((c) => c.text);
  for (const figure of [...row('npc'), ...row('npsv').filter((t) => t !== '—')]) expect(text).toContain(figure);
  for (const option of bundle.options) expect(text).toContain(squash(option.name));
  expect(text).toContain(`Recommended option: ${squash(model.summary.recommendedName ?? '')}.`);
  // The reason is printed once.
  const reason = squash(bundle.appraisal.recommendation.reason);
  expect(text.split(reason).length - 1).toBe(1);
  expect(text).toContain(HOSTILE_TITLE);
  expect(text).toContain('Status Draft');
  expect(text).not.toMatch(/\bD A R T F\b|\bT F\b/);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain(`Exported ${formatDate(today)}`);

  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = pdfPages(file);
  // This appraisal's paper is 34 pages: a few either way is layout, more is a section printed twice
  // or empty heat-map pages come back.
  expect(pages).toBeGreaterThanOrEqual(31);
  expect(pages).toBeLessThanOrEqual(37);
  expect(/^Title:\s+(.*)$/m.exec(info)?.[1].trim()).toBe(title);
  expect(info).toMatch(/^Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/m);
  expect(info).toMatch(/^Tagged:\s+yes/m);
  expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Outlines\s+\d+ 0 R/);

  // Headings keep with what follows: no page ends on a heading, and no page is empty (no lone heat map).
  const endsOnHeading: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const lines = pageTexts[p - 1];
    expect(lines.join(' ').length, `page ${p} has almost no text`).toBeGreaterThan(40);
    const last = lines[lines.length - 1] ?? '';
    if (headingTexts.has(last)) endsOnHeading.push(`page ${p}: ${last}`);
  }
  expect(endsOnHeading).toEqual([]);
  // Heat maps only for options with risks, each on the page where its risk register starts: never a
  // page of an empty grid. (Compared without spaces and hyphens, which pdftotext moves at line ends.)
  const bare = (t: string) => t.replace(/[\s-]/g, '');
  const riskyOptions = bundle.options.filter((o) => bundle.risks.some((r) => r.optionId === o.id));
  expect(riskyOptions.length).toBeLessThan(bundle.options.length);
  const heatMapped = bundle.options.filter((o) => bare(text).includes(bare(`Residual risk: ${o.name}`)));
  expect(heatMapped.map((o) => o.name)).toEqual(riskyOptions.map((o) => o.name));
  for (const o of heatMapped) {
    const page = pageTexts.findIndex((lines) => bare(lines.join(' ')).includes(bare(`Residual risk: ${o.name}`)));
    expect(bare(pageTexts[page].join(' ')), `the heat map of ${o.name} is with its risk register`).toContain(
      bare(`Risk register: ${o.name}`),
    );
  }

  // A draft says so on every page (Chromium repeats the fixed watermark only while it is its own layer).
  const tinted = watermarkPixelsByPage(file);
  expect(tinted).toHaveLength(pages);
  expect(tinted.flatMap((n, i) => (n < 200 ? [`page ${i + 1}: ${n} pixels`] : []))).toEqual([]);

  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, `${ARTIFACTS}/decision-report-page`]);
  expect(dialogs).toEqual([]);
});

test('the report route explains a missing appraisal and tells the print window it failed', async ({ page }) => {
  await loadSample(page);
  await page.goto('/#/report/no-such-appraisal?print=1');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'error');
  await expect(page.getByRole('alert')).toContainText('This appraisal no longer exists');
});

test('outside print mode the report offers printing and a way back', async ({ page }) => {
  await seedReportAppraisal(page, 'e2e-screen');
  await page.goto('/#/report/e2e-screen?sections=summary%2Cmanagement&status=final');
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true');
  await expect(page.getByRole('button', { name: 'Print or save as PDF…' })).toBeEnabled();
  await expect(page.getByRole('link', { name: 'Back to the appraisal' })).toHaveAttribute('href', '#/appraisals/e2e-screen');
  const headings = await page.locator('.report h2').allTextContents();
  expect(headings).toEqual(['1. Executive summary', '2. Management case']);
  await expect(page.locator('.report-watermark')).toHaveCount(0);
});

test('a large appraisal (10 options, 15 years, 60 risks) still fits the A4 width', async ({ page }) => {
  await loadSample(page);
  const { bundle, contracts } = buildBenchReportBundle();
  await seedAppraisal(page, { contracts, bundle });
  await page.goto(`/#/report/${REPORT_BENCH_ID}?print=1`);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true', { timeout: 30_000 });
  expect(await overflowingElements(page)).toEqual([]);
  await expect(page.locator('.report .section-heading')).toHaveCount(7);
  await expect(page.locator('.report .recharts-wrapper')).toHaveCount(0);
});

test('the Report tab previews the report, and its export opens the print route with the chosen options', async ({ page }) => {
  test.setTimeout(120_000); // axe over the whole preview takes several seconds
  const { bundle } = await seedReportAppraisal(page, 'e2e-preview');
  await page.goto('/#/appraisals/e2e-preview/report');
  const preview = page.getByRole('region', { name: 'Preview of the decision report' });
  await expect(preview.getByRole('heading', { name: bundle.appraisal.title, level: 2 })).toBeVisible();
  await expect(preview.locator('.report-watermark')).toHaveCount(1);

  // Keyboard and labels: every control is reachable by its name.
  await page.getByRole('checkbox', { name: 'Appendix: workings' }).uncheck();
  await expect(preview.getByRole('heading', { name: /Appendix: workings/ })).toHaveCount(0);
  await page.getByLabel('Report status').selectOption('final');
  await expect(preview.locator('.report-watermark')).toHaveCount(0);
  await page.getByLabel('Report author').fill("Siân O'Neill (CDIO)");
  await expect(preview.getByText("Siân O'Neill (CDIO)")).toBeVisible();

  await page.screenshot({ path: `${ARTIFACTS}/report-tab.png` });
  const axe = await new AxeBuilder({ page }).include('.report-preview').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // In a browser the export opens the print route with the options, strictly URL-encoded, and hands
  // it the tab's model: the route prints it without reading the records again (no report:data mark).
  await page.evaluate(() => performance.clearMarks('report:data'));
  await page.getByRole('button', { name: 'Export decision report…' }).click();
  await expect(page).toHaveURL(/#\/report\/e2e-preview\?sections=[^&]+&author=Si%C3%A2n%20O%27Neill%20%28CDIO%29&status=final&form=full$/);
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true');
  expect(await page.evaluate(() => performance.getEntriesByName('report:data').length)).toBe(0);
  await expect(page.locator('.report .section-heading', { hasText: 'Appendix' })).toHaveCount(0);
  await expect(page.locator('.report .cover-meta')).toContainText("Siân O'Neill (CDIO)");
});

test('the Report tab exports the paper to Word and the workings to Excel, and both read back', async ({ page }) => {
  test.setTimeout(120_000);
  await seedReportAppraisal(page, 'e2e-office', { withHosting: true });
  await page.goto('/#/appraisals/e2e-office/report');
  await expect(page.getByRole('region', { name: 'Preview of the decision report' }).locator('.report')).toBeVisible();
  // A cover field edited in the tab reaches the paper.
  await page.getByLabel('Executive sponsor').fill('Dr Ada Okafor, Chief Digital Officer');
  await page.getByLabel('Executive sponsor').press('Tab');
  await expect(page.locator('.report-preview-frame .cover-meta')).toContainText('Dr Ada Okafor, Chief Digital Officer');

  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Word document…' }).click()]);
  expect(word.suggestedFilename()).toMatch(/^epr-options-appraisal-2026-decision-report-\d{4}-\d{2}-\d{2}\.docx$/);
  await expect(page.getByRole('status').filter({ hasText: 'Exported the Word document' })).toBeVisible();
  const docx = readFileSync(await word.path());
  const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']);
  const h1 = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .filter((m) => m[0].includes('w:val="Heading1"'))
    .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  expect(h1).toEqual(BOARD_PAPER_HEADINGS);
  expect(xml).toContain('Dr Ada Okafor, Chief Digital Officer');
  expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  // The print charts went in as images.
  expect(Object.keys(unzipSync(new Uint8Array(docx))).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThan(3);

  const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Excel workings…' }).click()]);
  expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsx = unzipSync(new Uint8Array(readFileSync(await excel.path())));
  const workbook = strFromU8(xlsx['xl/workbook.xml']);
  for (const name of ['Assumptions', 'Factors', 'Option 1', 'Results']) expect(workbook).toContain(`name="${name}"`);
  const sheets = Object.keys(xlsx).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  expect(sheets.some((f) => strFromU8(xlsx[f]).includes('<f>'))).toBe(true);
});

test('the print route becomes ready in a hidden page that never gets an animation frame', async ({ page }) => {
  await seedReportAppraisal(page, 'e2e-hidden');
  // Electron prints from a hidden window: no animation frames, visibilityState "hidden".
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' });
    Object.defineProperty(Document.prototype, 'hidden', { get: () => true });
    window.requestAnimationFrame = () => 0;
  });
  await page.goto('/#/report/e2e-hidden?print=1');
  await page.reload();
  expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true', { timeout: 10_000 });
  await expect(page.locator('.report [data-chart-key="cumulative"]')).toHaveCount(1);
});

test('the paper’s risk analysis is the screen’s: run on the Report tab, the same P50 and P80 on Compare, in the preview and in a PDF printed in a fresh window', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const appraisalId = await openSampleEprAppraisal(page);
  await addDelayRange(page);

  // The Report tab says the paper has none yet, and runs it there.
  await page.getByRole('tab', { name: 'Report' }).click();
  const paperRun = page.getByRole('region', { name: 'Risk analysis in the paper' });
  await expect(paperRun).toContainText('The paper has no risk analysis yet.');
  const preview = page.getByRole('region', { name: 'Preview of the decision report' });
  await expect(preview.getByRole('table', { name: /^Risk analysis: 10,000 iterations/ })).toHaveCount(0);
  await paperRun.getByRole('button', { name: 'Run the risk analysis for the paper' }).click();
  await expect(paperRun).toContainText('The paper includes the risk analysis', { timeout: 30_000 });
  const previewTable = preview.getByRole('table', { name: /^Risk analysis: 10,000 iterations, seed \d+/ });
  const cells = previewTable.getByRole('row', { name: REPROCURE }).getByRole('cell');
  const [p50, p80] = [await cells.nth(1).innerText(), await cells.nth(2).innerText()];
  expect(p80).toMatch(/^£[\d,]+$/);

  // Compare shows the same run.
  await page.getByRole('tab', { name: 'Compare' }).click();
  const table = page.getByRole('table', { name: /Options compared/ });
  const col = (await table.getByRole('columnheader').allInnerTexts()).findIndex((t) => REPROCURE.test(t));
  const compareCell = (row: RegExp) =>
    table
      .getByRole('row', { name: row })
      .getByRole('cell')
      .nth(col - 1);
  await expect(compareCell(/^Risk analysis: P50 net present cost/)).toContainText(p50);
  await expect(compareCell(/^Risk analysis: P80 net present cost/)).toContainText(p80);

  // A fresh window, as Electron's hidden print window is, has no run: the print route reproduces it
  // from the stored seed, and the PDF prints the same figures.
  await page.getByRole('tab', { name: 'Report' }).click();
  const printWindow = await context.newPage();
  await printWindow.goto(`/#/report/${appraisalId}?risk=1&print=1`);
  await expect(printWindow.locator('html')).toHaveAttribute('data-report-ready', 'true', { timeout: 60_000 });
  const printed = printWindow.getByRole('table', { name: /^Risk analysis: 10,000 iterations/ }).getByRole('row', { name: REPROCURE });
  await expect(printed.getByRole('cell').nth(1)).toHaveText(p50);
  await expect(printed.getByRole('cell').nth(2)).toHaveText(p80);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}/decision-report-risk-analysis.pdf`;
  writeFileSync(file, await printWindow.pdf({ format: 'A4', printBackground: true }));
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  expect(text).toMatch(/Risk analysis: 10,000 iterations, seed \d+/);
  expect(text).toContain(p80);
  await printWindow.close();

  // Without risk=1 the print route leaves it out; the export from the tab asks for it.
  const plain = await context.newPage();
  await plain.goto(`/#/report/${appraisalId}?print=1`);
  await expect(plain.locator('html')).toHaveAttribute('data-report-ready', 'true');
  await expect(plain.getByRole('table', { name: /^Risk analysis: 10,000 iterations/ })).toHaveCount(0);
  await plain.close();
  await page.getByRole('button', { name: 'Export decision report…' }).click();
  await expect(page).toHaveURL(/&risk=1$/);
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true');
  await expect(page.getByRole('table', { name: /^Risk analysis: 10,000 iterations/ }).getByRole('row', { name: REPROCURE })).toContainText(
    p80,
  );
});
