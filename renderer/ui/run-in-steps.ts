/**
 * Runs a generator that does its work in steps (shared/law's planDutiesInSteps, pipelineInSteps, the
 * .ics writer), giving the window back between steps so no task blocks input or painting for long:
 * each step is a few milliseconds, well under the 50 ms a long task starts at.
 */
export class StepsCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'StepsCancelled';
  }
}

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** A macrotask turn: scheduler.yield() where the browser has it, else a MessageChannel message (no 4 ms clamp). */
function yieldToWindow(): Promise<void> {
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

export async function runInSteps<T>(
  steps: Generator<number, T, void>,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  for (;;) {
    if (signal?.aborted) throw new StepsCancelled();
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await yieldToWindow();
  }
}
