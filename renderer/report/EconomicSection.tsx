import type {
  BenefitRow,
  EconomicCaseModel,
  LongListRow,
  OptimismBiasRow,
  RiskAnalysisModel,
  ScoringModel,
  SensitivityModel,
} from '@shared/presentation/economic-case';
import type { OptionRow, ReportModel } from '@shared/presentation/report-model';
import { chunk } from '@shared/presentation/table';
import { ComparisonTable } from '../ui/ComparisonTable';
import { DataTable, tableSpec } from '../ui/DataTable';
import { PrintCostChart, PrintCumulativeChart, PrintSensitivityChart } from './charts/PrintCharts';
import { H } from './Heading';

/** Options per comparison table, so the table fits the width of an A4 page. */
const OPTIONS_PER_TABLE = 5;

const LONG_LIST = tableSpec<LongListRow>('report-table', 'kind', (col) => [
  col('Kind of option', 'kind'),
  col('Outcome', 'status'),
  col('Why', 'detail'),
]);

const SHORT_LIST = tableSpec<OptionRow>('report-table', 'id', (col) => [
  col('Option', (o) => (
    <>
      {o.name}
      {o.recommended && <span className="recommended-tag"> Recommended</span>}
    </>
  )),
  col('Kind', 'kind'),
  col('Term', 'term'),
  col('Route', 'route'),
  col('Hosting', 'hosting'),
]);

const BENEFITS = tableSpec<BenefitRow>('report-table', 'optionId', (col) => [
  col('Option', 'optionName'),
  col('Present value of benefits', 'pvb', { numeric: true }),
  col('By type', 'byType'),
  col('Unmonetised benefits', (b) => (b.unmonetised.length ? b.unmonetised.join('; ') : 'None recorded')),
]);

const OPTIMISM_BIAS = tableSpec<OptimismBiasRow>(
  'report-table',
  (r) => `${r.optionName}-${r.uplift}`,
  (col) => [
    col('Option', 'optionName'),
    col('Uplift', 'uplift'),
    col('Applied', 'applied'),
    col('Range', 'range'),
    col('Mitigation', 'mitigation'),
    col('Adds', 'added', { numeric: true }),
  ],
);

const RISK_ANALYSIS = tableSpec<RiskAnalysisModel['rows'][number]>('report-table', 'optionName', (col) => [
  col('Option', 'optionName'),
  col('Mean NPC', 'mean', { numeric: true }),
  col('P50', 'p50', { numeric: true }),
  col('P80', 'p80', { numeric: true }),
  col('Probability cheapest', 'cheapest', { numeric: true }),
]);

const SWITCHING = tableSpec<SensitivityModel['rows'][number]>('report-table', 'key', (col) => [
  col('Variable', 'label'),
  col('Base', 'base'),
  col('Range tested', 'range'),
  col('Switching value', 'switching'),
]);

const WEIGHT_SENSITIVITY = tableSpec<EconomicCaseModel['weightSensitivity']['rows'][number]>(
  'report-table',
  (r) => `${r.criterion}-${r.change}`,
  (col) => [
    col('Criterion', 'criterion'),
    col('Change', 'change'),
    col('Top option', 'top'),
    col('Ranking changes', (r) => (r.changesTop ? 'Yes: another option is top' : 'No')),
  ],
);

/** The scoring matrix for one group of options (a wide matrix is split to fit the page). */
function scoringTable(s: ScoringModel, group: ScoringModel['options']) {
  return tableSpec<ScoringModel['criteria'][number]>(
    'report-table scoring',
    (c) => c.id,
    (col) => [
      col('Criterion', 'name'),
      col('Weight', 'weight', { numeric: true }),
      ...group.map((o) => col(o.name, (c) => s.scores[c.id]?.[o.id] ?? '—', { numeric: true })),
    ],
  );
}

