import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';
import { median, recordFigures, type Figure } from './figures';
import { OBSERVE_LONG_TASKS, takeLongestTask } from './long-tasks';

/**
 * Start-up from a new browser process (issue 16): the app's figures, and beside them the floor this
 * machine sets, from the same clock origin (the navigation's start): a static page with no scripts,
 * and a page that opens the same cold IndexedDB and reads 80 rows by index with plain IndexedDB and
 * nothing else. A target below the floor cannot be met by any app code, so the floor is printed.
 */

/** The element the first painted row carries (renderer/first-paint.ts and RegisterTable.tsx): Element Timing gives its real paint time. */
const FIRST_ROW_ELEMENT = 'register-first-row';
const FLOOR_DIR = 'bench-floor';
/** The localStorage key the snapshot floor's pages use (not the app's own key). */
const LS_FLOOR_KEY = 'tpp-bench-floor';
/** The app's first-screen snapshot (renderer/data/first-screen-snapshot.ts). */
const SNAPSHOT_KEY = 'tpp:first-screen';

/**
 * How both data floors paint what they read: 80 rows of plain DOM, the first timed by Element Timing.
 * Written into each floor's one script, so neither floor loads a second module.
 */
const PAINT_ROWS = `function paintRows(contracts) {
  const body = document.getElementById('rows');
  contracts.forEach((c, i) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = c.reference;
    if (i === 0) th.setAttribute('elementtiming', '${FIRST_ROW_ELEMENT}');
    tr.append(th);
    for (const text of [c.title, c.currentEndDate]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  });
}`;

/**
 * The directory the register benchmark serves: the built app (TPP_BENCH_APP_DIR, else dist/renderer,
 * so another build, e.g. main's, can be measured on the same profile in the same minutes) plus the
 * two floor pages, on the app's origin so the floor reads the app's own database.
 */
