import { PerOption } from '../PerOption';
import type { AppraisalData } from '../use-appraisal';
import { RangesEditor } from './RangesEditor';
import { RiskAnalysisResults } from './RiskAnalysisResults';
import { RunPanel } from './RunPanel';
import { useRiskAnalysis } from './use-risk-analysis';
import '../economic.css';

/**
 * The Monte Carlo risk analysis (docs/domain.md §4; Green Book annex on risk): run settings and the
 * Run button, the results of the last run that still fits the appraisal, then the three-point ranges
 * per option. Runs in a worker; the last result is kept for the session and the seed with the appraisal.
 */
export function RiskAnalysisTab({ data }: { data: AppraisalData }) {
  const analysis = useRiskAnalysis(data.bundle.appraisal.id);
  const run = data.riskAnalysis.run;
  return (
    <div className="economic">
      <RunPanel data={data} analysis={analysis} />
      {run && <RiskAnalysisResults data={data} simulation={run.result} />}
      <h2>Three-point ranges</h2>
      <p className="hint">
        Low, most likely and high, drawn from triangular distributions. A line’s own amount is its most likely value; a line with a range
        takes no optimism bias uplift (its uncertainty is modelled here instead).
      </p>
      <PerOption options={data.bundle.options}>{(option) => <RangesEditor key={option.id} option={option} data={data} />}</PerOption>
    </div>
  );
}
