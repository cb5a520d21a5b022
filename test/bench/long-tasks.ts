import type { Page } from '@playwright/test';
import type { TraceEvent } from './trace-summary';

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

/** Chrome trace categories that name what a UI-thread task did: script, style, layout, paint, GC, IndexedDB, messages. */
export const TASK_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'IndexedDB',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
  'blink_gc',
  'cppgc',
  'disabled-by-default-cppgc',
];

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const ms = (us: number | undefined) => ((us ?? 0) / 1000).toFixed(1);

/**
 * Each UI-thread task of at least `overMs` in a trace (Chrome's outermost RunTask on the page's
 * CrRendererMain), with the work inside it of a millisecond or more, nested by start time: what made
 * the task long, including what a CPU profile shows only as "(program)" (structured clone, style,
 * layout, GC). Each line gives the wall time and, in brackets, the thread's CPU time. `by: 'cpu'`
 * picks the tasks by their CPU time instead: under load, the ones whose own work was long.
 */
export function summariseLongTasks(events: TraceEvent[], overMs = 50, by: 'wall' | 'cpu' = 'wall'): string {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const lines: string[] = [];
  for (const main of mains) {
    const mine = events
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const origin = mine[0]?.ts ?? 0;
    let taskEnd = -Infinity;
    for (const task of mine) {
      if (!TASK_NAMES.has(task.name) || task.ts < taskEnd) continue;
      taskEnd = task.ts + (task.dur ?? 0);
      if (((by === 'cpu' ? task.tdur : task.dur) ?? 0) < overMs * 1000) continue;
      lines.push(`TASK ${ms(task.dur)} ms (${ms(task.tdur)} ms CPU) at +${((task.ts - origin) / 1000).toFixed(0)} ms`);
      const stack: number[] = [];
      for (const e of mine) {
        if (e.ts < task.ts || e.ts >= taskEnd || (e.dur ?? 0) < 1000 || TASK_NAMES.has(e.name)) continue;
        while (stack.length > 0 && stack[stack.length - 1] <= e.ts) stack.pop();
        stack.push(e.ts + (e.dur ?? 0));
        if (stack.length > 6 || e.name.startsWith('V8.GC_')) continue;
        const data = e.args?.data ?? {};
        const what = [
          data.functionName,
          String(data.url ?? '')
            .split('/')
            .pop(),
          data.type,
        ]
          .filter(Boolean)
          .join(' ');
        lines.push(`${'  '.repeat(stack.length)}${e.name} ${ms(e.dur)} (${ms(e.tdur)}) ms ${what}`);
      }
    }
  }
  return lines.join('\n') || 'no task over the limit';
}

/**
 * The longest UI-thread task in a trace (from `fromTs` on, the trace's clock) by the thread's CPU
 * time, in ms: on a shared, loaded machine a task's wall time is mostly waiting for a core, its CPU
 * time what the work itself cost.
 */
export function longestTaskCpuMs(events: TraceEvent[], fromTs = -Infinity): number {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) {
    if (e.ph === 'X' && e.ts >= fromTs && TASK_NAMES.has(e.name) && mains.has(`${e.pid}:${e.tid}`))
      longest = Math.max(longest, e.tdur ?? 0);
  }
  return longest / 1000;
}
