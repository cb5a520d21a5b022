import { useMemo, useState } from 'react';
import { heatMap } from '@shared/engine/risk-matrix';
import { countOf, formatTimestamp, listProse } from '@shared/format';
import { buildComparison } from '@shared/presentation/comparison';
import { useAppraisalHistory } from '../../../data';
import { CostByYearChart } from '../../../ui/charts/CostByYearChart';
import { CumulativeDiscountedChart } from '../../../ui/charts/CumulativeDiscountedChart';
import { RiskHeatMap } from '../../../ui/charts/RiskHeatMap';
import { ComparisonTable } from '../../../ui/ComparisonTable';
import { SectionTabs } from '../../../ui/SectionTabs';
import { RiskAnalysisOnCompare } from '../risk-analysis/RiskAnalysisOnCompare';
import type { AppraisalData } from '../use-appraisal';
import { OptionsTimeline } from './OptionsTimeline';
import { RecommendationPanel } from './RecommendationPanel';
import { SensitivityPanel } from './SensitivityPanel';

const VIEWS = [
  ['feasibility', 'Feasibility'],
  ['costs', 'Costs by year'],
  ['risks', 'Risk heat maps'],
  ['dates', 'Key dates'],
  ['sensitivity', 'Sensitivity'],
  ['history', 'Change history'],
] as const;
type View = (typeof VIEWS)[number][0];

/**
 * The dashboard, conclusion first: what every option is measured against and whether the short
 * list is complete, the comparison, the recommendation, the risk analysis (its conclusion and S-curve,
 * or where to run one); then the working behind them, one view at a
 * time, so the recommendation is never at the foot of a page many screens long.
 */
export function CompareTab({ data }: { data: AppraisalData }) {
  const { result } = data;
  const recommendedId = data.bundle.appraisal.recommendation.optionId;
  const comparison = useMemo(() => buildComparison(result, recommendedId), [result, recommendedId]);
  const [view, setView] = useState<View>('feasibility');
  const names = new Map(result.options.map((r) => [r.option.id, r.option.name]));
  const counterfactual = result.counterfactual.optionId ? names.get(result.counterfactual.optionId) : undefined;
  // The counterfactual is the benchmark, not a contender: the ranking is of the others.
  const ranked = result.ranking.optionIds.filter((id) => id !== result.counterfactual.optionId).map((id) => names.get(id) ?? id);

  return (
    <div className="compare">
      <section aria-label="Where the comparison stands" className="compare-headline">
        <p className={result.shortList.complete ? undefined : 'notice notice-warning'}>{result.shortList.text}</p>
        <p>
          {counterfactual
            ? `Every option is measured against ${counterfactual}${result.counterfactual.isBusinessAsUsual && !/business as usual/i.test(counterfactual) ? ' (business as usual)' : ''}.`
            : 'There is no counterfactual yet: add a business-as-usual option so the options can be measured against it.'}{' '}
          {ranked.length > 0 &&
            `Ranked against it by ${result.ranking.measure === 'npsv' ? 'net present social value' : 'risk-adjusted net present cost'}: ${listProse(ranked)}.`}
        </p>
        {result.counterfactual.problems.map((p) => (
          <p key={p} className="notice notice-warning">
            {p}
          </p>
        ))}
        {!result.weights.ok && <p className="notice notice-warning">{result.weights.message}</p>}
      </section>
      <ComparisonTable model={comparison} />
      <RecommendationPanel data={data} />
      <RiskAnalysisOnCompare data={data} />
      <SectionTabs label="The working behind the comparison" tabs={VIEWS} current={view} onChange={setView}>
        {view === 'feasibility' && <FeasibilityView data={data} />}
        {view === 'costs' && <CostsView data={data} />}
        {view === 'risks' && <RisksView data={data} />}
        {view === 'dates' && <OptionsTimeline data={data} />}
        {view === 'sensitivity' && <SensitivityPanel data={data} />}
        {view === 'history' && <HistoryView appraisalId={data.bundle.appraisal.id} />}
      </SectionTabs>
    </div>
  );
}

function FeasibilityView({ data }: { data: AppraisalData }) {
  return (
    <>
      {data.result.options.map((r) => (
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
    </>
  );
}

function CostsView({ data }: { data: AppraisalData }) {
  const { result } = data;
  return (
    <>
      <h3>Cost profile by financial year</h3>
      <div className="chart-grid">
        {result.options.map((r) => (
          <CostByYearChart key={r.option.id} costs={r.costs} title={r.option.name} />
        ))}
      </div>
      <h3>Cumulative discounted cost</h3>
      <CumulativeDiscountedChart series={result.options.map((r) => ({ id: r.option.id, name: r.option.name, costs: r.costs }))} />
    </>
  );
}

/** Heat maps only for options with risks recorded; the others are named as not assessed. */
function RisksView({ data }: { data: AppraisalData }) {
  const withRisks = data.result.options.filter((r) => r.costs.riskAssessed || data.bundle.risks.some((k) => k.optionId === r.option.id));
  const without = data.result.options.filter((r) => !withRisks.includes(r));
  return (
    <>
      {without.length > 0 && (
        <p>
          Not assessed for risk ({countOf(without.length, 'option')}, no risks recorded): {listProse(without.map((r) => r.option.name))}.
        </p>
      )}
      <div className="chart-grid">
        {withRisks.map((r) => (
          <RiskHeatMap key={r.option.id} title={r.option.name} counts={heatMap(data.bundle.risks, 'residual', r.option.id)} />
        ))}
      </div>
    </>
  );
}

function HistoryView({ appraisalId }: { appraisalId: string }) {
  const history = useAppraisalHistory(appraisalId);
  return (
    <ol className="history" aria-label="Change history">
      {history?.map((h) => (
        <li key={h.id}>
          <time dateTime={h.at}>{formatTimestamp(h.at)}</time> {h.summary}
        </li>
      ))}
    </ol>
  );
}
