import type { ReportModel } from '@shared/presentation/report-model';
import { H } from './Heading';

/**
 * The cover sheet, a page of its own: what the board is asked to do, the urgency in words, and the
 * governance fields a board secretary checks (docs/domain.md §9).
 */
export function ReportCover({ model }: { model: ReportModel }) {
  const c = model.cover;
  return (
    <header className="report-cover">
      {c.trustName && <p className="cover-trust">{c.trustName}</p>}
      <H level={1} className="cover-title">
        {c.title}
      </H>
      <p className="cover-subtitle">
        {model.form === 'short' ? 'Business justification' : 'Board paper: options appraisal and recommendation'}
      </p>
      <div className="callout cover-ask">
        <p className="callout-label">Recommendation to the Board</p>
        <p className="lead">{c.ask}</p>
        {c.urgency && (
          <p>
            <span className="strong">Urgency: </span>
            {c.urgency}
          </p>
        )}
      </div>
      <dl className="cover-meta">
        {c.fields.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd className="preserve-lines">{f.value}</dd>
          </div>
        ))}
        <div>
          <dt>Paper date</dt>
          <dd>{c.date}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{c.statusLabel}</dd>
        </div>
        <div>
          <dt>{c.contracts.length === 1 ? 'Contract' : 'Contracts'}</dt>
          <dd>
            {c.contracts.length
              ? c.contracts.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))
              : 'None recorded'}
          </dd>
        </div>
      </dl>
      {c.sample && (
        <p className="cover-note">This paper uses the illustrative sample portfolio: the trust, contracts and figures are not real.</p>
      )}
    </header>
  );
}
