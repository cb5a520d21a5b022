import { Fragment, type ReactNode } from 'react';
import { assertNever } from '@shared/result';
import { DraftWatermark } from './DraftWatermark';
import { H, HeadingOffset, ReportSection } from './Heading';
import { AssumptionsSection, SignOffSection } from './ReportClosingSections';
import { CostsSection, ScoringSection, SensitivitySection } from './ReportFigureSections';
import { ContractsSection, OptionsSection, SummarySection } from './ReportOverviewSections';
import { FeasibilitySection, LegalSection, RisksSection, TimelineSection } from './ReportRiskSections';
import type { ReportModel } from '@shared/presentation/report-model';
import type { ReportSectionId } from '@shared/presentation/sections';
import './report.css';

function sectionBody(id: ReportSectionId, model: ReportModel): ReactNode {
  switch (id) {
    case 'summary':
      return <SummarySection model={model} />;
    case 'contracts':
      return <ContractsSection model={model} />;
    case 'options':
      return <OptionsSection model={model} />;
    case 'costs':
      return <CostsSection model={model} />;
    case 'scoring':
      return <ScoringSection model={model} />;
    case 'risks':
      return <RisksSection model={model} />;
    case 'timeline':
      return <TimelineSection model={model} />;
    case 'feasibility':
      return <FeasibilitySection model={model} />;
    case 'legal':
      return <LegalSection model={model} />;
    case 'sensitivity':
      return <SensitivitySection model={model} />;
    case 'assumptions':
      return <AssumptionsSection model={model} />;
    case 'signoff':
      return <SignOffSection model={model} />;
    default:
      return assertNever(id, 'report section');
  }
}

function Cover({ model }: { model: ReportModel }) {
  const c = model.cover;
  return (
    <header className="report-cover">
      {c.trustName && <p className="cover-trust">{c.trustName}</p>}
      <H level={1} className="cover-title">
        {c.title}
      </H>
      <p className="cover-subtitle">Options appraisal and recommendation: decision report</p>
      <dl className="cover-meta">
        <div>
          <dt>Date</dt>
          <dd>{c.date}</dd>
        </div>
        <div>
          <dt>Author</dt>
          <dd>{c.author || 'Not stated'}</dd>
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
        <p className="cover-note">This report uses the illustrative sample portfolio: the trust, contracts and figures are not real.</p>
      )}
      {model.sections.length > 0 && (
        <nav className="cover-contents" aria-label="Contents">
          <p className="callout-label">Contents</p>
          <ol>
            {model.sections.map((s) => (
              <li key={s.id}>{s.title}</li>
            ))}
          </ol>
        </nav>
      )}
    </header>
  );
}

/**
 * The decision report as an A4 document: cover, then the chosen sections in order. No app chrome,
 * every string from data rendered as text. `headingOffset` lowers heading levels when the report is
 * embedded under another page's h1 (the workspace preview).
 */
export function ReportView({ model, headingOffset = 0 }: { model: ReportModel; headingOffset?: number }) {
  return (
    <HeadingOffset.Provider value={headingOffset}>
      <article className={`report report-${model.status}`} lang="en-GB" aria-label={model.documentTitle}>
        {model.status === 'draft' && <DraftWatermark />}
        <Cover model={model} />
        {model.sections.map((s) => (
          <Fragment key={s.id}>
            <ReportSection id={s.id} number={s.number} title={s.title}>
              {sectionBody(s.id, model)}
            </ReportSection>
          </Fragment>
        ))}
      </article>
    </HeadingOffset.Provider>
  );
}
