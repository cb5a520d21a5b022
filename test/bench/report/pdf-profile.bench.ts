import { readFileSync, mkdirSync } from 'node:fs';
import { test } from '@playwright/test';
import { footerTemplate, headerTemplate } from '../../../electron/ipc/pdf-templates';
import { benchPort } from '../figures';
import { browserCpuMs } from '../report-bench';
import { MARGIN_BOXES_CSS, withBenchReportOpen } from './served-report';

/**
 * Where `page.pdf()` of the board paper spends its time: the ready print route's size (DOM elements,
 * text nodes, table cells, accessibility nodes) and a Chromium trace of one print, summed by event
 * name (self CPU time per thread). Measuring only, opt-in:
 *   TPP_PDF_PROFILE=1 TPP_BENCH_PORT=<port> npx playwright test -c test/bench/playwright.bench.config.ts test/bench/report/pdf-profile.bench.ts
 * With TPP_PDF_PROFILE=margin-boxes the header and footer are page margin boxes instead of templates.
 * The trace is kept in test-results/bench/pdf-trace.json (open it in chrome://tracing or Perfetto).
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, when the trace records it. */
  tdur?: number;
  tid: number;
  pid: number;
  cat: string;
  args?: {
    beginData?: { totalObjects?: number; dirtyObjects?: number };
    chrome_mojo_event_info?: { mojo_interface_tag?: string; data_num_bytes?: number };
  };
}

/**
 * The layouts of the report in a traced print: Blink's `Layout` events of the report's document (over
 * 50 layout objects; the header and footer documents have about 20), each with the objects in its
 * tree (fewer on screen, where sections out of view are skipped), the objects it started from (about
 * 190 after a change of media or page size, when the whole tree is laid out again) and its thread CPU
 * time; and the size of the print's reply to the browser (`PrintRenderFrame`), which carries the
 * accessibility tree the tagged PDF is built from. Counts, unlike timings, are the same in every run.
 */
function printCounts(events: TraceEvent[]) {
  const layouts = events
    .filter((e) => e.name === 'Layout' && e.ph === 'X' && (e.args?.beginData?.totalObjects ?? 0) > 50)
    .map(
      (e) =>
        `${e.args?.beginData?.totalObjects} objects, ${e.args?.beginData?.dirtyObjects} dirty: ${Math.round((e.tdur ?? e.dur ?? 0) / 1000)} ms`,
    );
  const reply = events.find(
    (e) => e.name === 'Receive mojo reply' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'printing.mojom.PrintRenderFrame',
  );
  return { layouts, replyBytes: reply?.args?.chrome_mojo_event_info?.data_num_bytes ?? null };
}

/**
 * Self time of complete and begin/end events, summed by name, longest first: thread CPU time where
 * the event has it (every complete event in Chromium's traces), else wall time.
 */
function selfTimes(events: TraceEvent[], threads: Map<string, string>): { name: string; selfMs: number; totalMs: number; count: number }[] {
  const spans: { name: string; start: number; end: number; cpu: number; key: string }[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur, key });
    else if (e.ph === 'B') {
      const stack = open.get(key) ?? [];
      stack.push(e);
      open.set(key, stack);
    } else if (e.ph === 'E') {
      const stack = open.get(key);
      const b = stack?.pop();
      if (b) spans.push({ name: b.name, start: b.ts, end: e.ts, cpu: e.ts - b.ts, key });
    }
  }
  const byThread = new Map<string, typeof spans>();
  for (const s of spans) {
    const list = byThread.get(s.key) ?? [];
    list.push(s);
    byThread.set(s.key, list);
  }
  const totals = new Map<string, { selfMs: number; totalMs: number; count: number }>();
  for (const list of byThread.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    const stack: { name: string; key: string; end: number; self: number; dur: number }[] = [];
    const close = (s: { name: string; key: string; self: number; dur: number }) => {
      const name = `${threads.get(s.key) ?? s.key} | ${s.name}`;
      const t = totals.get(name) ?? { selfMs: 0, totalMs: 0, count: 0 };
      t.selfMs += s.self / 1000;
      t.totalMs += s.dur / 1000;
      t.count += 1;
      totals.set(name, t);
    };
    for (const s of list) {
      while (stack.length && stack[stack.length - 1].end <= s.start) close(stack.pop()!);
      if (stack.length) stack[stack.length - 1].self -= s.cpu;
      stack.push({ name: s.name, key: s.key, end: s.end, self: s.cpu, dur: s.cpu });
    }
    while (stack.length) close(stack.pop()!);
  }
  return [...totals].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.selfMs - a.selfMs);
}

