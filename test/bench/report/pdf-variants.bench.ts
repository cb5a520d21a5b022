import { test, type Page } from '@playwright/test';
import { footerTemplate, headerTemplate } from '../../../electron/ipc/pdf-templates';
import { benchPort } from '../figures';
import { browserCpuMs, countPdfPages } from '../report-bench';
import { withBenchReportOpen } from './served-report';

/**
 * What each part of the board paper costs `page.pdf()`: the same ready print route printed as it is
 * and with one thing changed (tagging off, tables without table semantics, the watermark gone, …),
 * the variants interleaved round by round so a busy machine's load falls on all of them alike.
 * Measuring only, never shipped: a variant that drops tagging or table semantics breaks issue 16's
 * accessibility requirement and shows only what that part costs. Opt-in, as it adds minutes to
 * `npm run bench`:
 *   TPP_PDF_VARIANTS=1 TPP_BENCH_PORT=<port> npx playwright test -c test/bench/playwright.bench.config.ts test/bench/report/pdf-variants.bench.ts
 * (TPP_PDF_VARIANTS="untagged,no watermark" runs only those beside the export as it is;
 * TPP_PDF_VARIANT_ROUNDS sets the rounds, 3 by default.)
 */

interface Variant {
  name: string;
  /** A style sheet added for the print (adopted, so the app's CSP allows it). */
  css?: string;
  /** Elements of the report (a selector) given another ARIA role for the print, undone after it. */
  role?: { of: string; as: string };
  pdf?: { tagged?: boolean; outline?: boolean; displayHeaderFooter?: boolean };
}

const VARIANTS: Variant[] = [
  { name: 'as exported' },
  { name: 'untagged', pdf: { tagged: false } },
  { name: 'no outline', pdf: { outline: false } },
  { name: 'tables untagged', role: { of: 'table, table *', as: 'presentation' } },
  { name: 'row headers as cells', role: { of: 'tbody th, tfoot th', as: 'cell' } },
  { name: 'charts hidden', css: '.report svg { display: none !important; }' },
  { name: 'no watermark', css: '.report-watermark { display: none !important; }' },
  { name: 'no header/footer', pdf: { displayHeaderFooter: false } },
  { name: 'watermark unrotated', css: '.report-watermark svg { transform: none !important; }' },
  {
    name: 'watermark opaque behind',
    css: '.report { z-index: 0; } .report-watermark { z-index: -1 !important; } .report-watermark path { stroke: #f8d4d1 !important; }',
  },
  { name: 'watermark page 1 only', css: '.report-watermark { position: absolute !important; }' },
  { name: 'untagged without watermark', css: '.report-watermark { display: none !important; }', pdf: { tagged: false } },
  { name: 'fixed table layout', css: '.report table { table-layout: fixed; }' },
  { name: 'separate borders', css: '.report table { border-collapse: separate !important; border-spacing: 0; }' },
  { name: 'no cell borders', css: '.report :is(th, td) { border: none !important; }' },
  { name: 'breaks anywhere', css: '.report * { break-inside: auto !important; break-after: auto !important; }' },
  { name: 'no thead repeat', css: '.report thead { display: table-row-group !important; }' },
  { name: 'proportional figures', css: '.report table { font-variant-numeric: normal !important; }' },
  { name: 'no header shading', css: '.report thead th { background: none !important; }' },
];

const ROUNDS = Number(process.env.TPP_PDF_VARIANT_ROUNDS ?? 3);
/** TPP_PDF_VARIANTS=1 runs them all; a comma-separated list of names runs those beside "as exported". */
const CHOSEN = (process.env.TPP_PDF_VARIANTS ?? '').split(',');
const chosen = VARIANTS.filter((v, i) => i === 0 || CHOSEN.includes('1') || CHOSEN.includes(v.name));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function printVariant(page: Page, v: Variant) {
  await page.evaluate(
    ({ css, role }) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [sheet];
      if (role) document.querySelectorAll(`.report :is(${role.of})`).forEach((e) => e.setAttribute('role', role.as));
    },
    { css: v.css ?? '', role: v.role ?? null },
  );
  const cpu0 = browserCpuMs();
  const t0 = performance.now();
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: v.pdf?.displayHeaderFooter ?? true,
    headerTemplate: headerTemplate('Benchmark trust · PDF benchmark appraisal'),
    footerTemplate: footerTemplate('Exported (benchmark)', 'Draft'),
    margin: { top: '0.7in', bottom: '0.7in', left: '0.6in', right: '0.6in' },
    outline: v.pdf?.outline ?? true,
    tagged: v.pdf?.tagged ?? true,
  });
  const ms = performance.now() - t0;
  const cpu1 = browserCpuMs();
  await page.evaluate(() => {
    document.adoptedStyleSheets = [];
    // Only a variant gives a table a role (the paper's tables have none of their own).
    document.querySelectorAll('.report :is(table, table *)[role]').forEach((e) => e.removeAttribute('role'));
  });
  return { ms, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, pages: countPdfPages(pdf), bytes: pdf.byteLength };
}

test('board paper: what each part costs page.pdf()', async ({ page }) => {
  test.skip(!process.env.TPP_PDF_VARIANTS, 'measuring tool: set TPP_PDF_VARIANTS=1 to run it (see the comment at the top)');
  test.setTimeout(30 * 60_000);
  await withBenchReportOpen(page, benchPort(3), async () => {
    const runs = new Map<string, { ms: number[]; cpu: number[]; pages: number; bytes: number }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const v of chosen) {
        const r = await printVariant(page, v);
        const entry = runs.get(v.name) ?? { ms: [], cpu: [], pages: r.pages, bytes: r.bytes };
        entry.ms.push(Math.round(r.ms));
        if (r.cpu !== null) entry.cpu.push(Math.round(r.cpu));
        runs.set(v.name, entry);
      }
    }
    const lines = [...runs].map(
      ([name, e]) =>
        `  ${name.padEnd(18)} wall ${String(median(e.ms)).padStart(6)} ms (${e.ms.join(' / ')})   browser CPU ${
          e.cpu.length ? `${String(median(e.cpu)).padStart(5)} ms (${e.cpu.join(' / ')})` : 'not measured here'
        }   ${e.pages} pages, ${(e.bytes / 1e6).toFixed(2)} MB`,
    );
    console.log(`\npage.pdf() of the board paper by variant (median of ${ROUNDS}, interleaved)\n${lines.join('\n')}`);
  });
});
