import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aContract } from '../test/support/builders';
import { keyDateOptions } from '@shared/engine/key-dates';
import {
  buildFirstPaint,
  FIRST_FRAME_ROWS,
  firstPaintSettings,
  PAINT_WAIT_LIMIT_MS,
  paintFirstRows,
  whenOnScreen,
  type FirstPaintInput,
} from './first-paint';
import {
  FIRST_PAINT_ID,
  FIRST_PAINT_SHOWN,
  HANDOVER_WAIT_LIMIT_MS,
  handOverFirstPaint,
  handOverFirstPaintAfterLayout,
} from './first-paint-handover';
import { FIRST_PAINT_SCHEMA_VERSION } from './data/db-early';
import { moneyText } from './data/first-screen-keeper';
import { RegisterTable } from './features/portfolio/RegisterTable';
import { ROW_HEIGHT } from './features/portfolio/register-columns';
import { buildRows, sortRows } from './features/portfolio/register-model';

const TODAY = '2026-06-01';
// Two contracts end on the same day: the register orders them by reference, as the first paint must.
const contracts = [
  aContract({ reference: 'B-2', title: 'PACS', currentEndDate: '2027-03-31', noticePeriodDays: 180, annualValue: 250_000 }),
  aContract({ reference: 'A-1', title: 'EPR', currentEndDate: '2027-03-31', annualValue: 1_200_000 }),
  aContract({ reference: 'C-3', title: 'Network', currentEndDate: '2026-09-30', noticePeriodDays: 30 }),
];
const read = (over: Partial<FirstPaintInput> = {}): FirstPaintInput => ({
  version: FIRST_PAINT_SCHEMA_VERSION,
  firstPage: contracts,
  settings: { contractDefaults: { noticePeriodDays: 60, internalLeadTimeDays: 45 }, organisation: { trustName: 'Example NHS Trust' } },
  ...over,
});

/** The register's address and the app's (empty) root, with the first paint started over it. */
function startPainting(): { root: HTMLElement; painting: Promise<void> } {
  window.location.hash = '#/portfolio';
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return { root, painting: paintFirstRows(read(), true, 'database') };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.body.className = '';
  window.location.hash = '';
});

