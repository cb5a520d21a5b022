import type { ReactNode } from 'react';
import type { SteppedState } from './use-stepped';

/**
 * What a screen shows of work run in steps (ui/use-stepped.ts): a labelled progress bar while it runs,
 * and an alert saying what failed if it could not finish.
 */
export function SteppedStatus({
  state,
  doing,
  progressLabel,
  failure,
}: {
  state: Pick<SteppedState<unknown>, 'working' | 'error'>;
  /** The visible words before the percentage, e.g. "Building the pipeline…". */
  doing: ReactNode;
  /** The progress bar's accessible name. */
  progressLabel: string;
  /** The alert's words before the error, e.g. "The pipeline could not be built". */
  failure: string;
}) {
  return (
    <>
      {state.working !== null && (
        <label className="progress-label">
          {doing} {Math.round(state.working * 100)}%
          <progress max={1} value={state.working} aria-label={progressLabel} />
        </label>
      )}
      {state.error && (
        <p role="alert" className="error">
          {failure}: {state.error}
        </p>
      )}
    </>
  );
}
