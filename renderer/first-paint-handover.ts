/**
 * The app taking over from the entry's first paint (renderer/first-paint.ts). The first paint
 * covers the app's root, which renders underneath, hidden, until it shows the same first rows (or
 * anything else: another screen, an empty register, an error); then the first paint is removed,
 * keeping the register's scroll position and the keyboard focus, so the user sees no flash and no
 * jump. Imports nothing: the entry loads it.
 */

/** The first paint's element (a sibling before #root). */
export const FIRST_PAINT_ID = 'first-paint';
/** On <body> while the first paint covers the app (renderer/styles/app.css hides #root). */
export const FIRST_PAINT_SHOWN = 'first-paint-shown';

const CONTROLS = 'a[href], button';

/** Notes where the first paint's register is scrolled to, for the app to carry on from there. */
export function noteScrolling(painted: HTMLElement, grid: HTMLElement): void {
  grid.addEventListener('scroll', () => (painted.dataset.scrollTop = String(grid.scrollTop)), { passive: true });
}

/** Removes the first paint, if it is still there, and shows the app. Call it from a layout effect, so both happen in one frame. */
export function handOverFirstPaint(): void {
  const painted = document.getElementById(FIRST_PAINT_ID);
  if (!painted) return;
  const root = document.getElementById('root');
  const active = document.activeElement;
  const focused = active instanceof HTMLElement && painted.contains(active) ? active : null;
  const cell = focused?.dataset.cell;
  const control = focused ? [...painted.querySelectorAll(CONTROLS)].indexOf(focused) : -1;
  // Read from what the first paint noted while scrolled: reading scrollTop here would force a layout
  // of the whole page inside the app's render task.
  const scrollTop = Number(painted.dataset.scrollTop ?? 0);
  painted.remove();
  document.body.classList.remove(FIRST_PAINT_SHOWN);
  performance.mark('first-paint:handed-over');
  if (!root) return;
  const grid = root.querySelector('.grid-scroll');
  if (grid && scrollTop) grid.scrollTop = scrollTop;
  // The same control in the app's markup: a register cell by its position, anything else by its order.
  const target = cell
    ? root.querySelector<HTMLElement>(`[data-cell="${cell}"]`)
    : control >= 0
      ? root.querySelectorAll<HTMLElement>(CONTROLS)[control]
      : null;
  target?.focus();
}

/**
 * Calls `done` once `watch` calls its `finish`, but waits no longer than `limitMs`, and not at all
 * while the window is hidden (minimised, not shown yet, in the background): a hidden window draws no
 * frames, so nothing tied to one would come. `watch` may return a clean-up, run when the wait ends.
 * One wait for the first paint's element reaching the screen and for the register's handover.
 */
export function whenShownOrHidden(limitMs: number, watch: (finish: () => void) => (() => void) | void, done: () => void): void {
  if (document.visibilityState === 'hidden') return done();
  let waiting = true;
  let cleanUp: (() => void) | void = undefined;
  const onHidden = () => {
    if (document.visibilityState === 'hidden') finish();
  };
  function finish() {
    if (!waiting) return;
    waiting = false;
    document.removeEventListener('visibilitychange', onHidden);
    clearTimeout(timer);
    cleanUp?.();
    done();
  }
  document.addEventListener('visibilitychange', onHidden);
  const timer = setTimeout(finish, limitMs);
  cleanUp = watch(finish);
  // `watch` finished at once: its clean-up came back after the wait had ended.
  if (!waiting) cleanUp?.();
}

/** The longest the register's handover waits for its two frames (a window that draws none must still get the app). */
export const HANDOVER_WAIT_LIMIT_MS = 500;
/** A handover after layout is waiting for its frames. */
let handingOver = false;

/**
 * The register's handover, from the layout effect of the commit that first shows its rows: one
 * frame later. The frame after that commit lays out the app's register while it is still hidden
 * (laid out, not painted), and the frame after that removes the first paint and paints the app; in
 * one frame the two were the start-up's longest task (43–65 ms of CPU on a busy machine,
 * test/bench/start-up.ts TPP_BENCH_TRACE). A hidden window (minimised, not shown yet, in the
 * background) draws no frames: it is handed over at once, or as soon as it is hidden, and after
 * HANDOVER_WAIT_LIMIT_MS at the latest. Only once, whatever calls it again in the meantime.
 */
export function handOverFirstPaintAfterLayout(): void {
  if (handingOver || !document.getElementById(FIRST_PAINT_ID)) return;
  handingOver = true;
  whenShownOrHidden(
    HANDOVER_WAIT_LIMIT_MS,
    (finish) => {
      // This frame's callbacks run before its layout: the next frame's come after it.
      let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(finish)));
      return () => cancelAnimationFrame(frame);
    },
    () => {
      handingOver = false;
      handOverFirstPaint();
    },
  );
}
