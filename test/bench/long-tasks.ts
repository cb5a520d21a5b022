import type { Page } from '@playwright/test';

/** Records every UI-thread task over 50 ms from the page's first script on, in `window.longTasks`. */
export const OBSERVE_LONG_TASKS = () => {
  const win = window as unknown as { longTasks: number[] };
  win.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) win.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** Returns the longest task recorded since the last call, and starts afresh. */
export const takeLongestTask = (page: Page) =>
  page.evaluate(() => {
    const win = window as unknown as { longTasks: number[] };
    const longest = Math.max(0, ...win.longTasks);
    win.longTasks = [];
    return longest;
  });
