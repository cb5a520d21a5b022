import { heatMap } from '@shared/engine/risk-matrix';
import { useAppraisalHistory } from '../../../data';
import { CostByYearChart } from '../../../ui/charts/CostByYearChart';
import { CumulativeDiscountedChart } from '../../../ui/charts/CumulativeDiscountedChart';
import { RiskHeatMap } from '../../../ui/charts/RiskHeatMap';
import { formatTimestamp } from '@shared/format';
import type { AppraisalData } from '../use-appraisal';
import { ComparisonTable } from './ComparisonTable';
import { OptionsTimeline } from './OptionsTimeline';
import { RecommendationPanel } from './RecommendationPanel';
import { SensitivityPanel } from './SensitivityPanel';

/** The dashboard: figures side by side, the charts behind them, sensitivity and the recommendation. */
export function CompareTab({ data }: { data: AppraisalData }) {
  const { result } = data;
  const history = useAppraisalHistory(data.bundle.appraisal.id);

  return (
    <div className="compare">
      {!result.weights.ok && <p className="notice notice-warning">{result.weights.message}</p>}
      <ComparisonTable result={result} />

      <h2>Feasibility</h2>
      {result.options.map((r) => (
        <section key={r.option.id} aria-label={`Feasibility of ${r.option.name}`}>
          <h3>{r.option.name}</h3>
          {r.flags.length === 0 ? (
            <p>No feasibility problems found.</p>
          ) : (
            <ul>
              {r.flags.map((f) => (
                <li key={f.check} className={`flag flag-${f.severity}`}>
                  <strong>{f.title}:</strong> {f.explanation}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}

      <h2>Cost profile by financial year</h2>
      <div className="chart-grid">
        {result.options.map((r) => (
          <CostByYearChart key={r.option.id} costs={r.costs} title={r.option.name} />
        ))}
      </div>
      <h2>Cumulative discounted cost</h2>
      <CumulativeDiscountedChart series={result.options.map((r) => ({ id: r.option.id, name: r.option.name, costs: r.costs }))} />
      <h2>Residual risk heat maps</h2>
      <div className="chart-grid">
        {result.options.map((r) => (
          <RiskHeatMap key={r.option.id} title={r.option.name} counts={heatMap(data.bundle.risks, 'residual', r.option.id)} />
        ))}
      </div>
      <h2>Key dates</h2>
      <OptionsTimeline data={data} />

      <SensitivityPanel data={data} />
      <RecommendationPanel data={data} />

      <details>
        <summary>Change history</summary>
        <ol className="history">
          {history?.map((h) => (
            <li key={h.id}>
              <time dateTime={h.at}>{formatTimestamp(h.at)}</time> {h.summary}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
