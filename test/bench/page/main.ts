import '../../../renderer/zod-config';
import { checkBackupOffThread, restoreCheckedBackup, writeBackupTo } from '../../../renderer/data/backup-client';
import { fileBackupTarget } from '../../../renderer/host/browser-host';
import { openDb, PlannerDb } from '../../../renderer/data/db';
import type { FromWorker } from '../../../renderer/features/import/import-protocol';
import type { Contract } from '@shared/domain';
import { parseCsvBytes } from '@shared/import/csv';
import { analyseRegister } from '@shared/import/register';
import { runEngineBench } from '../engine-workload';
import { makeRegisterCsv } from '../make-register';
import { buildBenchAppraisal } from '../../support/bench-workload';
import { simulationInputOf } from '@shared/engine/simulation-input';
import type { FromRiskWorker } from '../../../renderer/features/appraisals/risk-analysis/risk-analysis-protocol';
import { readAllContracts } from '../../../renderer/data/contracts';
import { runInSteps } from '../../../renderer/ui/run-in-steps';
import { DEFAULT_SETTINGS } from '@shared/domain';
import { filterDutiesInSteps, pipelineInSteps, planDutiesInSteps, type DutyList } from '@shared/law';
import { keyDateEventsInSteps } from '@shared/export/calendar';
import { exportCalendar } from '../../../renderer/features/export/law-exports';
import type { Host } from '../../../renderer/host';

/*
 * Runs inside Chromium, built from the app's own modules: the import goes through the very worker
 * the app uses (parse, check, one-transaction write), and the baseline writes the same contracts
 * with a bare Dexie bulkPut into a table with the same schema.
 */

interface HeapSampler {
  /** The heap when sampling began: what the page held already (the baseline's rows, once garbage, until collected). */
  readonly start: number;
  stop(): number;
}
function sampleHeap(): HeapSampler {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  const start = memory?.usedJSHeapSize ?? 0;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, memory?.usedJSHeapSize ?? 0);
  }, 20);
  return {
    start,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** The generated register's CSV bytes, made here rather than fetched (the file is tens of megabytes). */
function registerBytes(rows: number): Uint8Array {
  return new TextEncoder().encode(makeRegisterCsv(rows));
}

/**
 * The app's import, end to end: bytes in, rows committed, as the worker reports it. The worker
 * writes rows as it checks them, so by the preview much of the writing is done; the commit is sent
 * the moment the preview arrives, as if the user pressed Import at once.
 */
async function importPipeline(rowCount: number) {
  const bytes = registerBytes(rowCount);
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
    mainHeapAtStartBytes: heap.start,
  };
}

/** The generated register's contracts, parsed and checked as an import would, without the database. */
function registerContracts(rowCount: number): Contract[] {
  const grid = parseCsvBytes(registerBytes(rowCount)).grid;
  const preview = analyseRegister(grid, { fileName: 'x', existing: new Map() });
  const contracts: Contract[] = [];
  for (const row of preview.rows) if (row.kind === 'new') contracts.push(row.contract);
  return contracts;
}

/**
 * The generated register predates the Act; treat every contract as awarded under it (a third with
 * KPIs) so the plan carries a full register's duties, as a trust's will in a few years.
 */
const underTheAct = (contracts: readonly Contract[]) =>
  contracts.map((c, i): Contract => ({ ...c, regime: 'PA2023', kpis: i % 3 === 0 ? ['Availability', 'Response', 'Fix'] : undefined }));

/** Baseline: the same contracts (parsed beforehand, untimed) written with one bare bulkPut. */
async function rawBulkPut(rowCount: number) {
  const contracts = registerContracts(rowCount);
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
  // Through the app's own client and the browser host's target, as Settings calls them: the file is
  // made whole in the backup worker and handed over as a Blob, kept here instead of downloaded.
  const backup = await withLongTasks(async () => {
    let file: Blob | undefined;
    await writeBackupTo(
      db,
      fileBackupTarget((made) => (file = made), 'backup.json'),
    );
    return file!;
  });
  // Checked from the file's bytes, as a chosen file gives them to Settings (read untimed here): they
  // move to the worker, which decodes them.
  const fileBytes = new Uint8Array(await backup.value.arrayBuffer());
  // A task of its own, so the read is not counted as the check's (it registers the observer).
  await new Promise((r) => setTimeout(r, 100));
  const check = await withLongTasks(() => checkBackupOffThread(db, fileBytes));
  const restore = await withLongTasks(() => restoreCheckedBackup(db, check.value.tables));
  const contracts = await db.contracts.count();
  db.close();
  const row = (r: { ms: number; longestTaskMs: number }) => ({ ms: r.ms, longestTaskMs: r.longestTaskMs });
  return { contracts, bytes: backup.value.size, backup: row(backup), check: row(check), restore: row(restore) };
}

/**
 * The Monte Carlo risk analysis through the app's own worker, on the standard workload (10 options ×
 * 40 lines × 15 years, 10,000 iterations), built into the input exactly as the Risk analysis tab
 * builds it. Long tasks on this (the UI) thread meanwhile say whether the window would freeze.
 */
