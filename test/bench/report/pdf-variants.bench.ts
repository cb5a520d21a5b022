import { mkdirSync, writeFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { footerTemplate, headerTemplate } from '../../../electron/ipc/pdf-templates';
import { benchPort } from '../figures';
import { browserCpuByKind, countPdfPages } from '../report-bench';
import { MARGIN_BOXES_CSS, withBenchReportOpen } from './served-report';

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

/**
 * The paper's font sizes before and after session 7 moved them to the nearest quarter pixel (10pt =
 * 13.33 px → 13.25 px; 7.5pt, 9pt and 15pt are whole pixels and were left): Skia writes a run's
 * glyphs in one `Tj` only when their shaped advances add up exactly to the font's, which a size like
 * 13.33 px never does. report.css now has the quarter pixels; "points type" prints the paper as it was.
 */
const TYPE_SIZES: [selector: string, points: string, quarterPx: string][] = [
  ['.report', '10pt', '13.25px'],
  ['.report .sub-heading', '11.5pt', '15.25px'],
  ['.report .small, .report .comparison', '8pt', '10.75px'],
  ['.report .cover-trust, .report .cover-subtitle', '13pt', '17.25px'],
  ['.report .cover-title', '26pt', '34.75px'],
  ['.report .lead', '12.5pt', '16.75px'],
  ['.report table, .report .finding:not(.finding-fires), .report .recharts-legend-wrapper, .report .chart-legend', '8.5pt', '11.25px'],
  ['.report .best-tag', '7pt', '9.25px'],
  ['.report .chart-figure > figcaption', '9.5pt', '12.75px'],
  ['.report .hint', '0.85rem', '13.5px'],
];
const typeCss = (pick: 1 | 2) => TYPE_SIZES.map((row) => `${row[0]} { font-size: ${row[pick]} !important; }`).join('\n');

interface Variant {
  name: string;
  /** A style sheet added for the print (adopted, so the app's CSP allows it). */
  css?: string;
  /** Elements of the report (a selector) given another ARIA role for the print, undone after it. */
  role?: { of: string; as: string };
  /** Elements of the report (a selector) given an attribute for the print, removed after it. */
  attr?: { of: string; name: string; value: string };
  pdf?: { tagged?: boolean; outline?: boolean; displayHeaderFooter?: boolean; preferCSSPageSize?: boolean };
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
  { name: 'watermark behind', css: '.report { z-index: 0; } .report-watermark { z-index: -1 !important; }' },
  // Not fixed: an absolute box is placed once, not repeated page by page. Session 9 found its PDF has
  // the watermark on no page at all, so it measures the watermark dropped by another route (beside
  // "no watermark"); it was misnamed "watermark page 1 only".
  { name: 'watermark not fixed', css: '.report-watermark { position: absolute !important; }' },
  // As before session 9's last change: the fixed watermark given a transform, which made every page
  // paint all the pages' copies of it (Skia path draws 40,700 against 2,400; see pdf-profile.bench.ts).
  { name: 'watermark transformed', css: '@media print { .report-watermark { transform: translate(0); } }' },
  { name: 'untagged without watermark', css: '.report-watermark { display: none !important; }', pdf: { tagged: false } },
  { name: 'fixed table layout', css: '.report table { table-layout: fixed; }' },
  { name: 'separate borders', css: '.report table { border-collapse: separate !important; border-spacing: 0; }' },
  { name: 'no cell borders', css: '.report :is(th, td) { border: none !important; }' },
  { name: 'breaks anywhere', css: '.report * { break-inside: auto !important; break-after: auto !important; }' },
  { name: 'no thead repeat', css: '.report thead { display: table-row-group !important; }' },
  { name: 'proportional figures', css: '.report table { font-variant-numeric: normal !important; }' },
  { name: 'no header shading', css: '.report thead th { background: none !important; }' },
  { name: 'margin boxes', css: MARGIN_BOXES_CSS, pdf: { displayHeaderFooter: false, preferCSSPageSize: true } },
  { name: 'no kerning', css: '.report { font-kerning: none; font-variant-ligatures: none; text-rendering: optimizeSpeed; }' },
  // Font sizes in points as before session 7, and in quarter pixels as now (see TYPE_SIZES).
  { name: 'points type', css: typeCss(1) },
  { name: 'quarter-px type', css: typeCss(2) },
  { name: 'charts aria-hidden', attr: { of: 'svg', name: 'aria-hidden', value: 'true' } },
  // As before session 8: the print route lays out every section on screen too (report.css skips those
  // out of view there), so Chromium's two screen layouts in each print cost a whole document each.
  { name: 'sections on screen', css: '@media screen { .report-route .report-section { content-visibility: visible !important; } }' },
  { name: 'chart text hidden', css: '.report svg text { display: none !important; }' },
  {
    name: 'no break-inside',
    css: '.report :is(table, tr, .callout, .finding, .fields > div, .chart-canvas, .costs-block, .keep-together, .heat-row) { break-inside: auto !important; }',
  },
];

const ROUNDS = Number(process.env.TPP_PDF_VARIANT_ROUNDS ?? 3);
/** TPP_PDF_VARIANTS=1 runs them all; a comma-separated list of names runs those beside "as exported". */
const CHOSEN = (process.env.TPP_PDF_VARIANTS ?? '').split(',');
const chosen = VARIANTS.filter((v, i) => i === 0 || CHOSEN.includes('1') || CHOSEN.includes(v.name));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function printVariant(page: Page, v: Variant) {
  await page.evaluate(
    ({ css, role, attr }) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [sheet];
      if (role) document.querySelectorAll(`.report :is(${role.of})`).forEach((e) => e.setAttribute('role', role.as));
      if (attr) document.querySelectorAll(`.report :is(${attr.of})`).forEach((e) => e.setAttribute(attr.name, attr.value));
    },
    { css: v.css ?? '', role: v.role ?? null, attr: v.attr ?? null },
  );
  const cpu0 = browserCpuByKind();
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
    preferCSSPageSize: v.pdf?.preferCSSPageSize ?? false,
  });
  const ms = performance.now() - t0;
  mkdirSync('test-results/bench/pdf-variants', { recursive: true });
  writeFileSync(`test-results/bench/pdf-variants/${v.name.replace(/[^a-z0-9]+/gi, '-')}.pdf`, pdf);
  const cpu1 = browserCpuByKind();
  const byKind = new Map<string, number>();
  if (cpu0 && cpu1) for (const [kind, ms] of cpu1) byKind.set(kind, ms - (cpu0.get(kind) ?? 0));
  await page.evaluate((attr) => {
    document.adoptedStyleSheets = [];
    if (attr) document.querySelectorAll(`.report :is(${attr.of})`).forEach((e) => e.removeAttribute(attr.name));
    // Only a variant gives a table a role (the paper's tables have none of their own).
    document.querySelectorAll('.report :is(table, table *)[role]').forEach((e) => e.removeAttribute('role'));
  }, v.attr ?? null);
  const cpu = cpu0 && cpu1 ? [...byKind.values()].reduce((a, b) => a + b, 0) : null;
  return { ms, cpu, byKind, pages: countPdfPages(pdf), bytes: pdf.byteLength };
}