export function servedAppDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tpp-bench-app-'));
  cpSync(path.resolve(process.env.TPP_BENCH_APP_DIR ?? 'dist/renderer'), dir, { recursive: true });
  mkdirSync(path.join(dir, FLOOR_DIR));
  const rows = Array.from(
    { length: 80 },
    (_, i) =>
      `<tr><th scope="row"${i === 0 ? ` elementtiming="${FIRST_ROW_ELEMENT}"` : ''}>C-${String(i + 1).padStart(6, '0')}</th><td>Contract ${i + 1}</td><td>1 Apr 2027</td></tr>`,
  ).join('');
  const table = (body: string) =>
    `<table aria-label="Floor"><thead><tr><th scope="col">Reference</th><th scope="col">Title</th><th scope="col">End date</th></tr></thead><tbody id="rows">${body}</tbody></table>`;
  const html = (body: string, script = '') =>
    `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>Floor</title>${script}</head><body>${body}</body></html>`;
  writeFileSync(path.join(dir, FLOOR_DIR, 'static.html'), html(table(rows)));
  writeFileSync(path.join(dir, FLOOR_DIR, 'idb.html'), html(table(''), `<script type="module" src="/${FLOOR_DIR}/idb.js"></script>`));
  // Plain IndexedDB and nothing else: open without a version, read the first 80 by end date, show them.
  writeFileSync(
    path.join(dir, FLOOR_DIR, 'idb.js'),
    `${PAINT_ROWS}
const open = indexedDB.open('trust-procurement-planner');
open.onupgradeneeded = () => open.transaction.abort();
open.onsuccess = () => {
  const db = open.result;
  const read = db.transaction('contracts', 'readonly').objectStore('contracts').index('currentEndDate').getAll(null, 80);
  read.onsuccess = () => {
    performance.mark('floor:read');
    paintRows(read.result);
    db.close();
  };
};
`,
  );
  // The snapshot floor: the same 80 rows as ~25 kB of JSON in localStorage, read synchronously and
  // painted by a tiny script (module, as the app's entry is), nothing else. ls-seed.html writes it
  // once into the profile; ls.html reads it in a new process.
  writeFileSync(path.join(dir, FLOOR_DIR, 'ls-seed.html'), html('', `<script type="module" src="/${FLOOR_DIR}/ls-seed.js"></script>`));
  writeFileSync(
    path.join(dir, FLOOR_DIR, 'ls-seed.js'),
    `const rows = Array.from({ length: 80 }, (_, i) => ({
  reference: 'C-' + String(i + 1).padStart(6, '0'),
  title: 'Contract ' + (i + 1) + ' for managed clinical systems support and licences',
  supplier: 'Supplier number ' + (i % 37) + ' Limited',
  currentEndDate: '2027-04-01', nextDecisionDate: '2026-10-01', noticeDate: '2027-01-01',
  annualValue: 123456 + i, totalValue: 9876543 + i, status: 'active', owner: 'Head of Digital Procurement',
  flags: { overdue: false, decisionAssumed: i % 3 === 0, expiring: i % 5 === 0 },
}));
localStorage.setItem('${LS_FLOOR_KEY}', JSON.stringify({ v: 1, rows }));
performance.mark('floor:seeded');
`,
  );
  writeFileSync(path.join(dir, FLOOR_DIR, 'ls.html'), html(table(''), `<script type="module" src="/${FLOOR_DIR}/ls.js"></script>`));
  writeFileSync(
    path.join(dir, FLOOR_DIR, 'ls.js'),
    `${PAINT_ROWS}
const snap = JSON.parse(localStorage.getItem('${LS_FLOOR_KEY}'));
performance.mark('floor:read');
paintRows(snap.rows);
`,
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A kept profile (TPP_BENCH_KEEP_PROFILE) records what it was seeded with: the register test writes
 * this file into it once it has imported the register. IndexedDB and localStorage are stored per
 * origin, and the origin includes the port, so the register and the snapshot it holds are there only
 * for pages served on the same port (TPP_BENCH_PORT, else 10 above TPP_E2E_PORT): on another port the
 * app would find an empty database and no snapshot, and "start up" in no time with nothing to show.
 */
const seededRecord = (profile: string) => path.join(profile, 'tpp-bench-seeded.json');

/** Notes in `profile` that it holds `rows` contracts for pages served from `origin`. */
export function markProfileSeeded(profile: string, origin: string, rows: number): void {
  writeFileSync(seededRecord(profile), `${JSON.stringify({ origin, rows })}\n`);
}

/**
 * Why `profile` cannot be used to time a start-up of `rows` contracts served from `origin`, or
 * undefined when it can: not kept, not seeded, seeded with another number of rows, or on another origin.
 */
export function keptProfileProblem(profile: string | undefined, origin: string, rows: number): string | undefined {
  const count = rows.toLocaleString('en-GB');
  const seed = `run the register test with TPP_BENCH_KEEP_PROFILE first, with the same TPP_BENCH_PORT and TPP_BENCH_ROWS`;
  if (!profile) return `needs TPP_BENCH_KEEP_PROFILE naming a profile the register test has filled with ${count} contracts`;
  if (!existsSync(seededRecord(profile))) return `${profile} has not been seeded by the register test: ${seed}`;
  let seeded: { origin?: unknown; rows?: unknown };
  try {
    seeded = JSON.parse(readFileSync(seededRecord(profile), 'utf8')) as typeof seeded;
  } catch {
    return `${profile}'s seeding record cannot be read: ${seed}`;
  }
  if (seeded.rows !== rows) return `${profile} holds ${String(seeded.rows)} contracts, not ${count}: ${seed}`;
  if (seeded.origin !== origin)
    return `${profile} was seeded for ${String(seeded.origin)}, not ${origin}: IndexedDB and localStorage are kept per origin (the port is part of it), so its register is not there; use the same TPP_BENCH_PORT, or ${seed}`;
  return undefined;
}

/** Every long task's start and length from the page's first script on, in `window.longTaskTimes`: which stage of the start-up the longest fell in. */
const OBSERVE_LONG_TASK_TIMES = () => {
  const win = window as unknown as { longTaskTimes: [number, number][] };
  win.longTaskTimes = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) win.longTaskTimes.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/** A new browser process on the profile in `dir`: its database is closed and nothing is cached in memory. */
export async function launch(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, { ...chromiumLaunchOptions(), locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.addInitScript(OBSERVE_LONG_TASKS);
  await context.addInitScript(OBSERVE_LONG_TASK_TIMES);
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

/**
 * TPP_BENCH_TRACE=1: instead of the timed starts, a Chrome trace of one start of the app and one of the
 * localStorage floor, each in a new browser process, written to test-results/bench-profiles/start-up-<name>.json
 * (open it in Chrome DevTools' Performance panel, or summarise it with test/bench/trace-summary.ts): what
 * runs, on which thread and in what order, from the navigation to the first rows painted.
 */
const TRACE = process.env.TPP_BENCH_TRACE === '1';
const TRACE_DIR = 'test-results/bench-profiles';
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'blink.user_timing',
  'loading',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'cc',
  'viz',
  'fonts',
];

/** Opens `url` in a new browser process on `profile` while tracing, waits for `ready`, and saves the trace as `name`. */
async function traceStart(profile: string, url: string, name: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
  const { context, page } = await launch(profile);
  const session = await context.newCDPSession(page);
  const events: unknown[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url);
  await ready(page);
  await firstRowPainted(page);
  await session.send('Tracing.end');
  await done;
  mkdirSync(TRACE_DIR, { recursive: true });
  writeFileSync(path.join(TRACE_DIR, `start-up-${name}.json`), JSON.stringify({ traceEvents: events }));
  await context.close();
}

/**
 * Waits for the page's performance mark `name`, watched from inside the page (a PerformanceObserver,
 * through a plain page.evaluate). Not page.waitForFunction or a locator: the first of those in a new
 * page injects Playwright's selector engine into it, one UI-thread task of 80–120 ms wall (28 ms CPU
 * in a trace, TPP_BENCH_TRACE) just after the first rows are painted, which the start-up's longest
 * task counted as the app's.
 */
export const waitForMark = (page: Page, name: string, timeout = 120_000) =>
  page.evaluate(
    ([mark, limit]) =>
      new Promise<void>((resolve, reject) => {
        const seen = () => performance.getEntriesByName(mark).length > 0;
        if (seen()) return resolve();
        const observer = new PerformanceObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe({ type: 'mark' });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`No performance mark ${mark} within ${limit} ms`));
        }, limit);
      }),
    [name, timeout] as const,
  );

