import { formatCount } from '@shared/format';
import type { useRiskAnalysis } from './use-risk-analysis';

/** While a risk analysis runs: its progress in iterations and Cancel (the Risk analysis and Report tabs). */
export function RunProgress({ analysis }: { analysis: ReturnType<typeof useRiskAnalysis> }) {
  const { state } = analysis;
  if (state.phase !== 'running') return null;
  return (
    <>
      <progress max={state.total} value={state.done} aria-label="Risk analysis progress" />
      <span>
        {formatCount(state.done)} of {formatCount(state.total)} iterations
      </span>
      <button type="button" onClick={analysis.cancel}>
        Cancel
      </button>
    </>
  );
}