test('board paper: what page.pdf() spends its time on', async ({ page, browser }) => {
  test.skip(
    !process.env.TPP_PDF_PROFILE,
    'opt-in measuring tool, not a check (a traced print, ~4 minutes): set TPP_PDF_PROFILE=1 to run it',
  );
  test.setTimeout(10 * 60_000);
  await withBenchReportOpen(page, benchPort(4), async () => {
    await page.emulateMedia({ media: 'print' });
    const counts = await page.evaluate(() => {
      const report = document.querySelector('.report')!;
      const walker = document.createTreeWalker(report, NodeFilter.SHOW_TEXT);
      let text = 0;
      while (walker.nextNode()) if (walker.currentNode.textContent?.trim()) text++;
      const cells = report.querySelectorAll('td, th');
      let cellsWithElements = 0;
      for (const c of cells) if (c.children.length > 0) cellsWithElements++;
      const tags = new Map<string, number>();
      for (const e of report.querySelectorAll('*')) tags.set(e.localName, (tags.get(e.localName) ?? 0) + 1);
      return {
        elements: report.querySelectorAll('*').length,
        textNodes: text,
        cells: cells.length,
        cellsWithElements,
        svgElements: report.querySelectorAll('svg *').length,
        tags: [...tags].sort((a, b) => b[1] - a[1]).slice(0, 25),
      };
    });
    // In print media, as the print builds its tree: on screen the route's sections out of view are
    // `content-visibility: auto`, skipped, and left out of the accessibility tree (389 nodes, not 20,470).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string } }[] };
    const roles = new Map<string, number>();
    for (const n of nodes) if (!n.ignored) roles.set(n.role?.value ?? '?', (roles.get(n.role?.value ?? '?') ?? 0) + 1);
    await cdp.send('Accessibility.disable');
    await page.emulateMedia({ media: null });
    console.log(
      `\nPrint route: ${JSON.stringify(counts, null, 1)}\nAX nodes: ${nodes.length} (${nodes.filter((n) => !n.ignored).length} not ignored)\n` +
        `AX roles: ${JSON.stringify([...roles].sort((a, b) => b[1] - a[1]).slice(0, 20))}`,
    );

    const marginBoxes = process.env.TPP_PDF_PROFILE === 'margin-boxes';
    if (marginBoxes) {
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [sheet];
      }, MARGIN_BOXES_CSS);
    }
    const print = () =>
      page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: !marginBoxes,
        preferCSSPageSize: marginBoxes,
        headerTemplate: headerTemplate('Benchmark trust · PDF benchmark appraisal'),
        footerTemplate: footerTemplate('Exported (benchmark)', 'Draft'),
        margin: { top: '0.7in', bottom: '0.7in', left: '0.6in', right: '0.6in' },
        outline: true,
        tagged: true,
      });
    await print(); // warm
    const cpu0 = browserCpuMs();
    await print();
    const cpu1 = browserCpuMs();
    mkdirSync('test-results/bench', { recursive: true });
    const tracePath = 'test-results/bench/pdf-trace.json';
    await browser.startTracing(page, {
      path: tracePath,
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink',
        'cc',
        'skia',
        'printing',
        'accessibility',
        'renderer.scheduler',
        'toplevel',
        'loading',
        'v8',
        'disabled-by-default-skia',
        'mojom',
      ],
    });
    await print();
    await browser.stopTracing();
    const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
    const threadNames = new Map<string, string>();
    for (const e of trace.traceEvents)
      if (e.ph === 'M' && e.name === 'thread_name')
        threadNames.set(`${e.pid}:${e.tid}`, (e as unknown as { args: { name: string } }).args.name);
    const rows = selfTimes(trace.traceEvents, threadNames).slice(0, 40);
    const { layouts, replyBytes } = printCounts(trace.traceEvents);
    // Skia's draw calls in the print (the `disabled-by-default-skia` category), the same in every run.
    const draws = new Map<string, number>();
    for (const e of trace.traceEvents) {
      const call = /SkCanvas::(draw\w+)\(/.exec(e.name)?.[1];
      if (call && e.ph === 'X') draws.set(call, (draws.get(call) ?? 0) + 1);
    }
    console.log(
      `page.pdf() browser CPU (untraced): ${cpu0 === null || cpu1 === null ? 'n/a' : Math.round(cpu1 - cpu0)} ms\n` +
        `Layouts of the report in the print (thread CPU): ${layouts.join('; ')}\n` +
        `The print's reply to the browser (accessibility tree): ${replyBytes === null ? 'not in the trace' : `${(replyBytes / 1e6).toFixed(2)} MB`}\n` +
        `Skia draw calls (drawAnnotation marks a node): ${[...draws]
          .sort((a, b) => b[1] - a[1])
          .map(([call, n]) => `${call} ${n}`)
          .join(', ')}\n` +
        `Trace, self CPU time by event (ms)${marginBoxes ? ', header and footer as margin boxes' : ''}:\n` +
        rows
          .map(
            (r) =>
              `  ${r.selfMs.toFixed(1).padStart(8)}  total ${r.totalMs.toFixed(1).padStart(8)}  ×${String(r.count).padStart(6)}  ${r.name}`,
          )
          .join('\n'),
    );
  });
});