/** The economic case: long and short list, the comparison, benefits, optimism bias, risk, sensitivity, scores. */
export function EconomicSection({ model }: { model: ReportModel }) {
  const e = model.economic;
  if (!e) return null;
  const short = model.form === 'short';
  return (
    <>
      {!short && (
        <>
          <H level={3}>Long list</H>
          <DataTable table={LONG_LIST} caption="The long list: each kind of option, carried forward or discounted" rows={e.longList} />
        </>
      )}
      <H level={3}>Short list and the counterfactual</H>
      <p>{e.shortList}</p>
      <p>{e.counterfactual}</p>
      <DataTable table={SHORT_LIST} caption="The short list" rows={model.options} />
      <H level={3}>Net present cost, NPSV and the options compared</H>
      <p className="small">
        Net present cost in real terms at the Green Book discount rate, in three layers (base, with optimism bias, risk-adjusted); the
        equivalent annual cost; and against the counterfactual the net present social value and benefit–cost ratio, or the outcome in words.
        Figures are rounded; totals may not sum.
      </p>
      {chunk(e.comparison.columns, OPTIONS_PER_TABLE).map((columns, part, parts) => (
        <ComparisonTable
          key={columns[0].id}
          model={e.comparison}
          columns={columns}
          className="report-table comparison"
          caption={parts.length > 1 ? `${e.comparison.caption} (part ${part + 1} of ${parts.length})` : e.comparison.caption}
        />
      ))}
      {e.benefits.length > 0 && (
        <>
          <H level={3}>Benefits, monetised and unmonetised</H>
          <DataTable
            table={BENEFITS}
            caption="Present value of benefits after shortfall, with the unmonetised benefits beside them"
            rows={e.benefits}
          />
        </>
      )}
      {!short && (
        <>
          <H level={3}>Optimism bias</H>
          <p className="small">
            Uplifts from HM Treasury’s Supplementary Green Book Guidance: Optimism Bias (table 1), each at its upper bound unless a named
            mitigation justifies less.
          </p>
          <DataTable
            table={OPTIMISM_BIAS}
            caption="Optimism bias by option: uplift, reference range, mitigation and the present value it adds"
            rows={e.optimismBias}
          />
          <H level={3}>Cost profiles</H>
          <p className="small">
            Costs by NHS financial year (1 April to 31 March), excluding VAT, in real terms (the price base), with optimism bias stacked on
            top: for the preferred option and the counterfactual, then every option’s cumulative discounted cost. The Excel workings give
            every option’s lines year by year.
          </p>
          {e.costs
            .filter((s) => e.profiled.includes(s.id))
            .map((s) => (
              <div key={s.id} className="option-block">
                <PrintCostChart optionId={s.id} costs={s.costs} title={`Cost by financial year: ${s.name}`} />
              </div>
            ))}
          <PrintCumulativeChart series={e.costs} title="All options: cumulative discounted cost" />
        </>
      )}
      {e.riskAnalysis && (
        <>
          <H level={3}>Risk analysis</H>
          <DataTable table={RISK_ANALYSIS} caption={e.riskAnalysis.caption} rows={e.riskAnalysis.rows} />
        </>
      )}
      <H level={3}>Sensitivity and switching values</H>
      <p className="small">
        How the ranking on net present cost moves when one assumption changes, and the switching value: the point at which another option
        becomes the cheapest (HM Treasury Green Book).
      </p>
      <DataTable table={SWITCHING} caption="Switching values" rows={e.sensitivity.rows} />
      {!short &&
        e.sensitivity.series
          .filter((x) => e.sensitivity.charted.includes(x.key))
          .map((series) => (
            <PrintSensitivityChart
              key={series.key}
              series={series}
              optionNames={e.sensitivity.optionNames}
              title={`Sensitivity of net present cost to ${series.label.toLowerCase()}`}
            />
          ))}
      <ScoringTables model={model} />
      <H level={3}>Preferred option</H>
      <p>{e.preferred}</p>
      {model.summary.departure && <p className="departure">{model.summary.departure}</p>}
    </>
  );
}

function ScoringTables({ model }: { model: ReportModel }) {
  const e = model.economic;
  if (!e) return null;
  const s = e.scoring;
  const groups = chunk(s.options, 4);
  return (
    <>
      <H level={3}>Weighted scores</H>
      <p className="small">
        Each option is scored from 0 to 10 against each criterion; the weighted score is the sum of weight × score ÷ 100, out of 10. Cost is
        not a criterion: it is shown beside the score as NPC per weighted point.
      </p>
      {s.weightProblem && <p className="flag-line">{s.weightProblem}</p>}
      {groups.map((group, g) => (
        <DataTable
          key={g}
          table={scoringTable(s, group)}
          caption={groups.length > 1 ? `Scoring matrix (part ${g + 1} of ${groups.length})` : 'Scoring matrix'}
          rows={s.criteria}
          foot={
            <>
              <tr>
                <th scope="row">Weighted score (out of 10)</th>
                <td className="numeric">{s.weightTotal}</td>
                {group.map((o) => (
                  <td key={o.id} className="numeric strong">
                    {s.totals[o.id]}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">NPC per weighted point</th>
                <td />
                {group.map((o) => (
                  <td key={o.id} className="numeric">
                    {s.npcPerPoint[o.id]}
                  </td>
                ))}
              </tr>
            </>
          }
        />
      ))}
      <p>{e.weightSensitivity.summary}</p>
      {model.form === 'full' && e.weightSensitivity.rows.length > 0 && (
        <DataTable
          table={WEIGHT_SENSITIVITY}
          caption="Weight sensitivity: each weight moved by 10 points, the rest rescaled to 100"
          rows={e.weightSensitivity.rows}
        />
      )}
    </>
  );
}
