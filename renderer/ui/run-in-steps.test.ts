import { describe, expect, it } from 'vitest';
import { flushPendingEdits, scheduleEdit } from '../data/pending-edits';
import { runInSteps, StepsCancelled } from './run-in-steps';

function* counting(n: number): Generator<number, string, void> {
  for (let i = 1; i < n; i += 1) yield i / n;
  return 'done';
}

describe('runInSteps', () => {
  it('runs every step, reports progress in order, and returns the result', async () => {
    const seen: number[] = [];
    // A zero budget gives the window back after every step.
    await expect(runInSteps(counting(4), (f) => seen.push(f), undefined, 0)).resolves.toBe('done');
    expect(seen).toEqual([0.25, 0.5, 0.75]);
  });

  it('does many quick steps in one slice', async () => {
    const seen: number[] = [];
    await expect(runInSteps(counting(1000), (f) => seen.push(f), undefined, 1_000)).resolves.toBe('done');
    expect(seen).toEqual([]);
  });

  it('stops between steps once cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runInSteps(
      counting(100),
      (f) => {
        seen.push(f);
        if (seen.length === 2) controller.abort();
      },
      controller.signal,
      0,
    );
    await expect(run).rejects.toBeInstanceOf(StepsCancelled);
    expect(seen).toHaveLength(2);
  });

  it('waits between slices while a close flushes typed edits, so the write is not queued behind the steps', async () => {
    let landed!: () => void;
    scheduleEdit('contract:C-1', () => new Promise<void>((resolve) => (landed = resolve)), 60_000);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runInSteps(counting(1_000_000), (f) => seen.push(f), controller.signal, 0);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen.length).toBeGreaterThan(0);
    const flushed = flushPendingEdits();
    await new Promise((r) => setTimeout(r, 5));
    const held = seen.length;
    await new Promise((r) => setTimeout(r, 30));
    // Held while the edit is being written...
    expect(seen.length).toBe(held);
    landed();
    await flushed;
    // ...and carried on once it landed.
    await new Promise((r) => setTimeout(r, 5));
    expect(seen.length).toBeGreaterThan(held);
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(StepsCancelled);
  });
});
