import type { ComponentType } from 'react';
import type { ReportModel } from '@shared/presentation/report-model';
import type { ReportSectionId } from '@shared/presentation/sections';
import { AppendixSection, CommercialSection, FinancialSection, ManagementSection } from './CaseSections';
import { DraftWatermark } from './DraftWatermark';
import { EconomicSection } from './EconomicSection';
import { HeadingOffset, ReportSection } from './Heading';
import { ReportCover } from './ReportCover';
import { StrategicSection, SummarySection } from './SummarySection';
import './report.css';

/** Each section's body, by id: a section added to REPORT_SECTIONS without one fails the type check. */
const SECTION_BODIES: Record<ReportSectionId, ComponentType<{ model: ReportModel }>> = {
  summary: SummarySection,
  strategic: StrategicSection,
  economic: EconomicSection,
  commercial: CommercialSection,
  financial: FinancialSection,
  management: ManagementSection,
  appendix: AppendixSection,
};

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
        {model.sections.map((s) => {
          const Body = SECTION_BODIES[s.id];
          return (
            <ReportSection key={s.id} id={s.id} number={s.number} title={s.title}>
              <Body model={model} />
            </ReportSection>
          );
        })}
      </article>
    </HeadingOffset.Provider>
  );
}
