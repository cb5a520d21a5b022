import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A row in view: its index in the list and its top within the rows. */
export interface RowInView {
  index: number;
  start: number;
}

/** The first and last rows (inclusive) of `rowHeight` that cover `height` pixels scrolled to `top`, with `overscan` more each side. */
export function rangeInView(
  count: number,
  rowHeight: number,
  top: number,
  height: number,
  overscan: number,
): { first: number; last: number } {
  if (count === 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.min(count - 1, Math.floor(top / rowHeight) - overscan));
  const last = Math.min(count - 1, Math.floor((top + height) / rowHeight) + overscan);
  return { first, last };
}

/** Where to scroll so that row `index` is in full view, or undefined when it already is (the least scrolling, as "align: auto"). */
export function scrollTopToShow(index: number, rowHeight: number, top: number, height: number): number | undefined {
  const start = index * rowHeight;
  const end = start + rowHeight;
  if (start < top) return start;
  if (end > top + height) return end - height;
  return undefined;
}

/**
 * The rows of a grid whose rows are all `rowHeight` tall that are in view of `scrollRef`'s element,
 * kept up to date as it scrolls and is resized; only those are rendered.
 *
 * Rows of one height need no per-row bookkeeping: a general virtualiser (@tanstack/react-virtual,
 * used before) keeps a measurement object per row, made again in one go whenever the count changes —
 * 100,000 objects in one task on the UI thread each time the register grew, was filtered or was
 * sorted — and measures the scroll element when it mounts, which forces a layout of the whole page
 * (issue 16). Here the range is arithmetic, the height starts as the window's (rows enough to fill
 * any grid) and is then what a ResizeObserver reports after the browser's own layout, and the
 * scroll offset is read only in a scroll event, when the layout is already up to date. A new grid
 * has not scrolled, so its offset starts at 0 without being read.
 */
export function useFixedRows(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number) {
  // The view's offset and height; a render follows only when the rows they cover change.
  const [view, setView] = useState(() => ({ top: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight }));
  const latest = useRef(view);
  // Subscribed as the grid mounts (a layout effect), before anything can scroll it: the first
  // paint's handover sets its scroll offset in a layout effect of its own.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = (next: { top: number; height: number }) => {
      const before = rangeInView(Number.MAX_SAFE_INTEGER, rowHeight, latest.current.top, latest.current.height, overscan);
      const after = rangeInView(Number.MAX_SAFE_INTEGER, rowHeight, next.top, next.height, overscan);
      latest.current = next;
      if (before.first !== after.first || before.last !== after.last) setView(next);
    };
    const onScroll = () => update({ ...latest.current, top: element.scrollTop });
    element.addEventListener('scroll', onScroll, { passive: true });
    const resize =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => update({ ...latest.current, height: entries[entries.length - 1].contentRect.height }));
    resize?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resize?.disconnect();
    };
  }, [scrollRef, rowHeight, overscan]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const to = scrollTopToShow(index, rowHeight, element.scrollTop, element.clientHeight);
      if (to !== undefined) element.scrollTop = to;
    },
    [scrollRef, rowHeight],
  );

  const { first, last } = rangeInView(count, rowHeight, view.top, view.height, overscan);
  const rows: RowInView[] = [];
  for (let index = first; index <= last; index++) rows.push({ index, start: index * rowHeight });
  return { rows, totalSize: count * rowHeight, scrollToIndex };
}