async function monteCarlo() {
  const bench = buildBenchAppraisal();
  const input = simulationInputOf({ ...bench, benefits: bench.benefits, settings: bench.settings });
  const run = () =>
    withLongTasks(
      () =>
        new Promise<{ workerMs: number; iterations: number; progressReports: number }>((resolve, reject) => {
          const worker = new Worker(
            new URL('../../../renderer/features/appraisals/risk-analysis/risk-analysis.worker.ts', import.meta.url),
            { type: 'module' },
          );
          let progressReports = 0;
          worker.onmessage = (event: MessageEvent<FromRiskWorker>) => {
            const msg = event.data;
            if (msg.type === 'progress') progressReports++;
            else {
              worker.terminate();
              if (msg.type === 'done') resolve({ workerMs: msg.ms, iterations: msg.result.iterations, progressReports });
              else reject(new Error(msg.message));
            }
          };
          worker.postMessage({ type: 'run', input });
        }),
    );
  // The first run also fetches and compiles the worker's module; the second is what a user meets after that.
  const first = await run();
  const second = await run();
  return {
    iterations: second.value.iterations,
    options: input.options.length,
    lines: input.costLines.length,
    years: input.appraisal.periodYears,
    workerMs: second.value.workerMs,
    wallMs: second.ms,
    firstWallMs: first.ms,
    longestTaskMs: Math.max(first.longestTaskMs, second.longestTaskMs),
    progressReports: second.value.progressReports,
  };
}

/** Renewals as the screen builds it (issue 15): Notices due, a filter, and the pipeline, each in steps. */
async function renewals() {
  const db = await openDb();
  const contracts = underTheAct(await readAllContracts(db));
  db.close();
  const today = '2026-06-15';
  let longestStep = { ms: 0, at: 0 };
  function* timed<T>(gen: Generator<number, T, void>): Generator<number, T, void> {
    for (;;) {
      const t = performance.now();
      const step = gen.next();
      const ms = performance.now() - t;
      if (ms > longestStep.ms) longestStep = { ms, at: step.done ? 1 : step.value };
      if (step.done) return step.value;
      yield step.value;
    }
  }
  // A task of its own: the read and the copy of 100,000 contracts above is the benchmark's set-up, one
  // task of up to ~150 ms that would otherwise end after the observer is registered and be counted
  // as the plan's (the app's Notices due plans from the register it already holds).
  await new Promise((r) => setTimeout(r, 100));
  const plan = await withLongTasks(() => runInSteps(timed(planDutiesInSteps(contracts, { today }))));
  const filter = await withLongTasks(() =>
    runInSteps(filterDutiesInSteps(plan.value.duties, { status: 'open', owner: '', withinDays: 90 }, today)),
  );
  const pipeline = await withLongTasks(() =>
    runInSteps(pipelineInSteps({ contracts, today, spendStated: 'not-known', leadTimes: DEFAULT_SETTINGS.leadTimesMonths })),
  );
  const row = (r: { ms: number; longestTaskMs: number }) => ({ ms: r.ms, longestTaskMs: r.longestTaskMs });
  return {
    contracts: contracts.length,
    duties: plan.value.duties.length,
    plan: { ...row(plan), longestStepMs: longestStep.ms },
    filter: row(filter),
    pipeline: { ...row(pipeline), entries: pipeline.value.entries.length },
  };
}

let calendarInput: { contracts: Contract[]; duties: DutyList } | undefined;

/**
 * The calendar's set-up, untimed: the generated register's contracts, under the Act, and their duties.
 * `settled` (the Export button on Notices due): the screen has been drawn from the plan before the
 * export starts. Not settled (File › Export key dates…): the export starts as soon as the plan is made.
 */
async function calendarSetUp(rowCount: number, settled = true) {
  const contracts = underTheAct(registerContracts(rowCount));
  const { duties } = await runInSteps(planDutiesInSteps(contracts, { today: CALENDAR_TODAY }));
  calendarInput = { contracts, duties };
  if (settled) await promoteSetUp();
  return { contracts: contracts.length, duties: duties.length };
}

/**
 * Lets the young generation turn over once the set-up is made, in tasks of its own, so the set-up's
 * last objects (the plan's newest duties, all still held) are moved to the old generation here. Left
 * young, the export's first minor collection copied them: a task of 23–43 ms of CPU that was the
 * set-up's, not the export's (traced: with this, the export's first collection is 2–3 ms, like the
 * rest). From the Export button the plan was made when Renewals opened and the screen drawn from it
 * before the export; from the File menu it was not, and the bench times that path too, without this.
 * Short-lived garbage only: what the set-up left for the old generation stays.
 */
async function promoteSetUp() {
  // Each array is kept in the ring until overwritten, so the optimiser cannot leave it unmade.
  const ring: number[][] = new Array<number[]>(1024);
  for (let round = 0; round < 16; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Some 16 MB of small arrays that die at once: about one young generation's worth a round.
    for (let i = 0; i < 250_000; i++) ring[i & 1023] = [i, round];
  }
  return ring.length;
}
const CALENDAR_TODAY = '2026-06-15';

/**
 * Every key date of the register to a calendar, as Notices due exports it for "Everyone" (issue 14):
 * the same steps and writer (exportCalendar), with a host that keeps the file's size instead of
 * saving it.
 */
async function calendar() {
  const { contracts, duties } = calendarInput!;
  let bytes = 0;
  const host = {
    saveFile: async (_purpose: string, name: string, content: string | Uint8Array) => {
      bytes = content.length;
      return name;
    },
  } as Pick<Host, 'saveFile'> as Host;
  let progressReports = 0;
  const result = await withLongTasks(() =>
    exportCalendar(host, keyDateEventsInSteps(contracts, duties, { today: CALENDAR_TODAY, defaults: DEFAULT_SETTINGS.contractDefaults }), {
      trustName: 'Bench',
      stem: 'key-dates',
      calName: 'Bench contract key dates',
      onProgress: () => (progressReports += 1),
    }),
  );
  return { bytes, ms: result.ms, longestTaskMs: result.longestTaskMs, progressReports };
}

Object.assign(window, {
  bench: { importPipeline, rawBulkPut, backupRoundTrip, renewals, calendarSetUp, calendar, engine: runEngineBench, monteCarlo },
});
document.getElementById('status')!.textContent = 'ready';