/** The register's grid label once the whole register is in (read with a plain page.evaluate, for the same reason as waitForMark). */
const gridLabel = (page: Page) => page.evaluate(() => document.querySelector('[role="grid"]')?.getAttribute('aria-label') ?? '');

/** When the first register row was really painted (Element Timing's render time), or NaN if no such element painted. */
const firstRowPainted = (page: Page) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const seen: number[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[])
            if (e.identifier === name) seen.push(e.renderTime || e.loadTime);
        }).observe({ type: 'element', buffered: true });
        // Buffered entries arrive in the observer's first callback, within a frame or two.
        setTimeout(() => resolve(seen.length ? Math.min(...seen) : NaN), 200);
      }),
    FIRST_ROW_ELEMENT,
  );

const at = (page: Page, names: string[]) =>
  page.evaluate((all) => all.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN), names);

const spread = (values: number[]) => {
  const known = values.filter((v) => !Number.isNaN(v));
  return known.length ? `range ${Math.min(...known).toFixed(0)}–${Math.max(...known).toFixed(0)} ms` : 'not seen';
};
const medianKnown = (values: number[]) => {
  const known = values.filter((v) => !Number.isNaN(v));
  return known.length ? median(known) : NaN;
};

/**
 * Start-up as a user meets it the next morning, `starts` times: a new browser process each time (the
 * database closed, nothing in memory), timed from navigation. Then the floors, the same way.
 */
