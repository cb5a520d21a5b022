import { useEffect, useState } from 'react';
import { describeError } from '@shared/storage-errors';
import { yieldToWindow } from '../yield-to-window';
import { runInSteps, StepsCancelled } from './run-in-steps';

export interface SteppedState<T> {
  /** The latest finished result (kept while a newer one is worked out, so nothing flashes). */
  value: T | undefined;
  /** Fraction done while working; null when idle. */
  working: number | null;
  error: string | undefined;
}

type Factory<T> = () => Generator<number, T, void>;

interface Internal<T> {
  value: T | undefined;
  /** The factory whose run finished (with a value or an error). */
  settled: Factory<T> | null;
  /** The factory the progress belongs to. */
  progressOf: Factory<T> | null;
  fraction: number;
  error: string | undefined;
}

/**
 * Works out a result in steps (see runInSteps) whenever `factory` changes identity — callers memoise
 * it on their inputs — cancelling a run that a newer one supersedes. Null means nothing to work out yet.
 */
export function useStepped<T>(factory: Factory<T> | null): SteppedState<T> {
  const [state, setState] = useState<Internal<T>>({ value: undefined, settled: null, progressOf: null, fraction: 0, error: undefined });
  useEffect(() => {
    if (!factory) return;
    const controller = new AbortController();
    // Started in a task of its own: a store update renders synchronously and React runs this effect
    // in the commit's task, which the first slice (about 8 ms) would lengthen (issue 16). The run is
    // cancelled before it starts if a newer one replaces it meanwhile.
    yieldToWindow()
      .then(() => {
        if (controller.signal.aborted) throw new StepsCancelled();
        return runInSteps(factory(), (fraction) => setState((s) => ({ ...s, progressOf: factory, fraction })), controller.signal);
      })
      .then(
        (value) => setState((s) => ({ ...s, value, settled: factory, error: undefined })),
        (error: unknown) => {
          if (!(error instanceof StepsCancelled)) setState((s) => ({ ...s, settled: factory, error: describeError(error) }));
        },
      );
    return () => controller.abort();
  }, [factory]);
  const working = factory && state.settled !== factory ? (state.progressOf === factory ? state.fraction : 0) : null;
  return { value: state.value, working, error: state.settled === factory ? state.error : undefined };
}
