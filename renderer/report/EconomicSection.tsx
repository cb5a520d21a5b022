import type { ReportModel } from '@shared/presentation/report-model';
import { chunk } from '@shared/presentation/table';
import { ComparisonTable } from '../ui/ComparisonTable';
import { PrintCostChart, PrintCumulativeChart, PrintSensitivityChart } from './charts/PrintCharts';
import { H } from './Heading';

/** Options per comparison table, so the table fits the width of an A4 page. */
const OPTIONS_PER_TABLE = 5;

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
          <table className="report-table">
            <caption>The long list: each kind of option, carried forward or discounted</caption>
            <thead>
              <tr>
                <th scope="col">Kind of option</th>
                <th scope="col">Outcome</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {e.longList.map((r) => (
                <tr key={r.kind}>
                  <th scope="row">{r.kind}</th>
                  <td>{r.status}</td>
                  <td>{r.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <H level={3}>Short list and the counterfactual</H>
      <p>{e.shortList}</p>
      <p>{e.counterfactual}</p>
      <table className="report-table">
        <caption>The short list</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Kind</th>
            <th scope="col">Term</th>
            <th scope="col">Route</th>
            <th scope="col">Hosting</th>
          </tr>
        </thead>
        <tbody>
          {model.options.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                {o.name}
                {o.recommended && <span className="recommended-tag"> Recommended</span>}
              </th>
              <td>{o.kind}</td>
              <td>{o.term}</td>
              <td>{o.route}</td>
              <td>{o.hosting}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
          <table className="report-table">
            <caption>Present value of benefits after shortfall, with the unmonetised benefits beside them</caption>
            <thead>
              <tr>
                <th scope="col">Option</th>
                <th scope="col" className="numeric">
                  Present value of benefits
                </th>
                <th scope="col">By type</th>
                <th scope="col">Unmonetised benefits</th>
              </tr>
            </thead>
            <tbody>
              {e.benefits.map((b) => (
                <tr key={b.optionId}>
                  <th scope="row">{b.optionName}</th>
                  <td className="numeric">{b.pvb}</td>
                  <td>{b.byType}</td>
                  <td>{b.unmonetised.length ? b.unmonetised.join('; ') : 'None recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {!short && (
        <>
          <H level={3}>Optimism bias</H>
          <p className="small">
            Uplifts from HM Treasury’s Supplementary Green Book Guidance: Optimism Bias (table 1), each at its upper bound unless a named
            mitigation justifies less.
          </p>
          <table className="report-table">
            <caption>Optimism bias by option: uplift, reference range, mitigation and the present value it adds</caption>
            <thead>
              <tr>
                <th scope="col">Option</th>
                <th scope="col">Uplift</th>
                <th scope="col">Applied</th>
                <th scope="col">Range</th>
                <th scope="col">Mitigation</th>
                <th scope="col" className="numeric">
                  Adds
                </th>
              </tr>
            </thead>
            <tbody>
              {e.optimismBias.map((r) => (
                <tr key={`${r.optionName}-${r.uplift}`}>
                  <th scope="row">{r.optionName}</th>
                  <td>{r.uplift}</td>
                  <td>{r.applied}</td>
                  <td>{r.range}</td>
                  <td>{r.mitigation}</td>
                  <td className="numeric">{r.added}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
          <table className="report-table">
            <caption>{e.riskAnalysis.caption}</caption>
            <thead>
              <tr>
                <th scope="col">Option</th>
                <th scope="col" className="numeric">
                  Mean NPC
                </th>
                <th scope="col" className="numeric">
                  P50
                </th>
                <th scope="col" className="numeric">
                  P80
                </th>
                <th scope="col" className="numeric">
                  Probability cheapest
                </th>
              </tr>
            </thead>
            <tbody>
              {e.riskAnalysis.rows.map((r) => (
                <tr key={r.optionName}>
                  <th scope="row">{r.optionName}</th>
                  <td className="numeric">{r.mean}</td>
                  <td className="numeric">{r.p50}</td>
                  <td className="numeric">{r.p80}</td>
                  <td className="numeric">{r.cheapest}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <H level={3}>Sensitivity and switching values</H>
      <p className="small">
        How the ranking on net present cost moves when one assumption changes, and the switching value: the point at which another option
        becomes the cheapest (HM Treasury Green Book).
      </p>
      <table className="report-table">
        <caption>Switching values</caption>
        <thead>
          <tr>
            <th scope="col">Variable</th>
            <th scope="col">Base</th>
            <th scope="col">Range tested</th>
            <th scope="col">Switching value</th>
          </tr>
        </thead>
        <tbody>
          {e.sensitivity.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.base}</td>
              <td>{r.range}</td>
              <td>{r.switching}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
        <table key={g} className="report-table scoring">
          <caption>{groups.length > 1 ? `Scoring matrix (part ${g + 1} of ${groups.length})` : 'Scoring matrix'}</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="numeric">
                Weight
              </th>
              {group.map((o) => (
                <th key={o.id} scope="col" className="numeric">
                  {o.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td className="numeric">{c.weight}</td>
                {group.map((o) => (
                  <td key={o.id} className="numeric">
                    {s.scores[c.id]?.[o.id] ?? '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
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
          </tfoot>
        </table>
      ))}
      <p>{e.weightSensitivity.summary}</p>
      {model.form === 'full' && e.weightSensitivity.rows.length > 0 && (
        <table className="report-table">
          <caption>Weight sensitivity: each weight moved by 10 points, the rest rescaled to 100</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Change</th>
              <th scope="col">Top option</th>
              <th scope="col">Ranking changes</th>
            </tr>
          </thead>
          <tbody>
            {e.weightSensitivity.rows.map((r) => (
              <tr key={`${r.criterion}-${r.change}`}>
                <th scope="row">{r.criterion}</th>
                <td>{r.change}</td>
                <td>{r.top}</td>
                <td>{r.changesTop ? 'Yes: another option is top' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
