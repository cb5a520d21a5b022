/**
 * Decision-report PDF benchmark: an appraisal with 10 options and 60 risks is written into the
 * app's IndexedDB, the print route is opened, and `page.pdf()` is timed with the same A4 settings,
 * margins, header and footer as Electron's export.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { footerTemplate, headerTemplate } from '../../electron/ipc/pdf-templates';
import { buildBenchReportBundle, REPORT_BENCH_ID } from './report/bench-fixture';
import { seedAppraisal } from './report/idb-seed';

export interface ReportBenchResult {
  /** Wall time of page.pdf() and writing the file. */
  ms: number;
  /** From opening the print route to the PDF written: what a user waits for after Export. */
  totalMs: number;
  pages: number;
  /** From opening the print route to `data-report-ready="true"` (load, model, charts). */
  readyMs: number;
  /** The route's own marks: IndexedDB read, model + first render, charts settled (ms since navigation). */
  marks: Record<string, number>;
  bytes: number;
  pdf: Uint8Array;
}

/** Page objects in a PDF (`/Type /Page`, not `/Pages`). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0
  );
}

function appOrigin(page: Page, baseUrl: string | undefined): string {
  const from = baseUrl ?? page.url();
  if (!/^https?:/.test(from)) {
    throw new Error('benchReportPdf needs the app: open it in the page first, or pass { baseUrl: "http://127.0.0.1:<port>" }.');
  }
  return new URL(from).origin;
}

/**
 * @param page a Chromium page; either already showing the app (any route) or given `baseUrl`, the
 *   origin serving dist/renderer.
 */
export async function benchReportPdf(page: Page, options: { baseUrl?: string } = {}): Promise<ReportBenchResult> {
  const origin = appOrigin(page, options.baseUrl);
  // Let the app open (and if need be create) its database before writing to it directly.
  await page.goto(`${origin}/#/settings`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const { bundle, contracts } = buildBenchReportBundle();
  await seedAppraisal(page, { contracts, bundle });

  const started = Date.now();
  await page.goto(`${origin}/#/report/${REPORT_BENCH_ID}?status=draft&print=1`);
  await page.reload();
  await page.waitForFunction(
    () => document.documentElement.dataset.reportReady !== undefined && document.documentElement.dataset.reportReady !== 'false',
    undefined,
    { timeout: 60_000 },
  );
  const state = await page.evaluate(() => document.documentElement.dataset.reportReady);
  if (state !== 'true') {
    const message = await page
      .locator('.report-route [role="alert"]')
      .textContent()
      .catch(() => null);
    throw new Error(`The report route reported "${state}" instead of being ready: ${message ?? 'no message shown'}`);
  }
  const readyMs = Date.now() - started;
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      ['report:data', 'report:rendered', 'report:ready'].map((n) => [n, Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1)]),
    ),
  );

  const t0 = performance.now();
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(`Benchmark trust · ${bundle.appraisal.title}`),
    footerTemplate: footerTemplate('Exported (benchmark)', 'Draft'),
    margin: { top: '0.7in', bottom: '0.7in', left: '0.6in', right: '0.6in' },
    outline: true,
    tagged: true,
  });
  mkdirSync('test-results/bench', { recursive: true });
  writeFileSync('test-results/bench/report-run.pdf', pdf);
  const ms = performance.now() - t0;
  return { ms, totalMs: Date.now() - started, pages: countPdfPages(pdf), readyMs, marks, bytes: pdf.byteLength, pdf };
}

export interface OfficeBenchResult {
  wordMs: number;
  wordBytes: number;
  excelMs: number;
  excelBytes: number;
}

/**
 * Word and Excel from the Report tab of the same appraisal: click to the download, which includes
 * drawing the charts to PNG (Word) and building the workbook with its formulas (Excel).
 */
export async function benchReportOffice(page: Page, options: { baseUrl?: string } = {}): Promise<OfficeBenchResult> {
  const origin = appOrigin(page, options.baseUrl);
  await page.goto(`${origin}/#/settings`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const { bundle, contracts } = buildBenchReportBundle();
  await seedAppraisal(page, { contracts, bundle });
  await page.goto(`${origin}/#/appraisals/${REPORT_BENCH_ID}/report`);
  await page.getByRole('region', { name: 'Preview of the decision report' }).locator('.report').waitFor({ timeout: 60_000 });
  const time = async (name: string) => {
    const t0 = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name }).click()]);
    const file = await download.path();
    const ms = performance.now() - t0;
    const { statSync } = await import('node:fs');
    return { ms, bytes: statSync(file).size };
  };
  const word = await time('Export Word document…');
  const excel = await time('Export Excel workings…');
  return { wordMs: word.ms, wordBytes: word.bytes, excelMs: excel.ms, excelBytes: excel.bytes };
}
