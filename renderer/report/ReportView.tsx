import type { ReactNode } from 'react';
import { assertNever } from '@shared/result';
import type { ReportModel } from '@shared/presentation/report-model';
import type { ReportSectionId } from '@shared/presentation/sections';
import { AppendixSection, CommercialSection, FinancialSection, ManagementSection } from './CaseSections';
import { DraftWatermark } from './DraftWatermark';
import { EconomicSection } from './EconomicSection';
import { HeadingOffset, ReportSection } from './Heading';
import { ReportCover } from './ReportCover';
import { StrategicSection, SummarySection } from './SummarySection';
import './report.css';

function sectionBody(id: ReportSectionId, model: ReportModel): ReactNode {
  switch (id) {
    case 'summary':
      return <SummarySection model={model} />;
    case 'strategic':
      return <StrategicSection model={model} />;
    case 'economic':
      return <EconomicSection model={model} />;
    case 'commercial':
      return <CommercialSection model={model} />;
    case 'financial':
      return <FinancialSection model={model} />;
    case 'management':
      return <ManagementSection model={model} />;
    case 'appendix':
      return <AppendixSection model={model} />;
    default:
      return assertNever(id, 'report section');
  }
}

/**
 * The board paper as an A4 document: the cover sheet, then the chosen cases in order. No app
 * chrome, every string from data rendered as text. `headingOffset` lowers heading levels when the
 * paper is embedded under another page's h1 (the workspace preview).
 */
export function ReportView({ model, headingOffset = 0 }: { model: ReportModel; headingOffset?: number }) {
  return (
    <HeadingOffset.Provider value={headingOffset}>
      <article className={`report report-${model.status}`} lang="en-GB" aria-label={model.documentTitle}>
        {model.status === 'draft' && <DraftWatermark />}
        <ReportCover model={model} />
        {model.sections.map((s) => (
          <ReportSection key={s.id} id={s.id} number={s.number} title={s.title}>
            {sectionBody(s.id, model)}
          </ReportSection>
        ))}
      </article>
    </HeadingOffset.Provider>
  );
}
