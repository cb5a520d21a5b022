import { chunk } from '@shared/presentation/table';
import { COMBINED_TABLE_MAX_SERIES, costSeries } from '../ui/charts/chart-data';
import { CostByYearChart } from '../ui/charts/CostByYearChart';
import { CumulativeDiscountedChart } from '../ui/charts/CumulativeDiscountedChart';
import { SensitivityChart } from '../ui/charts/SensitivityChart';
import { H } from './Heading';
import type { ReportModel } from '@shared/presentation/report-model';

/** The figure-heavy sections: cost profiles, the scoring matrix and the sensitivity analysis. */

export function CostsSection({ model }: { model: ReportModel }) {
  const series = model.costs.perOption;
  return (
    <>
      <p>
        Costs by NHS financial year (1 April to 31 March), excluding VAT, in the appraisal’s price base. Each year’s cost is multiplied by
        its discount factor to give its present value; the present values add up to the net present cost.
      </p>
      {series.map((s) => (
        // Kept on one page when chart and table fit one (few categories and years); larger ones flow.
        <div
          key={s.id}
          className={`option-block${costSeries(s.costs).length <= COMBINED_TABLE_MAX_SERIES && s.costs.byYear.length <= 12 ? ' costs-block' : ''}`}
        >
          <H level={3}>{s.name}</H>
          <CostByYearChart costs={s.costs} title={`Cost by financial year: ${s.name}`} />
        </div>
      ))}
      <div className="option-block keep-together">
        <H level={3}>All options: cumulative discounted cost</H>
        <CumulativeDiscountedChart series={series} />
      </div>
    </>
  );
}

export function ScoringSection({ model }: { model: ReportModel }) {
  const s = model.scoring;
  const groups = chunk(s.options, 4);
  return (
    <>
      <p>
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
    </>
  );
}

export function SensitivitySection({ model }: { model: ReportModel }) {
  const s = model.sensitivity;
  const charted = s.series.filter((x) => s.charted.includes(x.key));
  return (
    <>
      <p>
        How the ranking on net present cost moves when one assumption changes, and the switching value: the point at which a different
        option becomes the cheapest (HM Treasury Green Book).
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
          {s.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.base}</td>
              <td>{r.range}</td>
              <td>{r.switching}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {charted.map((series) => (
        <div key={series.key} className="option-block keep-together">
          <H level={3}>{series.label}</H>
          <SensitivityChart series={series} optionNames={s.optionNames} title={`Sensitivity of NPC to ${series.label.toLowerCase()}`} />
        </div>
      ))}
    </>
  );
}
