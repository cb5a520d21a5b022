import { useEffect, useState } from 'react';
import { describeError } from '@shared/storage-errors';
import { runInSteps, StepsCancelled } from './run-in-steps';

export interface SteppedState<T> {
  /** The latest finished result (kept while a newer one is worked out, so nothing flashes). */
  value: T | undefined;
  /** Fraction done while working; null when idle. */
  working: number | null;
  error: string | undefined;
}

/**
 * Works out a result in steps (see runInSteps) whenever `factory` changes identity — callers memoise
 * it on their inputs — cancelling a run that a newer one supersedes. Null means nothing to work out yet.
 */
export function useStepped<T>(factory: (() => Generator<number, T, void>) | null): SteppedState<T> {
  const [state, setState] = useState<SteppedState<T>>({ value: undefined, working: null, error: undefined });
  useEffect(() => {
    if (!factory) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, working: 0, error: undefined }));
    runInSteps(factory(), (f) => setState((s) => ({ ...s, working: f })), controller.signal).then(
      (value) => setState({ value, working: null, error: undefined }),
      (error: unknown) => {
        if (!(error instanceof StepsCancelled)) setState((s) => ({ ...s, working: null, error: describeError(error) }));
      },
    );
    return () => controller.abort();
  }, [factory]);
  return state;
}
