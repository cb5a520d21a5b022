import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { footerTemplate, headerTemplate } from '../../electron/ipc/pdf-templates';
import { formatDate } from '@shared/format';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { appraiseAll } from '@shared/engine/appraise';
import { formatMoney } from '@shared/format';
import { buildReportFixture, HOSTILE_TITLE, hostileCopy } from '../bench/report/report-fixture';
import { buildBenchReportBundle, REPORT_BENCH_ID } from '../bench/report/bench-fixture';
import { seedAppraisal } from '../bench/report/idb-seed';
import { ARTIFACTS, expect, loadSample, test } from './fixtures';

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

test('the decision report prints to a searchable, tagged A4 PDF with the engine’s figures', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await loadSample(page);

  // Build the appraisal in Node, as the app would propose it, and write it straight into IndexedDB.
  const today = await browserToday(page);
  const epr = sampleContract('NVH-EPR-001');
  const hostile = hostileCopy(sampleContract('NVH-HOST-004'), 'NVH-HOST-004-COPY');
  const bundle = buildReportFixture({ contracts: [epr, hostile], settings: DEFAULT_SETTINGS, today, appraisalId: 'e2e-report' });
  await seedAppraisal(page, { contracts: [hostile], bundle });
  const engine = appraiseAll({ ...bundle, appraisal: bundle.appraisal, contracts: [epr, hostile], settings: DEFAULT_SETTINGS, today });
  const recommended = bundle.options.find((o) => o.id === bundle.appraisal.recommendation.optionId);
  expect(recommended).toBeDefined();

  await page.goto('/#/report/e2e-report?status=draft&print=1');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true', { timeout: 30_000 });
  const title = `${bundle.appraisal.title} — decision report`;
  await expect(page).toHaveTitle(title);
  // Print mode: the report alone, no app navigation.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: bundle.appraisal.title })).toBeVisible();
  // Data is text, never markup.
  await expect(page.getByRole('heading', { level: 3, name: `NVH-HOST-004-COPY: ${HOSTILE_TITLE}`, exact: true })).toBeVisible();
  expect(await page.locator('.report img').count()).toBe(0);

  expect(await overflowingElements(page)).toEqual([]);

  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(`${sample.organisation.trustName} · ${bundle.appraisal.title}`),
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
  for (const option of bundle.options) expect(text).toContain(squash(option.name));
  for (const r of engine.options) {
    expect(text).toContain(formatMoney(r.costs.npc));
    expect(text).toContain(formatMoney(r.costs.riskAdjusted.wholeLifeCash));
  }
  expect(text).toContain(`Recommended option: ${squash(recommended?.name ?? '')}.`);
  expect(text).toContain(squash(bundle.appraisal.recommendation.reason));
  expect(text).toContain(HOSTILE_TITLE);
  expect(text).toContain('Status Draft');
  // The watermark is drawn, not written: no stray letters of it in the text layer.
  expect(text).not.toMatch(/\bD A R T F\b|\bT F\b/);
  await expect(page.locator('.report-watermark svg')).toHaveCount(1);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain(`Exported ${formatDate(today)}`);

  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(pages).toBeLessThanOrEqual(40);
  expect(/^Title:\s+(.*)$/m.exec(info)?.[1].trim()).toBe(title);
  expect(info).toMatch(/^Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/m);
  expect(info).toMatch(/^Tagged:\s+yes/m);
  // The document outline (bookmarks) comes from the report's headings.
  expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Outlines\s+\d+ 0 R/);

  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, `${ARTIFACTS}/decision-report-page-1`]);
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
  await loadSample(page);
  const today = await browserToday(page);
  const bundle = buildReportFixture({
    contracts: [sampleContract('NVH-EPR-001')],
    settings: DEFAULT_SETTINGS,
    today,
    appraisalId: 'e2e-screen',
  });
  await seedAppraisal(page, { contracts: [], bundle });
  await page.goto('/#/report/e2e-screen?sections=summary%2Csignoff&status=final');
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true');
  await expect(page.getByRole('button', { name: 'Print or save as PDF…' })).toBeEnabled();
  await expect(page.getByRole('link', { name: 'Back to the appraisal' })).toHaveAttribute('href', '#/appraisals/e2e-screen');
  const headings = await page.locator('.report h2').allTextContents();
  expect(headings).toEqual(['1. Executive summary', '2. Sign-off']);
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
  await expect(page.locator('.report .section-heading')).toHaveCount(12);
});

test('the Report tab previews the report, and its export opens the print route with the chosen options', async ({ page }) => {
  test.setTimeout(120_000); // axe over the whole preview takes several seconds
  await loadSample(page);
  const today = await browserToday(page);
  const bundle = buildReportFixture({
    contracts: [sampleContract('NVH-EPR-001')],
    settings: DEFAULT_SETTINGS,
    today,
    appraisalId: 'e2e-preview',
  });
  await seedAppraisal(page, { contracts: [], bundle });
  await page.goto('/#/appraisals/e2e-preview/report');
  const preview = page.getByRole('region', { name: 'Preview of the decision report' });
  await expect(preview.getByRole('heading', { name: bundle.appraisal.title, level: 2 })).toBeVisible();
  await expect(preview.locator('.report-watermark')).toHaveCount(1);

  // Keyboard and labels: every control is reachable by its name.
  await page.getByRole('checkbox', { name: 'Sensitivity and switching values' }).uncheck();
  await expect(preview.getByRole('heading', { name: /Sensitivity and switching values/ })).toHaveCount(0);
  await page.getByLabel('Report status').selectOption('final');
  await expect(preview.locator('.report-watermark')).toHaveCount(0);
  await page.getByLabel('Report author').fill("Siân O'Neill (CDIO)");
  await expect(preview.getByText("Siân O'Neill (CDIO)")).toBeVisible();

  await page.screenshot({ path: `${ARTIFACTS}/report-tab.png` });
  const axe = await new AxeBuilder({ page }).include('.report-preview').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // In a browser the export opens the print route with the options, strictly URL-encoded.
  await page.getByRole('button', { name: 'Export decision report…' }).click();
  await expect(page).toHaveURL(/#\/report\/e2e-preview\?sections=[^&]+&author=Si%C3%A2n%20O%27Neill%20%28CDIO%29&status=final$/);
  await expect(page.locator('html')).toHaveAttribute('data-report-ready', 'true');
  await expect(page.locator('.report .section-heading', { hasText: 'Sensitivity' })).toHaveCount(0);
  await expect(page.locator('.report .cover-meta')).toContainText("Siân O'Neill (CDIO)");
});
