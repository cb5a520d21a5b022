import '../../../renderer/zod-config';
import { createBackup, readBackup, restoreBackup } from '../../../renderer/data/backup';
import { openDb, PlannerDb } from '../../../renderer/data/db';
import type { FromWorker } from '../../../renderer/features/import/import-protocol';
import type { Contract } from '@shared/domain';
import { parseCsvBytes } from '@shared/import/csv';
import { analyseRegister } from '@shared/import/register';
import { runEngineBench } from '../engine-workload';

/*
 * Runs inside Chromium, built from the app's own modules: the import goes through the very worker
 * the app uses (parse, check, one-transaction write), and the baseline writes the same contracts
 * with a bare Dexie bulkPut into a table with the same schema.
 */

interface HeapSampler {
  stop(): number;
}
function sampleHeap(): HeapSampler {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  let peak = memory?.usedJSHeapSize ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, memory?.usedJSHeapSize ?? 0);
  }, 20);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/** The app's import, end to end: bytes in, rows committed, as the worker reports it. */
async function importPipeline(url: string) {
  const bytes = await fetchBytes(url);
  const heap = sampleHeap();
  const worker = new Worker(new URL('../../../renderer/features/import/import.worker.ts', import.meta.url), { type: 'module' });
  const started = performance.now();
  let analysedAt = 0;
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.type === 'preview') {
        analysedAt = performance.now();
        rows = msg.preview.counts.new + msg.preview.counts.update;
        worker.postMessage({ type: 'commit' });
      } else if (msg.type === 'committed') resolve();
      else if (msg.type === 'error') reject(new Error(msg.message));
    };
    worker.postMessage({ type: 'analyse', fileName: 'register-100k.csv', bytes }, [bytes.buffer]);
  });
  const totalMs = performance.now() - started;
  worker.terminate();
  return {
    rows,
    totalMs,
    parseAndCheckMs: analysedAt - started,
    writeMs: totalMs - (analysedAt - started),
    mainHeapPeakBytes: heap.stop(),
  };
}

/** Baseline: the same contracts (parsed beforehand, untimed) written with one bare bulkPut. */
async function rawBulkPut(url: string) {
  const grid = parseCsvBytes(await fetchBytes(url)).grid;
  const preview = analyseRegister(grid, { fileName: 'x', existing: new Map() });
  const contracts: Contract[] = [];
  for (const row of preview.rows) if (row.kind === 'new') contracts.push(row.contract);
  const db = new PlannerDb('bench-raw');
  await db.open();
  await db.contracts.clear();
  const started = performance.now();
  await db.contracts.bulkPut(contracts);
  const ms = performance.now() - started;
  db.close();
  return { rows: contracts.length, ms };
}

/** Tasks over 50 ms on this thread while `work` runs: what a user would feel as the window freezing. */
async function withLongTasks<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longestTaskMs: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return { value, ms, longestTaskMs: Math.max(0, ...tasks) };
}

/** Backup and restore of the app's database as the import left it (run after importPipeline). */
async function backupRoundTrip() {
  const db = await openDb();
  const backup = await withLongTasks(() => createBackup(db));
  const check = await withLongTasks(() => readBackup(db, backup.value));
  const restore = await withLongTasks(() => restoreBackup(db, check.value.tables));
  const contracts = await db.contracts.count();
  db.close();
  const row = (r: { ms: number; longestTaskMs: number }) => ({ ms: r.ms, longestTaskMs: r.longestTaskMs });
  return { contracts, bytes: backup.value.length, backup: row(backup), check: row(check), restore: row(restore) };
}

Object.assign(window, { bench: { importPipeline, rawBulkPut, backupRoundTrip, engine: runEngineBench } });
document.getElementById('status')!.textContent = 'ready';
