import { flushInProgress } from '../data';

/**
 * Runs a generator that does its work in steps (shared/law's planDutiesInSteps, pipelineInSteps, the
 * .ics writer), giving the window back between slices of steps so no task blocks input or painting for
 * long: a slice is about 8 ms, well under the 50 ms a long task starts at.
 */
export class StepsCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'StepsCancelled';
  }
}

/** The longest steps wait for a close's flush of typed edits (pending-edits.ts flushInProgress). */
const FLUSH_WAIT_MS = 1_000;

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** A macrotask turn: scheduler.yield() where the browser has it, else a MessageChannel message (no 4 ms clamp). */
export function yieldToWindow(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs the generator's steps in slices of about `budgetMs` (default 8 ms), giving the window back
 * between slices: fine-grained steps keep each slice short on a slow or busy machine, and a fast one
 * does many steps per slice without paying for a yield after each.
 */
export async function runInSteps<T>(
  steps: Generator<number, T, void>,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
  budgetMs = 8,
): Promise<T> {
  for (;;) {
    if (signal?.aborted) throw new StepsCancelled();
    const sliceStart = performance.now();
    let fraction: number | undefined;
    do {
      const step = steps.next();
      if (step.done) return step.value;
      fraction = step.value;
    } while (performance.now() - sliceStart < budgetMs);
    onProgress?.(fraction);
    await yieldToWindow();
    // Edits being written before a close go first: nothing worked out here is lost by waiting. Bounded,
    // so a write that itself waited for steps could never hold them for good.
    const flush = flushInProgress();
    if (flush) await Promise.race([flush, new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]);
  }
}