describe("the entry's first paint of the register", () => {
  it('is drawn only for the register itself, with rows read under the current schema', () => {
    expect(buildFirstPaint(read(), '#/renewals', true, TODAY)).toBeNull();
    expect(buildFirstPaint(read(), '#/portfolio?ref=A-1', true, TODAY)).toBeNull();
    expect(buildFirstPaint(read({ firstPage: [] }), '#/portfolio', true, TODAY)).toBeNull();
    expect(buildFirstPaint(read({ version: FIRST_PAINT_SCHEMA_VERSION - 1 }), '#/portfolio', true, TODAY)).toBeNull();
    expect(buildFirstPaint(read(), '#/portfolio', true, TODAY)).not.toBeNull();
    expect(buildFirstPaint(read(), '', true, TODAY)).not.toBeNull();
  });

  it("reads the trust's defaults as the app does, its own defaults where the stored value is missing or unusable", () => {
    expect(firstPaintSettings(undefined)).toEqual({
      horizonMonths: undefined,
      defaults: { noticePeriodDays: 90, internalLeadTimeDays: 90 },
      trustName: '',
    });
    expect(firstPaintSettings({ contractDefaults: { noticePeriodDays: -4, internalLeadTimeDays: 30 }, expiringHorizonMonths: 12 })).toEqual(
      { horizonMonths: 12, defaults: { noticePeriodDays: 90, internalLeadTimeDays: 30 }, trustName: '' },
    );
  });

  it("shows the rows in the register's order and words, in the register's own markup", () => {
    const painted = buildFirstPaint(read(), '#/portfolio', false, TODAY)!;
    const grid = painted.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).toBe('Contract register, the first 3 contracts (more loading)');
    expect([...grid.querySelectorAll('[role="rowheader"]')].map((c) => c.textContent)).toEqual(['C-3', 'A-1', 'B-2']);
    expect(painted.querySelector('.subtitle')?.textContent).toBe('Example NHS Trust');
    expect(painted.querySelector('.notice-warning')?.textContent).toMatch(/^Your browser has not granted persistent storage/);
    // Contracts without their own notice period use the trust's stored default (60 and 45 days), and say so.
    expect(painted.querySelector('.hint')?.textContent).toContain('(60 and 45 days; change them in Settings)');

    // The app's register renders the same header (the rows' cells come from the same column table;
    // test/e2e/first-paint.spec.ts compares the rows on screen with the app's).
    const rows = sortRows(
      buildRows(contracts, keyDateOptions({ contractDefaults: { noticePeriodDays: 60, internalLeadTimeDays: 45 } }, TODAY)),
      { key: 'currentEndDate', direction: 'asc' },
    );
    const { container } = render(
      <RegisterTable
        rows={rows}
        sort={{ key: 'currentEndDate', direction: 'asc' }}
        onSort={() => {}}
        selected={null}
        onSelect={() => {}}
        caption="Contract register, the first 3 contracts (more loading)"
      />,
    );
    // The header's markup, read through the DOM serialiser (it writes nothing).
    const header = (grid: Element) => new XMLSerializer().serializeToString(grid.querySelector('.grid-header')!);
    expect(header(grid)).toBe(header(container.querySelector('[role="grid"]')!));
    expect(grid.getAttribute('aria-colcount')).toBe(container.querySelector('[role="grid"]')!.getAttribute('aria-colcount'));
  });

  it('draws the frozen column in place rather than sticky: each sticky cell would be a compositor layer to raster before the first frame', () => {
    const painted = buildFirstPaint(read(), '#/portfolio', true, TODAY)!;
    const frozen = [...painted.querySelectorAll<HTMLElement>('[role="rowheader"]')];
    expect(frozen.length).toBe(contracts.length);
    for (const cell of frozen) expect(cell.style.position).toBe('relative');
  });

  it("shows the amounts in the snapshot's text, which is formatMoney's own", () => {
    const cells = (painted: HTMLElement) => [...painted.querySelectorAll('[role="row"]')].map((row) => row.textContent);
    const footer = (painted: HTMLElement) => painted.querySelector('.table-footer')?.textContent;
    const formatted = buildFirstPaint(read(), '#/portfolio', true, TODAY)!;
    const fromSnapshot = buildFirstPaint(read({ money: moneyText(contracts) }), '#/portfolio', true, TODAY)!;
    expect(cells(fromSnapshot)).toEqual(cells(formatted));
    expect(footer(fromSnapshot)).toBe(footer(formatted));
    // The stored text is what is shown (it is written with the rows, and cleared with them).
    const stored = buildFirstPaint(
      read({ money: { ...moneyText(contracts), '1200000': '£1,200,000 (stored)' } }),
      '#/portfolio',
      true,
      TODAY,
    )!;
    expect(stored.querySelector('[role="grid"]')?.textContent).toContain('£1,200,000 (stored)');
  });

  it('covers the hidden app until it takes over, which keeps the focused cell', async () => {
    const { root } = startPainting();
    // It is put in the page at the start of the next frame.
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    await nextFrame();
    expect(document.body.classList.contains(FIRST_PAINT_SHOWN)).toBe(true);
    const firstCell = document.querySelector<HTMLElement>(`#${FIRST_PAINT_ID} [data-cell="1:0"]`)!;
    firstCell.focus();

    // The app renders the same register underneath, then takes over.
    const appCell = document.createElement('div');
    appCell.dataset.cell = '1:0';
    appCell.tabIndex = -1;
    root.append(appCell);
    handOverFirstPaint();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(document.body.classList.contains(FIRST_PAINT_SHOWN)).toBe(false);
    expect(document.activeElement).toBe(appCell);
    // Once the app is showing, a late first paint is never drawn over it.
    void paintFirstRows(read(), true, 'database');
    await nextFrame();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
  });

  it("the register's handover leaves the frame after the app's commit to lay out the hidden app, and shows it in the frame after that", async () => {
    const { root } = startPainting();
    await nextFrame();
    const appCell = Object.assign(document.createElement('div'), { tabIndex: -1 });
    appCell.dataset.cell = '1:0';
    document.querySelector<HTMLElement>(`#${FIRST_PAINT_ID} [data-cell="1:0"]`)!.focus();
    root.append(appCell);
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    handOverFirstPaintAfterLayout();
    // Called again by a later commit meanwhile: still one handover, at the same time.
    handOverFirstPaintAfterLayout();
    expect(frames).toHaveBeenCalledTimes(1);
    frames.mockRestore();
    expect(document.getElementById(FIRST_PAINT_ID)).not.toBeNull();
    await nextFrame();
    // The frame that lays out the app: the first paint still covers it.
    expect(document.getElementById(FIRST_PAINT_ID)).not.toBeNull();
    expect(document.body.classList.contains(FIRST_PAINT_SHOWN)).toBe(true);
    await nextFrame();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(document.body.classList.contains(FIRST_PAINT_SHOWN)).toBe(false);
    expect(document.activeElement).toBe(appCell);
  });

  it("builds the screen in a task of its own, not in the entry's, and draws it in the next frame", async () => {
    window.location.hash = '#/portfolio';
    document.body.append(Object.assign(document.createElement('div'), { id: 'root' }));
    performance.clearMarks('first-paint:from-snapshot');
    const painting = paintFirstRows(read(), true, 'snapshot');
    // The entry's task (module evaluation and the snapshot's read) ends without the build in it.
    expect(performance.getEntriesByName('first-paint:from-snapshot')).toHaveLength(0);
    // Then in a task of its own (happy-dom's MessageChannel and timers do not keep one order, so wait for it).
    await vi.waitFor(() => expect(performance.getEntriesByName('first-paint:from-snapshot')).toHaveLength(1), { interval: 1 });
    await nextFrame();
    expect(document.querySelector(`#${FIRST_PAINT_ID}`)?.getAttribute('data-source')).toBe('snapshot');
    await painting;
  });

  it("draws the grid's first rows in the first frame, and the rest of the screen's only once those are on screen", async () => {
    window.location.hash = '#/portfolio';
    document.body.append(Object.assign(document.createElement('div'), { id: 'root' }));
    // Element Timing, told here when the first row has reached the screen.
    let reportPainted: (entries: unknown[]) => void = () => undefined;
    class ReportsWhenTold {
      static supportedEntryTypes = ['element'];
      constructor(callback: (list: { getEntries(): unknown[] }) => void) {
        reportPainted = (entries) => callback({ getEntries: () => entries });
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', ReportsWhenTold);
    const page = Array.from({ length: 40 }, (_, i) =>
      aContract({ reference: `R-${String(i).padStart(2, '0')}`, currentEndDate: '2027-03-31' }),
    );
    const references = () => [...document.querySelectorAll(`#${FIRST_PAINT_ID} [role="rowheader"]`)].map((cell) => cell.textContent);
    const painting = paintFirstRows(read({ firstPage: page }), true, 'database');
    await nextFrame();
    expect(references()).toEqual(page.slice(0, FIRST_FRAME_ROWS).map((c) => c.reference));
    // Frames go by while the first frame is still being rastered and shown: nothing more is laid
    // out meanwhile, which would take a core from that raster on a two-core machine.
    await nextFrame();
    await nextFrame();
    expect(references()).toEqual(page.slice(0, FIRST_FRAME_ROWS).map((c) => c.reference));
    reportPainted([{ identifier: 'register-first-row' }]);
    await painting;
    await nextFrame();
    // As many as the window's height can show, in order, each in its place.
    const onScreen = Math.ceil(window.innerHeight / ROW_HEIGHT);
    expect(references()).toEqual(page.slice(0, onScreen).map((c) => c.reference));
    const rows = [...document.querySelectorAll<HTMLElement>(`#${FIRST_PAINT_ID} [role="rowgroup"] > [role="row"]`)];
    expect(rows.map((row) => row.style.transform)).toEqual(rows.map((_, i) => `translateY(${i * ROW_HEIGHT}px)`));
  });

  it('lets the app load when a stored row cannot be drawn (a damaged snapshot), drawing nothing over it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    window.location.hash = '#/portfolio';
    document.body.append(Object.assign(document.createElement('div'), { id: 'root' }));
    // Rows of the right shape on the outside (an array under the current schema), not contracts inside.
    const damaged = read({ firstPage: [{ reference: 'X-1', currentEndDate: 'not a date' }, null] });
    let painting: Promise<void> | undefined;
    expect(() => (painting = paintFirstRows(damaged, true, 'snapshot'))).not.toThrow();
    await nextFrame();
    await painting;
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(document.body.classList.contains(FIRST_PAINT_SHOWN)).toBe(false);
    error.mockRestore();
  });

  it('lets the app load at once when the frame comes before the yielded build and a stored row cannot be drawn', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // The yield never comes back, so the frame is the first to build the screen.
    vi.stubGlobal('scheduler', { yield: () => new Promise<void>(() => {}) });
    window.location.hash = '#/portfolio';
    document.body.append(Object.assign(document.createElement('div'), { id: 'root' }));
    const painting = paintFirstRows(read({ firstPage: [{ reference: 'X-1', currentEndDate: 'not a date' }, null] }), true, 'snapshot');
    await nextFrame();
    // Settled with the frame, not after PAINT_WAIT_LIMIT_MS (a second): the app's loading is not held up.
    const settled = await Promise.race([painting.then(() => 'settled'), new Promise((r) => setTimeout(() => r('waiting'), 50))]);
    expect(settled).toBe('settled');
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(error).toHaveBeenCalledWith('The first screen could not be drawn from what was stored', expect.any(Error));
    error.mockRestore();
  });

  it('is not drawn over the app when the app has rendered before the frame came (a hidden window draws none)', async () => {
    const { root } = startPainting();
    root.append(document.createElement('p'));
    await nextFrame();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(document.body.classList.contains(FIRST_PAINT_SHOWN)).toBe(false);
  });
});

