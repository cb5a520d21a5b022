/**
 * Decision-report PDF benchmark: an appraisal with 10 options and 60 risks is written into the
 * app's IndexedDB and the paper is exported, timed from the export command to the PDF written, with
 * `page.pdf()` given the same A4 settings, margins, header, footer, outline and tagging as Electron's
 * export.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { footerTemplate, headerTemplate } from '../../electron/ipc/pdf-templates';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { buildBenchReportBundle, REPORT_BENCH_ID } from './report/bench-fixture';
import { seedAppraisal } from './report/idb-seed';

/** What a browser process is, from its command line: "browser", "renderer", "gpu-process", or a utility's service. */
function processKind(pid: number): string {
  try {
    // Chromium rewrites its processes' titles, so the arguments may be joined by spaces.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const sub = args.find((a) => a.startsWith('--utility-sub-type='));
    if (sub) return sub.slice(sub.lastIndexOf('.') + 1);
    const type = args.find((a) => a.startsWith('--type='));
    return type ? type.slice('--type='.length) : 'browser';
  } catch {
    return 'ended';
  }
}

/**
 * CPU time (ms) used so far by this test process's children, the browser and its renderers, by kind
 * of process (browser, renderer, gpu-process, PrintCompositor, …): on a shared, busy machine wall
 * time mostly measures the other work, CPU time the work the export itself costs. Linux only
 * (/proc); null elsewhere.
 */
export function browserCpuByKind(): Map<string, number> | null {
  if (process.platform !== 'linux') return null;
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after "(comm)": state ppid … utime(12th) stime(13th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * tick);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while the list was read
    }
  }
  const byKind = new Map<string, number>();
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      const kind = processKind(child);
      byKind.set(kind, (byKind.get(kind) ?? 0) + (cpu.get(child) ?? 0));
      walk(child);
    }
  };
  walk(process.pid);
  return byKind;
}

/** All of `browserCpuByKind`: the CPU time (ms) of the browser and its children so far; null off Linux. */
export function browserCpuMs(): number | null {
  const byKind = browserCpuByKind();
  return byKind === null ? null : [...byKind.values()].reduce((a, b) => a + b, 0);
}

export interface ReportBenchResult {
  /** Browser CPU time of the whole export and of page.pdf() alone (null where it cannot be read). */
  cpuMs: number | null;
  printCpuMs: number | null;
  /** Wall time of page.pdf() and writing the file. */
  ms: number;
  /** From the export command (or opening the print window) to the PDF written: what a user waits for. */
  totalMs: number;
  pages: number;
  /** From the same start to `data-report-ready="true"` (route shown, model, first render, fonts). */
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

async function seedBench(page: Page, origin: string) {
  // Let the app open (and if need be create) its database before writing to it directly.
  await page.goto(`${origin}/#/settings`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const seeded = buildBenchReportBundle();
  await seedAppraisal(page, seeded);
  return seeded.bundle;
}

async function waitForReady(page: Page): Promise<void> {
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
}

/** Prints the ready route with Electron's export settings and writes the file, as the export does. */
async function printAndWrite(page: Page, bundle: AppraisalBundle): Promise<{ ms: number; pdf: Uint8Array; printCpuMs: number | null }> {
  const cpu0 = browserCpuMs();
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
  const cpu1 = browserCpuMs();
  return { ms: performance.now() - t0, pdf, printCpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

const readMarks = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['report:data', 'report:rendered', 'report:ready'].map((n) => [
        n,
        Math.round(performance.getEntriesByName(n).at(-1)?.startTime ?? -1),
      ]),
    ),
  );

/** Times `start` (what opens the print route) to the route ready and then to the PDF written. */
async function timeExport(page: Page, bundle: AppraisalBundle, start: () => Promise<void>): Promise<ReportBenchResult> {
  const cpuStart = browserCpuMs();
  const started = Date.now();
  await start();
  await waitForReady(page);
  const readyMs = Date.now() - started;
  const marks = await readMarks(page);
  const { ms, pdf, printCpuMs } = await printAndWrite(page, bundle);
  const totalMs = Date.now() - started;
  const cpuEnd = browserCpuMs();
  const cpuMs = cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart;
  return { ms, totalMs, cpuMs, printCpuMs, pages: countPdfPages(pdf), readyMs, marks, bytes: pdf.byteLength, pdf };
}

/**
 * What the user feels in the browser host: on the appraisal's Report tab (the preview showing),
 * from the click on "Export decision report…" to the PDF written. The browser prints the route in
 * the same tab (the print dialog is replaced by `page.pdf()` with the export's settings).
 *
 * @param page a Chromium page; either already showing the app (any route) or given `baseUrl`, the
 *   origin serving dist/renderer.
 */
export async function benchReportPdf(page: Page, options: { baseUrl?: string } = {}): Promise<ReportBenchResult> {
  const origin = appOrigin(page, options.baseUrl);
  const bundle = await seedBench(page, origin);
  await page.goto(`${origin}/#/appraisals/${REPORT_BENCH_ID}/report`);
  await page.getByRole('region', { name: 'Preview of the decision report' }).locator('.report').waitFor({ timeout: 60_000 });

  return timeExport(page, bundle, () => page.getByRole('button', { name: 'Export decision report…' }).click());
}

/**
 * Electron's path: a fresh print window loads the route (the app, its database, the engine) and is
 * printed once ready. Timed from opening the route to the PDF written; the desktop export also shows
 * the save dialog first, while this window loads.
 */
export async function benchReportPrintWindow(page: Page, options: { baseUrl?: string } = {}): Promise<ReportBenchResult> {
  const origin = appOrigin(page, options.baseUrl);
  const bundle = await seedBench(page, origin);
  return timeExport(page, bundle, async () => {
    await page.goto(`${origin}/#/report/${REPORT_BENCH_ID}?status=draft&print=1`);
    await page.reload();
  });
}

/**
 * Electron's path from the second export on (electron/ipc/report-window.ts): the print window was
 * parked after the last export in a freshly loaded app at the empty print route, and the export
 * changes only the hash. Timed from that hash change to the PDF written; the park's load is not
 * timed (it happens after the previous export, while nobody waits).
 */
export async function benchReportParkedWindow(page: Page, options: { baseUrl?: string; park?: number } = {}): Promise<ReportBenchResult> {
  const origin = appOrigin(page, options.baseUrl);
  const bundle = await seedBench(page, origin);
  const document = `${origin}/index.html?print-window=${options.park ?? 1}`;
  await page.goto(`${document}#/report/`);
  // Parked: the app has opened its database and loaded the report's code, and draws nothing.
  await page.waitForFunction(() => performance.getEntriesByName('app:db-open').length > 0, undefined, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  return timeExport(page, bundle, async () => {
    await page.goto(`${document}#/report/${REPORT_BENCH_ID}?status=draft&print=1`);
  });
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