export async function measureStartUp(profile: string, origin: string, rows: number, starts: number, longTaskMs: number): Promise<void> {
  const count = rows.toLocaleString('en-GB');
  const grid = (page: Page) => page.getByRole('grid', { name: new RegExp(`of ${count} contracts`) });
  const MARKS = [
    'app:entry',
    'db:early-read',
    'first-paint:rows',
    'app:script',
    'app:db-open',
    'register:first-page-read',
    'register:first-rows',
    'register:counted',
    'register:data',
    'register:rendered',
  ];
  /** Where the start's longest task began: its start and the last mark before it (or before the entry). */
  const longestTaskAt = (page: Page, marks: number[]) =>
    page
      .evaluate(() => (window as unknown as { longTaskTimes: [number, number][] }).longTaskTimes)
      .then((tasks) => {
        const longest = tasks.reduce<[number, number] | undefined>((a, t) => (!a || t[1] > a[1] ? t : a), undefined);
        if (!longest) return 'none';
        const before = MARKS.map((name, i) => [name, marks[i]] as const)
          .filter(([, t]) => !Number.isNaN(t) && t <= longest[0])
          .sort((a, b) => b[1] - a[1])[0];
        return `at ${longest[0].toFixed(0)} ms, ${before ? `after ${before[0]}` : 'before app:entry'}`;
      });
  const runs: { painted: number; marks: number[]; longest: number; longestAt: string; source: string }[] = [];
  let scrollMs = 0;
  /** A new browser process opens `file` of the floors and `measure`s it. */
  const freshFloor = async <T>(file: string, measure: (page: Page) => Promise<T>): Promise<T> => {
    const { context, page } = await launch(profile);
    try {
      await page.goto(`${origin}/${FLOOR_DIR}/${file}`);
      return await measure(page);
    } finally {
      await context.close();
    }
  };
  /** A data floor: when it had read its rows, and when the first of them was painted. */
  const readAndPainted = async (page: Page) => {
    await waitForMark(page, 'floor:read');
    return { read: (await at(page, ['floor:read']))[0], painted: await firstRowPainted(page) };
  };

  // The day before: a session that ends with the first-screen snapshot written (an app that keeps
  // one writes it once start-up has settled), as a user's next start finds it. Not timed.
  {
    const { context, page } = await launch(profile);
    await page.goto(`${origin}/#/portfolio`);
    await grid(page).waitFor({ timeout: 120_000 });
    await waitForMark(page, 'register:rendered');
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SNAPSHOT_KEY, { timeout: 15_000 }).catch(() => undefined);
    await context.close();
  }
  await freshFloor('ls-seed.html', (page) => waitForMark(page, 'floor:seeded'));
  if (TRACE) {
    // Until the whole register is painted: the start-up's longest task may come at any point up to there.
    await traceStart(profile, `${origin}/#/portfolio`, 'app', (page) => waitForMark(page, 'register:rendered'));
    await traceStart(profile, `${origin}/${FLOOR_DIR}/ls.html`, 'ls-floor', (page) => waitForMark(page, 'floor:read'));
    return;
  }
  for (let i = 0; i < starts; i++) {
    const { context, page } = await launch(profile);
    await page.goto(`${origin}/#/portfolio`);
    // Waited for from inside the page (waitForMark), not by a locator or expect(…).toBeVisible(): their
    // selector engine and aria snapshot are UI-thread tasks of the benchmark's own, which the
    // start-up's longest task would otherwise count.
    await waitForMark(page, 'register:rendered');
    const label = await gridLabel(page);
    if (!label.includes(`of ${count} contracts`)) throw new Error(`The register shows "${label}", not all ${count} contracts`);
    const painted = await firstRowPainted(page);
    const source = await page.evaluate(() =>
      performance.getEntriesByName('first-paint:from-snapshot').length > 0 ? 'snapshot' : 'database',
    );
    const marks = await at(page, MARKS);
    runs.push({ painted, marks, longestAt: await longestTaskAt(page, marks), longest: await takeLongestTask(page), source });
    if (i === 0) {
      // Scrolling to the end stays responsive: time a jump to the last row.
      const scroller = page.getByRole('grid', { name: /Contract register/ });
      const started = Date.now();
      await scroller.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await scroller.locator(`[aria-rowindex="${rows + 1}"]`).waitFor();
      scrollMs = Date.now() - started;
    }
    await context.close();
  }

  const floors = {
    staticPaint: [] as number[],
    idbRead: [] as number[],
    idbPainted: [] as number[],
    lsRead: [] as number[],
    lsPainted: [] as number[],
  };
  for (let i = 0; i < starts; i++) {
    floors.staticPaint.push(await freshFloor('static.html', firstRowPainted));
    const idb = await freshFloor('idb.html', readAndPainted);
    floors.idbRead.push(idb.read);
    floors.idbPainted.push(idb.painted);
    const ls = await freshFloor('ls.html', readAndPainted);
    floors.lsRead.push(ls.read);
    floors.lsPainted.push(ls.painted);
  }

  const mark = (name: string) => runs.map((r) => r.marks[MARKS.indexOf(name)]);
  const line = (name: string, values: number[], extra: Partial<Figure> = {}): Figure => ({
    name,
    value: medianKnown(values),
    unit: 'ms',
    note: spread(values),
    ...extra,
  });
  const painted = runs.map((r) => r.painted);
  recordFigures(`Start-up with ${count} contracts: new browser process, median of ${starts} (Chromium)`, [
    line('floor: static page, no scripts → rows painted', floors.staticPaint),
    line('floor: plain IndexedDB open + read 80 by index', floors.idbRead),
    line('floor: … and those 80 rows painted', floors.idbPainted),
    line('floor: localStorage ~25 kB JSON read synchronously', floors.lsRead),
    line('floor: … and those 80 rows painted', floors.lsPainted),
    line('first rows painted (Element Timing)', painted.some((p) => !Number.isNaN(p)) ? painted : mark('register:first-rows'), {
      atMost: 300,
      note: `${spread(painted)}; first paint from ${runs.map((r) => r.source).join(', ')}${painted.some(Number.isNaN) ? '; a start without the element counts the app mark' : ''}`,
    }),
    line('  entry script ran', mark('app:entry')),
    line('  early read of the first page done', mark('db:early-read')),
    line('  first page drawn by the entry (mark)', mark('first-paint:rows')),
    line('  app scripts evaluated', mark('app:script')),
    line('  database open (Dexie)', mark('app:db-open')),
    line('  first 80 rows in the register store', mark('register:first-page-read')),
    line('  the app shows the first rows (mark)', mark('register:first-rows')),
    line('contracts counted (the total follows)', mark('register:counted')),
    line('all rows read from IndexedDB', mark('register:data')),
    line('full register painted', mark('register:rendered')),
    {
      name: 'start-up: longest UI-thread task',
      value: Math.max(...runs.map((r) => r.longest)),
      unit: 'ms',
      atMost: longTaskMs,
      note: `worst of ${starts}; each: ${runs.map((r) => `${r.longest.toFixed(0)} (${r.longestAt})`).join(', ')}`,
    },
    { name: 'jump to the last row', value: scrollMs, unit: 'ms' },
  ]);
}
