import { useTabKeys } from '../../ui/SectionTabs';
import { goToHash, href } from '../../ui/router';
import { AppraisalHeader } from './AppraisalHeader';
import { BenefitsTab } from './benefits/BenefitsTab';
import { FinanceTab } from './finance/FinanceTab';
import { RiskAnalysisTab } from './risk-analysis/RiskAnalysisTab';
import { CompareTab } from './compare/CompareTab';
import { CostsTab } from './CostsTab';
import { OptionsTab } from './OptionsTab';
import { ReportTab } from './ReportTab';
import { RisksTab } from './RisksTab';
import { ScoringTab } from './ScoringTab';
import { useAppraisal } from './use-appraisal';

const TABS = [
  ['options', 'Options'],
  ['costs', 'Costs'],
  ['benefits', 'Benefits'],
  ['risks', 'Risks'],
  ['risk-analysis', 'Risk analysis'],
  ['scoring', 'Scoring'],
  ['compare', 'Compare'],
  ['finance', 'Finance'],
  ['report', 'Report'],
] as const;
type TabId = (typeof TABS)[number][0];

/** One appraisal: header with its settings, then the tabs of docs/ux.md. Every edit saves as it is made. */
export function AppraisalWorkspace({ appraisalId, tab }: { appraisalId: string; tab: string | undefined }) {
  const data = useAppraisal(appraisalId);
  // Tabs follow the ARIA pattern: arrow keys move between tabs, Tab moves into the panel.
  const { refs: tabRefs, onKeyDown } = useTabKeys<HTMLAnchorElement>(TABS.length, (next) =>
    goToHash(href('appraisals', appraisalId, TABS[next][0])),
  );
  const current: TabId = TABS.find(([id]) => id === tab)?.[0] ?? 'options';

  if (data === undefined) return <p role="status">Loading the appraisal…</p>;
  if (data === null)
    return (
      <p role="alert">
        That appraisal no longer exists. <a href={href('appraisals')}>Back to appraisals</a>
      </p>
    );

  return (
    <section className="workspace" aria-labelledby="appraisal-title">
      <AppraisalHeader data={data} />
      <div role="tablist" aria-label="Appraisal sections" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map(([id, label], i) => (
          <a
            key={id}
            role="tab"
            id={`tab-${id}`}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            href={href('appraisals', appraisalId, id)}
            aria-selected={id === current}
            aria-controls={`panel-${id}`}
            tabIndex={id === current ? 0 : -1}
          >
            {label}
          </a>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="tab-panel">
        {current === 'options' && <OptionsTab data={data} />}
        {current === 'costs' && <CostsTab data={data} />}
        {current === 'benefits' && <BenefitsTab data={data} />}
        {current === 'risks' && <RisksTab data={data} />}
        {current === 'risk-analysis' && <RiskAnalysisTab data={data} />}
        {current === 'scoring' && <ScoringTab data={data} />}
        {current === 'compare' && <CompareTab data={data} />}
        {current === 'finance' && <FinanceTab data={data} />}
        {current === 'report' && <ReportTab data={data} />}
      </div>
    </section>
  );
}
