import type { ReportModel } from '@shared/presentation/report-model';
import { H } from './Heading';
import { Fields } from './report-bits';

/** The one-page executive summary, and the strategic case. */

export function SummarySection({ model }: { model: ReportModel }) {
  const s = model.summary;
  return (
    <div className="summary-page">
      <p className="lead">{s.headline}</p>
      <H level={3}>Situation</H>
      <p>{s.situation}</p>
      <H level={3}>Options</H>
      <p>{s.options}</p>
      <H level={3}>Preferred option and why</H>
      {s.reason.trim() ? (
        <div className="callout">
          <p className="callout-label">Reason for the recommendation</p>
          <p className="preserve-lines">{s.reason}</p>
        </div>
      ) : (
        <p>{s.recommendedName ? 'No reason has been recorded for the recommendation yet.' : s.headline}</p>
      )}
      {s.departure && <p className="departure">{s.departure}</p>}
      <p className="muted small">{s.statusLine}</p>
      {s.cost && (
        <>
          <H level={3}>Cost</H>
          <p>{s.cost}</p>
        </>
      )}
      {s.risk && (
        <>
          <H level={3}>Risk</H>
          <p>{s.risk}</p>
        </>
      )}
      <H level={3}>Key dates and facts</H>
      <Fields items={s.keyDates} />
      <ul>
        {s.keyFacts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </div>
  );
}

export function StrategicSection({ model }: { model: ReportModel }) {
  const st = model.strategic;
  return (
    <>
      <H level={3}>The contracts and their key dates</H>
      {st.contracts.length === 0 && <p>No contract is recorded for this appraisal.</p>}
      {st.contracts.map((c) => (
        <div key={c.reference} className="contract-block">
          <H level={4}>{`${c.reference}: ${c.title}`}</H>
          {c.flags.map((f) => (
            <p key={f} className="flag-line">
              {f}
            </p>
          ))}
          <Fields items={c.fields} />
          {c.sample && <p className="muted">Illustrative sample data.</p>}
        </div>
      ))}
      <H level={3}>The case for change</H>
      {st.caseForChange.length > 0 ? (
        st.caseForChange.map((p) => <p key={p}>{p}</p>)
      ) : (
        <p>{model.summary.situation} A decision is needed before the contract can be continued, replaced or re-procured.</p>
      )}
      {st.objectives.length > 0 && (
        <>
          <H level={3}>Spending objectives</H>
          <ol>
            {st.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ol>
        </>
      )}
      {st.criteria.length > 0 && (
        <>
          <H level={3}>Critical success factors (weighted criteria)</H>
          <ul>
            {st.criteria.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
