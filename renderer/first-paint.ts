/**
 * The register's first rows, painted by the page's entry as soon as the early read
 * (renderer/data/db-early.ts) returns, before React, Dexie, zod or any screen has loaded (issue 16:
 * a new browser process showed its first rows only after ~700 kB of the app had loaded and run).
 *
 * It is plain DOM in the app's own markup and classes (the shell, the Portfolio screen while its
 * first page is in, the register's grid), built from the real rows read from the database in this
 * process and worked out by the register's own model and columns, so when the app has rendered the
 * same rows it takes over (renderer/first-paint-handover.ts) without a flash or a layout jump. Until
 * then the app renders underneath, hidden.
 */
import type { Contract } from '@shared/domain/contract';
import { todayIso } from '@shared/dates';
import { keyDateOptions, type ContractDefaults } from '@shared/engine/key-dates';
import { formatCount, formatMoney } from '@shared/format';
import { COLUMNS, FIRST_ROW_ELEMENT, ROW_HEIGHT, TOTAL_WIDTH } from './features/portfolio/register-columns';
import { buildRows, sortRows } from './features/portfolio/register-model';
import { FIRST_PAINT_SCHEMA_VERSION, type EarlyRead } from './data/db-early';
import { pageSums, type FirstScreenSnapshot } from './data/first-screen-snapshot';
import { NOT_PERSISTENT_WARNING } from './data/persistent-storage';
import { FIRST_PAINT_ID, FIRST_PAINT_SHOWN, noteScrolling, whenShownOrHidden } from './first-paint-handover';
import { yieldToWindow } from './yield-to-window';

const AREAS = ['Portfolio', 'Renewals', 'Appraisals', 'Settings'];

/** Only the register's own address: any other screen, a filter or an open contract waits for the app. */
export function isRegisterAddress(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/' || hash === '#/portfolio';
}

interface StoredSettings {
  expiringHorizonMonths?: unknown;
  contractDefaults?: { noticePeriodDays?: unknown; internalLeadTimeDays?: unknown };
  organisation?: { trustName?: unknown };
}

const wholeDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The few settings the first page needs, as the app would read them (its defaults where a value is missing). */
export function firstPaintSettings(stored: unknown): { horizonMonths?: number; defaults: ContractDefaults; trustName: string } {
  const s = (stored && typeof stored === 'object' ? stored : {}) as StoredSettings;
  const d = s.contractDefaults ?? {};
  return {
    horizonMonths: typeof s.expiringHorizonMonths === 'number' ? s.expiringHorizonMonths : undefined,
    defaults: {
      noticePeriodDays: wholeDays(d.noticePeriodDays) ? d.noticePeriodDays : 90,
      internalLeadTimeDays: wholeDays(d.internalLeadTimeDays) ? d.internalLeadTimeDays : 90,
    },
    trustName: typeof s.organisation?.trustName === 'string' ? s.organisation.trustName : '',
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** What the first paint is drawn from: the early read, or the snapshot with its amounts' text. */
export type FirstPaintInput = EarlyRead & Pick<FirstScreenSnapshot, 'money'>;

/** Whether there is a first screen to draw: at the register's own address, from rows read under the current schema. */
function drawsRows(read: FirstPaintInput, hash: string): read is FirstPaintInput & { firstPage: unknown[] } {
  return isRegisterAddress(hash) && !!read.firstPage?.length && read.version === FIRST_PAINT_SCHEMA_VERSION;
}

/**
 * Builds the first screen (the shell and the Portfolio screen with the first page of the register)
 * from what the early read found, or returns null when it should not be drawn: another address, no
 * rows, a schema the app will upgrade first.
 */
export function buildFirstPaint(
  read: FirstPaintInput,
  hash: string,
  persistent: boolean,
  today = todayIso(),
  screenHeight = globalThis.innerHeight || 1080,
): HTMLElement | null {
  if (!drawsRows(read, hash)) return null;
  const settings = firstPaintSettings(read.settings);
  const options = keyDateOptions({ expiringHorizonMonths: settings.horizonMonths, contractDefaults: settings.defaults }, today);
  const rows = sortRows(buildRows(read.firstPage as Contract[], options), { key: 'currentEndDate', direction: 'asc' });
  const showing = `the first ${formatCount(rows.length)} contracts (more loading)`;
  const sum = pageSums(read.firstPage);
  // The snapshot's text for an amount, else formatMoney's own (the same module wrote it).
  const money = (amount: number | undefined) => (amount === undefined ? undefined : read.money?.[String(amount)]) ?? formatMoney(amount);

  const header = el(
    'div',
    { role: 'row', 'aria-rowindex': '1', class: 'grid-row grid-header' },
    ...COLUMNS.map((col, i) => {
      const sort = col.key === 'currentEndDate';
      const cell = el(
        'div',
        {
          role: 'columnheader',
          'aria-sort': sort ? 'ascending' : 'none',
          class: `grid-cell${i === 0 ? ' frozen' : ''}${col.numeric ? ' numeric' : ''}`,
        },
        el('button', { type: 'button', class: 'sort-button' }, col.label, el('span', { 'aria-hidden': 'true' }, sort ? ' ▲' : '')),
      );
      cell.style.width = `${col.width}px`;
      return cell;
    }),
  );
  const body = el('div', { role: 'rowgroup' });
  body.style.height = `${rows.length * ROW_HEIGHT}px`;
  body.style.position = 'relative';
  // Only the rows the window can show are drawn (the scroll height is the whole page's): each row is
  // twelve cells to lay out, shape and raster before the first frame is on screen, and the app's
  // virtual list, which draws a dozen more either side, takes over long before anyone scrolls.
  const drawn = rows.slice(0, Math.ceil(screenHeight / ROW_HEIGHT));
  drawn.forEach((row, index) => {
    const line = el('div', {
      role: 'row',
      'aria-rowindex': String(index + 2),
      'aria-selected': 'false',
      class: `grid-row${row.keyDates.overdue ? ' overdue' : ''}`,
    });
    Object.assign(line.style, {
      position: 'absolute',
      top: '0px',
      transform: `translateY(${index * ROW_HEIGHT}px)`,
      height: `${ROW_HEIGHT}px`,
    });
    COLUMNS.forEach((col, c) => {
      const cell = el('div', {
        role: c === 0 ? 'rowheader' : 'gridcell',
        'data-cell': `${index}:${c}`,
        tabindex: index === 0 && c === 0 ? '0' : '-1',
        elementtiming: index === 0 && c === 0 ? FIRST_ROW_ELEMENT : undefined,
        class: `grid-cell${c === 0 ? ' frozen' : ''}${col.numeric ? ' numeric' : ''}`,
      });
      cell.style.width = `${col.width}px`;
      // The frozen column is sticky in the app's grid, and a sticky cell in a scrolled box is a
      // compositor layer of its own: ~45 layers (one for each row's first cell and one for the rest
      // of its row) to raster before the first frame could be shown, about half its raster time
      // (test/bench/start-up.ts, TPP_BENCH_TRACE). Unscrolled it sits in the same place either way;
      // here it stays in place until the app takes over.
      if (c === 0) cell.style.position = 'relative';
      cell.append(col.key === 'annualValue' ? money(row.contract.annualValue) : col.render(row));
      if (col.assumed?.(row)) {
        cell.append(
          el(
            'span',
            { class: 'assumed-mark', title: "Assumed: no notice period or lead time is recorded, so the trust's default is used" },
            el('span', { 'aria-hidden': 'true' }, '*'),
            el('span', { class: 'visually-hidden' }, ' (assumed)'),
          ),
        );
      }
      line.append(cell);
    });
    body.append(line);
  });
  const inner = el('div', {}, header, body);
  inner.style.width = `${TOTAL_WIDTH}px`;
  const grid = el(
    'div',
    {
      class: 'grid-scroll',
      role: 'grid',
      'aria-label': `Contract register, ${showing}`,
      'aria-rowcount': String(rows.length + 1),
      'aria-colcount': String(COLUMNS.length),
    },
    inner,
  );

  const screen = el(
    'section',
    { class: 'portfolio', 'aria-labelledby': 'first-paint-title' },
    el(
      'div',
      { class: 'screen-header' },
      el('h1', { id: 'first-paint-title' }, 'Portfolio'),
      ...(settings.trustName ? [el('p', { class: 'subtitle' }, settings.trustName)] : []),
    ),
    el(
      'div',
      { class: 'button-row' },
      ...['Import…', 'Export portfolio (JSON)', 'Export contracts (CSV)', 'Add contract'].map((label) =>
        el('button', { type: 'button' }, label),
      ),
    ),
    el(
      'p',
      { role: 'status', class: 'loading-note' },
      `Showing the first ${formatCount(rows.length)} contracts by end date while the rest load; filters and totals follow.`,
    ),
    el('div', { class: 'register-layout' }, grid),
    el(
      'p',
      { class: 'table-footer', 'aria-live': 'polite' },
      `Showing ${showing} · annual value ${money(sum.annualValue)} · total value ${money(sum.totalValue)}`,
    ),
    ...(rows.some((r) => r.keyDates.decisionAssumed)
      ? [
          el(
            'p',
            { class: 'hint' },
            `* Assumed: the contract records no notice period or internal lead time, so the trust's default is used (${settings.defaults.noticePeriodDays} and ${settings.defaults.internalLeadTimeDays} days; change them in Settings).`,
          ),
        ]
      : []),
  );
  const shell = el(
    'div',
    { class: 'shell' },
    el('a', { class: 'skip-link', href: '#first-paint-main' }, 'Skip to content'),
    el(
      'header',
      { class: 'app-header' },
      el('span', { class: 'app-name' }, 'Trust Procurement Planner'),
      el(
        'nav',
        { 'aria-label': 'Main' },
        el(
          'ul',
          {},
          ...AREAS.map((label) =>
            el('li', {}, el('a', { href: `#/${label.toLowerCase()}`, 'aria-current': label === 'Portfolio' ? 'page' : undefined }, label)),
          ),
        ),
      ),
    ),
    ...(persistent ? [] : [el('p', { class: 'notice notice-warning', role: 'status' }, NOT_PERSISTENT_WARNING)]),
    el('main', { id: 'first-paint-main', tabindex: '-1' }, screen),
  );
  const painted = el('div', { id: FIRST_PAINT_ID }, shell);
  noteScrolling(painted, grid);
  return painted;
}

/**
 * The rows the first frame draws; those below them come once the first frame is on screen. The first frame lays
 * out and paints the whole shell (its fonts looked up earlier, by index.html's warm-up), and was the start-up's
 * longest task (57 ms of CPU for 23 rows in a busy trace, test/bench/start-up.ts TPP_BENCH_TRACE):
 * half the rows is ~300 fewer boxes to lay out and paint in it. Twelve rows fill the grid of a
 * 720-pixel-high window (its top is ~250 pixels down, 11 rows show; a taller window's fill in one
 * frame later), and the rows drawn below the grid's edge, hidden until scrolled to, wait.
 *
 * They wait for the first row's Element Timing entry, not just the next frame: the next frame's
 * callbacks come once the first frame is committed, while its tiles are still being rastered and
 * drawn on other threads, and laying out and painting the rest then took a core from that raster
 * (on a two-core machine, ~19 ms of CPU between the first frame's commit and its presentation in a
 * trace, test/bench/start-up.ts TPP_BENCH_TRACE).
 */
export const FIRST_FRAME_ROWS = 12;

/** Takes the register's rows after the first FIRST_FRAME_ROWS out of `painted` (not yet in the page), and returns them. */
function holdBackRows(painted: HTMLElement): Element[] {
  const rows = [...painted.querySelectorAll('[role="rowgroup"] > [role="row"]')].slice(FIRST_FRAME_ROWS);
  for (const row of rows) row.remove();
  return rows;
}

/** The longest the app's loading waits for the first rows to reach the screen (a window not shown yet draws no frame). */
export const PAINT_WAIT_LIMIT_MS = 1000;

/** The app has rendered into its root, or the first paint is already there: nothing to draw. */
const tooLate = (root: HTMLElement) => root.childNodes.length > 0 || document.getElementById(FIRST_PAINT_ID) !== null;

/**
 * Draws the first screen (from the first-screen snapshot, or else the early read) over the (still
 * empty, hidden) app root, unless the app has already rendered, in the next frame. Resolves once the
 * first row is on screen (its Element Timing entry, at once when nothing was drawn or the window is
 * hidden, or after PAINT_WAIT_LIMIT_MS at the latest), so the app's loading does not compete with
 * that frame: on a busy two-core machine the frame's raster and display waited ~0.5 s behind the
 * app's first chunks (test/bench/start-up.ts, TPP_BENCH_TRACE).
 *
 * The screen is built in a task of its own, just after the caller's (the entry's module evaluation
 * and snapshot read, ~25 ms of CPU on a busy machine with the build in it), or in the frame if that
 * comes first, and put in the page at the start of the next frame, which lays it out and paints it:
 * put in at once, the load event that follows the entry's script would lay it out in the entry's task.
 */
export function paintFirstRows(read: FirstPaintInput, persistent: boolean, source: 'snapshot' | 'database'): Promise<void> {
  const root = document.getElementById('root');
  if (!root || tooLate(root) || !drawsRows(read, window.location.hash)) return Promise.resolve();
  /** The screen once built (null: nothing to draw, or the build failed). */
  let screen: HTMLElement | null | undefined;
  const build = (): HTMLElement | null => {
    if (screen !== undefined) return screen;
    // A build that throws draws nothing and is not tried again, whichever of the yield and the frame
    // asks first: the app's loading is not held up by it.
    screen = null;
    try {
      screen = buildFirstPaint(read, window.location.hash, persistent);
    } catch (error) {
      console.error('The first screen could not be drawn from what was stored', error);
    }
    if (!screen) return null;
    // Where the rows came from, for the tests and the benchmark.
    screen.dataset.source = source;
    if (source === 'snapshot') performance.mark('first-paint:from-snapshot');
    return screen;
  };
  return new Promise((resolve) => {
    // No frame comes while the window is hidden, including one hidden before this frame came, and a
    // frame may never come at all: the app's loading then waits no longer (at once when hidden, else
    // after PAINT_WAIT_LIMIT_MS), and draws the screen itself if the frame has not come by then.
    let waiting = true;
    const stopWaiting = (until?: Promise<void>) => {
      if (!waiting) return;
      waiting = false;
      document.removeEventListener('visibilitychange', onHidden);
      clearTimeout(timer);
      resolve(until);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') stopWaiting();
    };
    const timer = setTimeout(() => stopWaiting(), PAINT_WAIT_LIMIT_MS);
    document.addEventListener('visibilitychange', onHidden);
    void yieldToWindow().then(build);
    requestAnimationFrame(() => {
      // A window that draws no frame (hidden) may see the app render first: then it is not drawn at all.
      if (tooLate(root)) return stopWaiting();
      const built = build();
      if (!built) return stopWaiting();
      const later = holdBackRows(built);
      document.body.classList.add(FIRST_PAINT_SHOWN);
      root.before(built);
      performance.mark('first-paint:rows');
      const onScreen = whenOnScreen(FIRST_ROW_ELEMENT, PAINT_WAIT_LIMIT_MS);
      // The rest of the screen's rows once the first are on screen, in the frame after (unless the
      // app has taken over by then): see FIRST_FRAME_ROWS.
      if (later.length)
        void onScreen.then(() =>
          requestAnimationFrame(() => {
            if (built.isConnected) built.querySelector('[role="rowgroup"]')?.append(...later);
          }),
        );
      if (waiting) stopWaiting(onScreen);
    });
    onHidden();
  });
}

/**
 * Resolves once the element with Element Timing name `identifier` has been painted, or after
 * `limitMs`, or at once while the window is hidden: a hidden window (minimised, in the background,
 * or a page whose visibility says so) presents no frame, so no Element Timing entry would come and
 * the app would wait the whole limit for nothing.
 */
export function whenOnScreen(identifier: string, limitMs: number): Promise<void> {
  return new Promise((resolve) =>
    whenShownOrHidden(
      limitMs,
      (finish) => {
        if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('element')) {
          // No Element Timing: the frame after the one drawn is as near as the page can tell.
          requestAnimationFrame(() => requestAnimationFrame(finish));
          return undefined;
        }
        const observer = new PerformanceObserver((list) => {
          if (list.getEntries().some((entry) => (entry as PerformanceEntry & { identifier?: string }).identifier === identifier)) finish();
        });
        observer.observe({ type: 'element', buffered: true });
        return () => observer.disconnect();
      },
      resolve,
    ),
  );
}
