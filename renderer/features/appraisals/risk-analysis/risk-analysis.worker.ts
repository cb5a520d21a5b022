/// <reference lib="webworker" />
import { createSimulation } from '@shared/engine/simulation';
import { describeError } from '@shared/storage-errors';
import type { FromRiskWorker, ToRiskWorker } from './risk-analysis-protocol';

/*
 * The Monte Carlo risk analysis, off the UI thread (docs/domain.md §4): runs the seeded simulation
 * in chunks, reporting progress after each. Cancel terminates the worker, so a cancelled run leaves
 * nothing behind: the tab keeps what it had and nothing is written.
 */

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromRiskWorker) => self.postMessage(message);

/** Iterations between looks at the clock. */
const CHUNK = 250;
/** At most one progress report this often, so a million-iteration run does not flood the page. */
const REPORT_MS = 50;

self.onmessage = (event: MessageEvent<ToRiskWorker>) => {
  const started = performance.now();
  try {
    const sim = createSimulation(event.data.input);
    let reported = -Infinity;
    while (!sim.done()) {
      const done = sim.step(CHUNK);
      const now = performance.now();
      if (now - reported >= REPORT_MS) {
        post({ type: 'progress', done, total: sim.total });
        reported = now;
      }
    }
    post({ type: 'done', result: sim.result(), ms: performance.now() - started });
  } catch (error) {
    post({ type: 'error', message: `The risk analysis stopped: ${describeError(error)}` });
  }
};
