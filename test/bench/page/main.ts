import '../../../renderer/zod-config';
import { PlannerDb } from '../../../renderer/db/db';
import type { FromWorker } from '../../../renderer/features/import/import-protocol';
import type { Contract } from '../../../shared/domain';
import { parseCsvBytes } from '../../../shared/import/csv';
import { analyseRegister } from '../../../shared/import/register';
import { runEngineBench } from '../engine-workload';

/*
 * Runs inside Chromium, built from the app's own modules: the import goes through the very worker
 * the app uses (parse, check, one-transaction write), and the baseline writes the same contracts
 * with a bare Dexie bulkPut into a table with the same schema.
 */

interface HeapSampler { stop(): number }
function sampleHeap(): HeapSampler {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  let peak = memory?.usedJSHeapSize ?? 0;
  const timer = setInterval(() => { peak = Math.max(peak, memory?.usedJSHeapSize ?? 0); }, 20);
  return { stop: () => { clearInterval(timer); return peak; } };
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
  return { rows, totalMs, parseAndCheckMs: analysedAt - started, writeMs: totalMs - (analysedAt - started), mainHeapPeakBytes: heap.stop() };
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

Object.assign(window, { bench: { importPipeline, rawBulkPut, engine: runEngineBench } });
document.getElementById('status')!.textContent = 'ready';
