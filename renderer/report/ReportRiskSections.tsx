import { DatesTimeline } from '../ui/charts/DatesTimeline';
import { RiskHeatMap } from '../ui/charts/RiskHeatMap';
import { DataTable, tableSpec } from '../ui/DataTable';
import { GradeBadge } from '../ui/GradeBadge';
import { H } from './Heading';
import { Fields } from './report-bits';
import type { LegalEntry, NoticeText, RiskRow } from '@shared/presentation/details';
import type { GradeView } from '@shared/presentation/grade';
import type { ReportModel } from '@shared/presentation/report-model';

/** Risk registers with heat maps (only for options with risks), the timeline, feasibility findings and legal grounds. */

const RISK_REGISTER = tableSpec<RiskRow>('report-table risks', 'id', (col) => [
  col('Risk', (r) => (
    <>
      <span className="strong">{r.title}</span>
      <span className="small block">{`${r.category} · Owner: ${r.owner}`}</span>
      {r.description && <span className="small block">{r.description}</span>}
    </>
  )),
  col('Inherent', (r) => <Grade grade={r.inherent} />),
  col('Residual', (r) => <Grade grade={r.residual} />),
  col('Mitigation', (r) => r.mitigation || '—', { className: 'small' }),
  col('Risk allowance', 'allowance', { numeric: true, className: 'small' }),
]);

const NOTICES = tableSpec<NoticeText>('report-table', 'label', (col) => [
  col('Notice', 'label'),
  col('When', 'when'),
  col('Wait', (n) => n.wait ?? '—'),
  col('Provision', 'citation'),
]);

/** A risk's rating: the badge, and the rating in words beneath it. */
function Grade({ grade }: { grade: GradeView }) {
  return (
    <>
      <GradeBadge grade={grade} />
      <span className="small block">{grade.text}</span>
    </>
  );
}

export function RiskRegisters({ model }: { model: ReportModel }) {
  return (
    <>
      <p>
        Risks are rated on the NHS 5×5 matrix (NPSA, 2008): likelihood × consequence, graded low (1–3), moderate (4–6), high (8–12) or
        extreme (15–25). Residual ratings assume the mitigation is in place.
      </p>
      {model.management.unassessed.length > 0 && (
        <p className="small">{`No risks are recorded for ${model.management.unassessed.join(', ')}: risk is not assessed for ${model.management.unassessed.length === 1 ? 'it' : 'them'}, so no register or heat map is shown.`}</p>
      )}
      {model.management.risks.map((block) => (
        <div key={block.optionId} className="option-block">
          <H level={4}>{block.optionName}</H>
          <div className="heat-row" data-chart-key={`heat:${block.optionId}`}>
            <RiskHeatMap counts={block.counts} title={`Residual risk: ${block.optionName}`} />
          </div>
          <DataTable table={RISK_REGISTER} caption={`Risk register: ${block.optionName}`} rows={block.rows} />
        </div>
      ))}
    </>
  );
}

export function TimelineBlock({ model }: { model: ReportModel }) {
  const t = model.management.timeline;
  return (
    <>
      <p>
        Lines mark the current contract’s deadlines; bars show, for each option, the latest window for its procurement (using the typical
        lead time for its route), implementation of a new system, the new contract and any hosting transfer.
      </p>
      <div data-chart-key="timeline">
        <DatesTimeline today={t.today} markers={t.markers} rows={t.rows} />
      </div>
    </>
  );
}

export function FeasibilityBlocks({ model }: { model: ReportModel }) {
  return (
    <>
      <p>Each option’s feasibility checks, using the dates and figures shown: problems in full, then the checks it clears.</p>
      {model.management.feasibility.map((block) => (
        <div key={block.optionId} className="option-block">
          <H level={4}>{block.optionName}</H>
          {block.findings.length === 0 && (
            <p>No feasibility checks apply: it is the benchmark the options are measured against, not something to procure.</p>
          )}
          <ul className="findings">
            {block.findings
              .filter((f) => f.fires)
              .map((f) => (
                <li key={f.check} className="finding finding-fires">
                  <span className={`severity severity-${f.severity.toLowerCase()}`}>{f.severity}</span>
                  {/* Most explanations already open with their title ("Service gap: …"); say it once. */}
                  {!f.explanation.toLowerCase().startsWith(f.title.toLowerCase()) && <span className="strong">{`${f.title}. `}</span>}
                  {f.explanation}
                </li>
              ))}
            {block.findings.some((f) => !f.fires) && (
              <li className="finding">
                <span className="severity severity-ok">Clear</span>
                {`${block.findings
                  .filter((f) => !f.fires)
                  .map((f) => f.title)
                  .join('; ')}.`}
              </li>
            )}
          </ul>
        </div>
      ))}
    </>
  );
}

/** An option's legal ground with its citation and conditions, and its notices and waiting periods. */
export function LegalBlock({ entry: l }: { entry: LegalEntry }) {
  return (
    <>
      <Fields
        items={[
          { label: 'Route', value: l.route },
          { label: 'Regime', value: l.regime },
          { label: 'Legal ground', value: l.ground ? `${l.ground.label} (${l.ground.citation})` : 'None recorded' },
        ]}
      />
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
      {l.notices.length > 0 && <DataTable table={NOTICES} caption={`Notices and standstill: ${l.optionName}`} rows={l.notices} />}
    </>
  );
}
