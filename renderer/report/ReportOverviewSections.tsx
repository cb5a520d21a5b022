import { GradeBadge } from './GradeBadge';
import { H } from './Heading';
import type { ReportModel } from './report-model';

/** Executive summary, the contracts with their key dates, and the options side by side. */

export function SummarySection({ model }: { model: ReportModel }) {
  const s = model.summary;
  const rec = model.options.find((o) => o.recommended);
  return (
    <>
      <p className="lead">{s.headline}</p>
      {s.reason.trim() && (
        <div className="callout">
          <p className="callout-label">Reason for the recommendation</p>
          <p className="preserve-lines">{s.reason}</p>
        </div>
      )}
      {s.departure && <p className="departure">{s.departure}</p>}
      <p className="muted">{s.statusLine}</p>
      {rec && (
        <table className="report-table key-figures">
          <caption>{`Recommended option at a glance: ${rec.name}`}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="numeric">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Whole-life cost</th>
              <td className="numeric">{rec.wholeLifeCost}</td>
            </tr>
            <tr>
              <th scope="row">Net present cost (NPC)</th>
              <td className="numeric">{rec.npc}</td>
            </tr>
            <tr>
              <th scope="row">NPC with risk allowance</th>
              <td className="numeric">{rec.npcWithRisk}</td>
            </tr>
            <tr>
              <th scope="row">Weighted score (out of 10)</th>
              <td className="numeric">{rec.score}</td>
            </tr>
            <tr>
              <th scope="row">Highest residual risk</th>
              <td className="numeric">
                {rec.topRisk ? `${rec.topRisk.label} ${rec.topRisk.score}: ${rec.topRisk.title}` : 'None recorded'}
              </td>
            </tr>
            <tr>
              <th scope="row">Feasibility flags</th>
              <td className="numeric">{rec.flags.length ? rec.flags.join('; ') : 'None'}</td>
            </tr>
          </tbody>
        </table>
      )}
      <H level={3}>Key facts</H>
      <ul>
        {s.keyFacts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </>
  );
}

export function ContractsSection({ model }: { model: ReportModel }) {
  if (model.contracts.length === 0) return <p>No contract is recorded for this appraisal.</p>;
  return (
    <>
      {model.contracts.map((c) => (
        <div key={c.reference} className="contract-block">
          <H level={3}>{`${c.reference}: ${c.title}`}</H>
          {c.flags.map((f) => (
            <p key={f} className="flag-line">
              {f}
            </p>
          ))}
          <dl className="fields">
            {c.fields.map((f) => (
              <div key={f.label}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
          {c.sample && <p className="muted">Illustrative sample data.</p>}
        </div>
      ))}
    </>
  );
}

function Best({ on, word }: { on: boolean; word: string }) {
  return on ? <span className="best-tag">{` (${word})`}</span> : null;
}

export function OptionsSection({ model }: { model: ReportModel }) {
  return (
    <>
      <table className="report-table">
        <caption>The options</caption>
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
      <table className="report-table comparison">
        <caption>Cost, quality, risk and feasibility (costs exclude VAT)</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col" className="numeric">
              Whole-life cost
            </th>
            <th scope="col" className="numeric">
              NPC
            </th>
            <th scope="col" className="numeric">
              NPC with risk
            </th>
            <th scope="col" className="numeric">
              Weighted score
            </th>
            <th scope="col" className="numeric">
              NPC per point
            </th>
            <th scope="col">Highest residual risk</th>
            <th scope="col">Feasibility flags</th>
          </tr>
        </thead>
        <tbody>
          {model.options.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.name}</th>
              <td className="numeric">
                {o.wholeLifeCost}
                <Best on={o.best.wholeLifeCost} word="lowest" />
              </td>
              <td className="numeric">
                {o.npc}
                <Best on={o.best.npc} word="lowest" />
              </td>
              <td className="numeric">
                {o.npcWithRisk}
                <Best on={o.best.npcWithRisk} word="lowest" />
              </td>
              <td className="numeric">
                {o.score}
                <Best on={o.best.score} word="highest" />
              </td>
              <td className="numeric">
                {o.npcPerPoint}
                <Best on={o.best.npcPerPoint} word="lowest" />
              </td>
              <td>
                {o.topRisk ? (
                  <>
                    <GradeBadge {...o.topRisk} /> <span className="small">{o.topRisk.title}</span>
                  </>
                ) : (
                  'None recorded'
                )}
              </td>
              <td>
                {o.flags.length ? (
                  <ul className="flag-list">
                    {o.flags.map((f) => (
                      <li key={f}>{f}</li>
                    ))}
                  </ul>
                ) : (
                  'None'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        NPC is the net present cost over the appraisal period at the Green Book discount rate; NPC per point divides it by the weighted
        score. “Lowest” and “highest” mark the best option on each measure.
      </p>
    </>
  );
}