test('board paper: what each part costs page.pdf()', async ({ page }) => {
  test.skip(!process.env.TPP_PDF_VARIANTS, 'measuring tool: set TPP_PDF_VARIANTS=1 to run it (see the comment at the top)');
  test.setTimeout(30 * 60_000);
  await withBenchReportOpen(page, benchPort(3), async () => {
    const runs = new Map<string, { ms: number[]; cpu: number[]; byKind: Map<string, number[]>; pages: number; bytes: number }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const v of chosen) {
        const r = await printVariant(page, v);
        const entry = runs.get(v.name) ?? {
          ms: [] as number[],
          cpu: [] as number[],
          byKind: new Map<string, number[]>(),
          pages: r.pages,
          bytes: r.bytes,
        };
        entry.ms.push(Math.round(r.ms));
        if (r.cpu !== null) entry.cpu.push(Math.round(r.cpu));
        for (const [kind, ms] of r.byKind) entry.byKind.set(kind, [...(entry.byKind.get(kind) ?? []), Math.round(ms)]);
        runs.set(v.name, entry);
      }
    }
    const lines = [...runs].map(
      ([name, e]) =>
        `  ${name.padEnd(18)} wall ${String(median(e.ms)).padStart(6)} ms (${e.ms.join(' / ')})   browser CPU ${
          e.cpu.length ? `${String(median(e.cpu)).padStart(5)} ms (${e.cpu.join(' / ')})` : 'not measured here'
        }   ${e.pages} pages, ${(e.bytes / 1e6).toFixed(2)} MB\n${'    '.padEnd(22)}CPU by process (median, min): ${[...e.byKind]
          .filter(([, xs]) => Math.max(...xs) > 0)
          .map(([kind, xs]) => `${kind} ${median(xs)}, ${Math.min(...xs)}`)
          .join('; ')}`,
    );
    console.log(`\npage.pdf() of the board paper by variant (median of ${ROUNDS}, interleaved)\n${lines.join('\n')}`);
  });
});
