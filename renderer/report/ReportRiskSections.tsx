import { DatesTimeline } from '../ui/charts/DatesTimeline';
import { RiskHeatMap } from '../ui/charts/RiskHeatMap';
import { GradeBadge } from '../ui/GradeBadge';
import { H } from './Heading';
import type { ReportModel } from '@shared/presentation/report-model';

/** Risk registers with heat maps, the timeline, feasibility findings and the legal grounds. */

export function RisksSection({ model }: { model: ReportModel }) {
  return (
    <>
      <p>
        Risks are rated on the NHS 5×5 matrix (NPSA, 2008): likelihood × consequence, graded low (1–3), moderate (4–6), high (8–12) or
        extreme (15–25). Residual ratings assume the mitigation is in place.
      </p>
      {model.risks.map((block) => (
        <div key={block.optionId} className="option-block">
          <H level={3}>{block.optionName}</H>
          <div className="heat-row">
            <RiskHeatMap counts={block.counts} title={`Residual risk: ${block.optionName}`} />
          </div>
          {block.rows.length === 0 ? (
            <p>No risks are recorded for this option.</p>
          ) : (
            <table className="report-table risks">
              <caption>{`Risk register: ${block.optionName}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Risk</th>
                  <th scope="col">Inherent</th>
                  <th scope="col">Residual</th>
                  <th scope="col">Mitigation</th>
                  <th scope="col" className="numeric">
                    Risk allowance
                  </th>
                </tr>
              </thead>
              <tbody>
                {block.rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <span className="strong">{r.title}</span>
                      <span className="small block">{`${r.category} · Owner: ${r.owner}`}</span>
                      {r.description && <span className="small block">{r.description}</span>}
                    </th>
                    <td>
                      <GradeBadge grade={r.inherent} />
                      <span className="small block">{r.inherent.text}</span>
                    </td>
                    <td>
                      <GradeBadge grade={r.residual} />
                      <span className="small block">{r.residual.text}</span>
                    </td>
                    <td className="small">{r.mitigation || '—'}</td>
                    <td className="numeric small">{r.allowance}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </>
  );
}

export function TimelineSection({ model }: { model: ReportModel }) {
  const t = model.timeline;
  return (
    <>
      <p>
        Lines mark the current contract’s deadlines; bars show, for each option, the latest window for its procurement (using the typical
        lead time for its route), implementation of a new system, the new contract and any hosting transfer.
      </p>
      <DatesTimeline today={t.today} markers={t.markers} rows={t.rows} />
    </>
  );
}

export function FeasibilitySection({ model }: { model: ReportModel }) {
  return (
    <>
      <p>Six checks for each option, using the dates and figures shown. Problems are listed first.</p>
      {model.feasibility.map((block) => (
        <div key={block.optionId} className="option-block">
          <H level={3}>{block.optionName}</H>
          <ul className="findings">
            {block.findings.map((f) => (
              <li key={f.check} className={f.fires ? 'finding finding-fires' : 'finding'}>
                <span className={`severity severity-${f.fires ? f.severity.toLowerCase() : 'ok'}`}>{f.fires ? f.severity : 'OK'}</span>
                {/* Most explanations already open with their title ("Service gap: …"); say it once. */}
                {!f.explanation.toLowerCase().startsWith(f.title.toLowerCase()) && <span className="strong">{`${f.title}. `}</span>}
                {f.explanation}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export function LegalSection({ model }: { model: ReportModel }) {
  return (
    <>
      <p>
        Options awarded without competition, or that change the existing contract, need a lawful basis and notices. The trust should confirm
        each ground with its procurement lawyers before relying on it.
      </p>
      {model.legal.map((l) => (
        <div key={l.optionId} className="option-block">
          <H level={3}>{l.optionName}</H>
          <dl className="fields">
            <div>
              <dt>Route</dt>
              <dd>{l.route}</dd>
            </div>
            <div>
              <dt>Regime</dt>
              <dd>{l.regime}</dd>
            </div>
            <div>
              <dt>Legal ground</dt>
              <dd>{l.ground ? `${l.ground.label} (${l.ground.citation})` : 'None recorded'}</dd>
            </div>
          </dl>
          {l.ground && (
            <>
              <p>{l.ground.description}</p>
              <p className="callout-label">The trust must be able to evidence:</p>
              <ul>
                {l.ground.conditions.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          )}
          {l.findings.map((f) => (
            <p key={f.title} className={f.fires ? 'flag-line' : undefined}>
              {f.explanation}
            </p>
          ))}
          {l.note && <p className="small">{l.note}</p>}
          {l.notices.length > 0 && (
            <table className="report-table">
              <caption>{`Notices and waiting periods: ${l.optionName}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Notice</th>
                  <th scope="col">When</th>
                  <th scope="col">Wait</th>
                  <th scope="col">Provision</th>
                </tr>
              </thead>
              <tbody>
                {l.notices.map((n) => (
                  <tr key={n.label}>
                    <th scope="row">{n.label}</th>
                    <td>{n.when}</td>
                    <td>{n.wait ?? '—'}</td>
                    <td>{n.citation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </>
  );
}
