import { riskAnalysisModel } from '@shared/presentation/risk-analysis';
import { SCurveChart } from '../../../ui/charts/SCurveChart';
import { href } from '../../../ui/router';
import type { AppraisalData } from '../use-appraisal';

/**
 * The risk analysis on the Compare screen: its conclusion and the S-curve when a run fits the
 * appraisal as it is, otherwise where to run one. P50, P80 and the probability of being cheapest
 * are rows of the comparison table itself (shared/presentation/comparison.ts).
 */
export function RiskAnalysisOnCompare({ data }: { data: AppraisalData }) {
  const { run, stale } = data.riskAnalysis;
  const tab = href('appraisals', data.bundle.appraisal.id, 'risk-analysis');
  if (!run) {
    return (
      <section aria-labelledby="compare-risk-analysis">
        <h2 id="compare-risk-analysis">Risk analysis</h2>
        <p>
          {stale ? 'The inputs have changed since the last risk analysis.' : 'No risk analysis has been run in this session.'}{' '}
          <a href={tab}>Run it on the Risk analysis tab</a> to add P50, P80 and the probability of being cheapest to the comparison.
        </p>
      </section>
    );
  }
  const model = riskAnalysisModel(data.result, run.result);
  return (
    <section aria-labelledby="compare-risk-analysis">
      <h2 id="compare-risk-analysis">Risk analysis</h2>
      <p>
        {model.summary} <span className="hint">({model.runText}.)</span> <a href={tab}>Ranges, percentiles and drivers</a>
      </p>
      <SCurveChart
        series={model.options.map((o) => ({ id: o.optionId, name: o.name, points: o.sCurve }))}
        table={model.sCurveTable}
        tableMode="hidden"
      />
    </section>
  );
}
