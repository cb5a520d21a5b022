import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/*
 * TPP_BENCH_PROFILE=1: a CPU profile of the UI thread for each activity, written under
 * test-results/bench-profiles/<name>.cpuprofile (open it in Chrome DevTools' Performance panel), and a
 * summary printed of each busy stretch over 50 ms: the functions it spent its time in. That is how the
 * long tasks of issue 16 are traced to their source.
 */
export const PROFILE = process.env.TPP_BENCH_PROFILE === '1';
const DIR = 'test-results/bench-profiles';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Starts profiling `page`'s UI thread; the returned function stops, saves and summarises the profile. */
export async function profileOf(page: Page, name: string): Promise<() => Promise<void>> {
  if (!PROFILE) return async () => undefined;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  await session.send('Profiler.start');
  // Long tasks as the page sees them, and a marker function busy for a few milliseconds whose first
  // sample ties the page's clock (performance.now) to the profile's.
  await page.evaluate(() => {
    const win = window as unknown as { profiledTasks: { start: number; ms: number }[]; profileObserver?: PerformanceObserver };
    win.profiledTasks = [];
    win.profileObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) win.profiledTasks.push({ start: e.startTime, ms: e.duration });
    });
    win.profileObserver.observe({ type: 'longtask' });
  });
  const syncedAt = await page.evaluate(() => {
    const at = performance.now();
    const tppProfileSync = () => {
      let x = 0;
      while (performance.now() - at < 5) x++;
      return x;
    };
    tppProfileSync();
    return at;
  });
  return async () => {
    const tasks = await page.evaluate(() => {
      const win = window as unknown as { profiledTasks: { start: number; ms: number }[]; profileObserver?: PerformanceObserver };
      win.profileObserver?.disconnect();
      return win.profiledTasks;
    });
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await session.detach();
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path.join(DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    console.log(`\nProfile ${name}:\n${summariseTasks(profile, tasks, syncedAt)}`);
  };
}

/** The functions each long task (as the page's PerformanceObserver saw it) spent its time in. */
function summariseTasks(profile: CpuProfile, tasks: { start: number; ms: number }[], syncedAt: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let t = profile.startTime;
  const times = profile.samples.map((_, i) => (t += profile.timeDeltas[i] ?? 0));
  const sync = profile.samples.findIndex((id) => byId.get(id)!.callFrame.functionName === 'tppProfileSync');
  if (sync < 0) return `  (the clock marker was not sampled)\n${summarise(profile)}`;
  // profile µs = page ms * 1000 + offset
  const offset = times[sync] - syncedAt * 1000;
  return (
    tasks
      .map((task) => {
        const from = task.start * 1000 + offset;
        const to = from + task.ms * 1000;
        const inTask: CpuProfile = { ...profile, samples: [], timeDeltas: [] };
        let last = from;
        profile.samples.forEach((id, i) => {
          if (times[i] < from || times[i] > to) return;
          inTask.samples.push(id);
          inTask.timeDeltas.push(times[i] - last);
          last = times[i];
        });
        inTask.startTime = from;
        return `  TASK ${task.ms.toFixed(0)} ms at ${task.start.toFixed(0)} ms (page clock)\n${summarise(inTask, 0)}`;
      })
      .join('\n') || '  no long task'
  );
}

/** Each stretch of samples with no idle over 50 ms, with the functions most of it was spent in (inclusive and self). */
export function summarise(profile: CpuProfile, overMs = 50): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  const out: string[] = [];
  let t = profile.startTime;
  let run: { start: number; end: number; samples: { id: number; dt: number }[] } | null = null;
  const flush = () => {
    if (!run || (run.end - run.start) / 1000 < overMs) return;
    const inclusive = new Map<string, number>();
    const self = new Map<string, number>();
    for (const s of run.samples) {
      const leaf = byId.get(s.id)!;
      self.set(label(leaf), (self.get(label(leaf)) ?? 0) + s.dt);
      const seen = new Set<string>();
      for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) {
        const l = label(byId.get(id)!);
        if (seen.has(l)) continue;
        seen.add(l);
        inclusive.set(l, (inclusive.get(l) ?? 0) + s.dt);
      }
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([l, us]) => `      ${(us / 1000).toFixed(1).padStart(7)} ms  ${l}`)
        .join('\n');
    out.push(
      `  busy ${((run.end - run.start) / 1000).toFixed(0)} ms at +${((run.start - profile.startTime) / 1000).toFixed(0)} ms\n    inclusive:\n${top(inclusive, 25)}\n    self:\n${top(self, 12)}`,
    );
  };
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)') {
      flush();
      run = null;
    } else {
      run ??= { start: t, end: t, samples: [] };
      run.samples.push({ id, dt });
      run.end = t + dt;
    }
  });
  flush();
  return out.join('\n') || '  no busy stretch over 50 ms';
}
