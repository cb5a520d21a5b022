/**
 * Summarises a start-up trace (TPP_BENCH_TRACE=1, test/bench/start-up.ts): the page's UI thread from
 * the navigation to the first contentful paint and a little after, task by task, with the work inside
 * each task over a millisecond (script compiled or run, style, layout, paint, stylesheets parsed) and
 * the page's own marks, all on the page's clock (ms from the navigation's start).
 *
 * `npx node --experimental-strip-types test/bench/trace-summary.ts test-results/bench-profiles/start-up-app.json [until-ms] [min-task-ms]`
 * (min-task-ms, e.g. 50: only the tasks at least that long, with what ran inside them). Each duration
 * is wall time with the thread's CPU time beside it: on a loaded machine the CPU time is what the
 * work cost, the wall time mostly waiting for a core.
 */
import { readFileSync } from 'node:fs';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: on a loaded machine, what the work cost, where dur is mostly waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

/** The work inside a task worth naming: what a start-up spends its time on. */
const NOTABLE = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.deserializeOnBackground',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'ParseAuthorStyleSheet',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
]);
const INSTANT = new Set([
  'ResourceSendRequest',
  'ResourceReceiveResponse',
  'ResourceFinish',
  'firstPaint',
  'firstContentfulPaint',
  'MarkLoad',
  'MarkDOMContent',
]);

export function summariseTrace(events: TraceEvent[], untilMs = Infinity, minTaskMs = 1): string {
  const start = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { isLoadingMainFrame?: boolean })?.isLoadingMainFrame);
  if (!start) return 'No navigationStart in the trace.';
  const main = events.find((e) => e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? start.tid;
  const at = (ts: number) => ((ts - start.ts) / 1000).toFixed(1).padStart(7);
  const mine = events
    .filter((e) => e.pid === start.pid && e.tid === tid && e.ts >= start.ts && (e.ts - start.ts) / 1000 <= untilMs)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const lines: string[] = [];
  let taskEnd = -Infinity;
  let taskShown = false;
  for (const e of mine) {
    const ms = (e.dur ?? 0) / 1000;
    const cpu = e.tdur === undefined ? '' : ` (cpu ${(e.tdur / 1000).toFixed(1)})`;
    const data = e.args?.data ?? e.args?.beginData ?? {};
    const what = String(data.url ?? data.functionName ?? data.stylesheetUrl ?? '')
      .split('/')
      .pop();
    if (e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && ms >= 1) {
      taskShown = ms >= minTaskMs;
      if (taskShown) lines.push(`${at(e.ts)}  TASK ${ms.toFixed(1)} ms${cpu}`);
      taskEnd = e.ts + (e.dur ?? 0);
    } else if (e.ph === 'X' && NOTABLE.has(e.name) && ms >= 0.5 && (e.ts >= taskEnd ? minTaskMs <= 1 : taskShown)) {
      lines.push(`${at(e.ts)}  ${e.ts < taskEnd ? '  ' : ''}${e.name} ${ms.toFixed(1)} ms${cpu} ${what ?? ''}`);
    } else if ((e.ph === 'I' || e.ph === 'i' || e.ph === 'R' || e.ph === 'n') && (INSTANT.has(e.name) || e.cat.includes('user_timing'))) {
      lines.push(`${at(e.ts)}  · ${e.name} ${what ?? ''}`);
    }
  }
  // The marks and paint milestones may be recorded on other threads or as async events.
  for (const e of events)
    if (e.pid === start.pid && e.tid !== tid && (e.cat.includes('user_timing') || e.name === 'firstContentfulPaint') && e.ts >= start.ts)
      lines.push(`${at(e.ts)}  · ${e.name} (${e.tid})`);
  return lines.sort((a, b) => Number(a.slice(0, 7)) - Number(b.slice(0, 7))).join('\n');
}

if (process.argv[1]?.endsWith('trace-summary.ts')) {
  const file = process.argv[2];
  const trace = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
  console.log(summariseTrace(trace.traceEvents, Number(process.argv[3] ?? Infinity), Number(process.argv[4] ?? 1)));
}
