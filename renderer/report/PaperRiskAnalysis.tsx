import { useId } from 'react';
import { rangeProblems } from '@shared/engine/simulation-input';
import { formatCount, formatTimestamp } from '@shared/format';
import type { AppraisalData } from '../features/appraisals/use-appraisal';
import { RunProgress } from '../features/appraisals/risk-analysis/RunProgress';
import { useRiskAnalysis } from '../features/appraisals/risk-analysis/use-risk-analysis';
import { href } from '../ui/router';

/**
 * Whether the paper carries the risk analysis, and a way to add it from the Report tab: the run is
 * the same seeded run the Risk analysis tab makes (and Compare shows), so the paper's P50 and P80
 * are the screen's. Without a run that fits the appraisal as it is, the paper has no risk analysis.
 */
export function PaperRiskAnalysis({ data }: { data: AppraisalData }) {
  const ids = useId();
  const analysis = useRiskAnalysis(data.bundle.appraisal.id);
  const { run, stale, input } = data.riskAnalysis;
  const { state } = analysis;
  const problems = rangeProblems(input);
  const tab = href('appraisals', data.bundle.appraisal.id, 'risk-analysis');
  return (
    <section className="field" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Risk analysis in the paper</h2>
      {run ? (
        <p>
          The paper includes the risk analysis of {formatTimestamp(run.finishedAt)} ({formatCount(run.result.iterations)} iterations, seed{' '}
          {run.result.seed}); the PDF reproduces it from that seed, so its P50 and P80 are the ones on Compare.
        </p>
      ) : (
        <>
          <p>
            {stale
              ? 'The inputs have changed since the last risk analysis, so the paper leaves it out.'
              : 'The paper has no risk analysis yet.'}{' '}
            Run it here, or set its ranges on the <a href={tab}>Risk analysis tab</a>.
          </p>
          {problems.length > 0 && <p className="notice notice-warning">{problems[0]}</p>}
          <div className="run-progress">
            <button
              type="button"
              disabled={state.phase === 'running' || problems.length > 0}
              onClick={() => analysis.run(data.riskAnalysis)}
            >
              Run the risk analysis for the paper
            </button>
            <RunProgress analysis={analysis} />
          </div>
        </>
      )}
      <p role="status">
        {state.phase === 'idle' && state.message}
        {state.phase === 'failed' && <span className="error">{state.message}</span>}
      </p>
    </section>
  );
}