describe('waiting for frames: the first rows on screen before the app loads, the app laid out before it takes over', () => {
  /** A browser with Element Timing whose entries never come: a window that draws no frame. */
  function elementTimingThatNeverReports() {
    class NeverReports {
      static supportedEntryTypes = ['element'];
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', NeverReports);
  }
  const setVisibility = (state: DocumentVisibilityState) => {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  /** 'waited' if `promise` settles within `ms`, else 'still waiting'. */
  const within = (promise: Promise<void>, ms: number) =>
    Promise.race([promise.then(() => 'waited'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

  afterEach(() => {
    vi.unstubAllGlobals();
    delete (document as { visibilityState?: string }).visibilityState;
  });

  it('does not wait in a hidden window, which paints no frame (a window not shown yet, minimised, in the background)', async () => {
    elementTimingThatNeverReports();
    setVisibility('hidden');
    // The cap is far beyond the test's own timeout: only not waiting passes.
    expect(await within(whenOnScreen('register-first-row', 60_000), 1_000)).toBe('waited');
  });

  it('stops waiting as soon as the window is hidden', async () => {
    elementTimingThatNeverReports();
    setVisibility('visible');
    const waiting = whenOnScreen('register-first-row', 60_000);
    expect(await within(waiting, 50)).toBe('still waiting');
    setVisibility('hidden');
    expect(await within(waiting, 1_000)).toBe('waited');
  });

  /** A window whose next frame never comes (hidden, or covered, before it was drawn). */
  const framesThatNeverCome = () => vi.stubGlobal('requestAnimationFrame', () => 0);

  it("lets the app load when the window is hidden before the first paint's frame came", async () => {
    framesThatNeverCome();
    setVisibility('visible');
    const { painting } = startPainting();
    expect(await within(painting, 50)).toBe('still waiting');
    setVisibility('hidden');
    expect(await within(painting, 500)).toBe('waited');
  });

  /** The first paint drawn over the app's root, then the app's commit asks for the handover in a window in `state` whose frames stop coming. */
  async function handOverWithoutFrames(state: DocumentVisibilityState) {
    startPainting();
    await nextFrame();
    expect(document.getElementById(FIRST_PAINT_ID)).not.toBeNull();
    framesThatNeverCome();
    setVisibility(state);
    handOverFirstPaintAfterLayout();
  }
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const handedOver = () => document.getElementById(FIRST_PAINT_ID) === null && !document.body.classList.contains(FIRST_PAINT_SHOWN);

  it('hands the register over at once in a hidden window, which draws no frame to wait for', async () => {
    await handOverWithoutFrames('hidden');
    expect(handedOver()).toBe(true);
  });

  it('hands the register over as soon as the window is hidden while it waits for its frames', async () => {
    await handOverWithoutFrames('visible');
    await wait(50);
    expect(handedOver()).toBe(false);
    setVisibility('hidden');
    expect(handedOver()).toBe(true);
  });

  it('hands the register over after HANDOVER_WAIT_LIMIT_MS when its frames never come to a visible window', async () => {
    await handOverWithoutFrames('visible');
    await wait(HANDOVER_WAIT_LIMIT_MS - 100);
    expect(handedOver()).toBe(false);
    await wait(300);
    expect(handedOver()).toBe(true);
  });

  it('lets the app load after PAINT_WAIT_LIMIT_MS when the frame never comes to a visible window', async () => {
    framesThatNeverCome();
    setVisibility('visible');
    expect(await within(startPainting().painting, PAINT_WAIT_LIMIT_MS + 500)).toBe('waited');
  });
});
