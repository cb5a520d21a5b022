import {
  boardPaperOf,
  OPTION_KIND_LABELS,
  PROCUREMENT_ROUTE_LABELS,
  REGIME_LABELS,
  type Appraisal,
  type Contract,
  type Settings,
} from '../domain';
import { appraiseAll, type AppraisalResult, type AppraiseAllInput, type OptionResult } from '../engine/appraise';
import { heatMap } from '../engine/risk-matrix';
import { runSensitivity } from '../engine/sensitivity';
import type { SimulationResult } from '../engine/simulation';
import { buildAppendix, type AppendixModel } from './appendix';
import { assumptionsModel, type AssumptionsModel } from './assumptions';
import { buildCommercialCase, type CommercialCaseModel } from './commercial-case';
import { buildComparison, type ComparisonModel } from './comparison';
import { buildCover, type CoverModel } from './cover';
import { contractSummary, hostingText, riskRows, termText, type ContractSummary, type RiskRow } from './details';
import { buildEconomicCase, type EconomicCaseModel } from './economic-case';
import { buildFinancialCase, focusOptionIds, type FinancialCaseModel } from './financial-case';
import { ALL_SECTION_IDS, REPORT_STATUS_LABELS, sectionTitle, type ReportForm, type ReportSectionId, type ReportStatus } from './sections';
import { SEVERITY_ORDER, severityLabel } from './severity';
import { buildSummary, type SummaryModel } from './summary';
import { timelineModel } from './timeline';

/**
 * Everything the decision report shows, as plain data built by one pure function. Every figure
 * comes from appraiseAll and runSensitivity, formatted once here, so the report, its preview and
 * its tests agree with the Compare screen to the pound. It reads what the engine reads (the
 * appraisal's records, the contracts and today), with the whole appraisal and the settings it prints.
 */
export interface ReportInput extends Omit<AppraiseAllInput, 'appraisal' | 'settings' | 'linkedContracts'> {
  appraisal: Appraisal;
  settings: Settings;
  /** Sections asked for; default all. `legal` is dropped when no option needs it. */
  sections?: readonly ReportSectionId[];
  /** Defaults to the organisation's author in Settings, then the appraisal's. */
  author?: string;
  /** The engine's result when the caller already has it (the workspace does): the engine then runs once. */
  result?: AppraisalResult;
  status?: ReportStatus;
  /** Full business case or the short form (business justification); default full. */
  form?: ReportForm;
  /** A finished risk analysis, printed in the economic case when given. */
  simulation?: SimulationResult;
}

export interface OptionRow {
  id: string;
  name: string;
  kind: string;
  term: string;
  route: string;
  hosting: string;
  recommended: boolean;
}

export interface FeasibilityBlock {
  optionId: string;
  optionName: string;
  findings: { check: string; title: string; severity: string; fires: boolean; explanation: string }[];
}

export interface ReportModel {
  form: ReportForm;
  strategic: { contracts: ContractSummary[]; caseForChange: string[]; objectives: string[]; criteria: string[] };
  economic: EconomicCaseModel | null;
  commercial: CommercialCaseModel | null;
  financial: FinancialCaseModel | null;
  management: {
    timeline: ReturnType<typeof timelineModel>;
    /** Only options with risks recorded: no empty heat maps. */
    risks: { optionId: string; optionName: string; counts: number[][]; rows: RiskRow[] }[];
    /** Options with no risks recorded ("risk not assessed"). */
    unassessed: string[];
    feasibility: FeasibilityBlock[];
    assumptions: AssumptionsModel;
    signOff: { roles: string[] };
  };
  appendix: AppendixModel | null;
  documentTitle: string;
  status: ReportStatus;
  statusLabel: string;
  sections: { id: ReportSectionId; number: number; title: string }[];
  cover: CoverModel;
  summary: SummaryModel;
  options: OptionRow[];
  /** The same comparison the Compare screen shows. */
  comparison: ComparisonModel;
  /** The engine's own result, for the preview's consumers and for tests. */
  result: AppraisalResult;
}

export const SIGN_OFF_ROLES = [
  'Prepared by',
  'Reviewed by (Chief Digital and Information Officer)',
  'Recommended by (Director of Finance)',
  'Approved by (Trust Board or delegated committee)',
];

function optionRow(r: OptionResult, recommendedId: string | undefined): OptionRow {
  const o = r.option;
  return {
    id: o.id,
    name: o.name,
    kind: OPTION_KIND_LABELS[o.kind],
    term: termText(o),
    route: `${PROCUREMENT_ROUTE_LABELS[o.route]} (${REGIME_LABELS[o.regime]})`,
    hosting: hostingText(o),
    recommended: o.id === recommendedId,
  };
}

/**
 * The recommended option's whole-life cost over its own term, in cash including irrecoverable VAT,
 * below which the short form (a business justification) is suggested, provided the trust board can
 * approve it: a product rule, stated in docs/architecture.md. A small, low-risk contract within the
 * board's delegated limit does not need the full Five Case Model (HM Treasury's business
 * justification case serves such schemes); the user can always choose either form.
 */
export const SHORT_FORM_LIMIT = 1_000_000;

export function suggestedForm(result: AppraisalResult, recommendedId: string | undefined): ReportForm {
  const r = result.options.find((o) => o.option.id === recommendedId);
  if (!r) return 'full';
  return r.approval.tier === 'trust-board' && r.approval.wholeLife < SHORT_FORM_LIMIT ? 'short' : 'full';
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { appraisal, settings, today } = input;
  const byRef = new Map(input.contracts.map((c) => [c.reference, c]));
  const contracts = appraisal.contractRefs.map((ref) => byRef.get(ref)).filter((c): c is Contract => c !== undefined);
  const options = [...input.options].sort((a, b) => a.order - b.order);
  const result =
    input.result ??
    appraiseAll({
      appraisal,
      options,
      costLines: input.costLines,
      risks: input.risks,
      benefits: input.benefits,
      criteria: input.criteria,
      contracts,
      settings,
      today,
    });
  const optionNames = Object.fromEntries(options.map((o) => [o.id, o.name]));
  const recommendedId = appraisal.recommendation.optionId;
  const status = input.status ?? 'draft';
  const form = input.form ?? 'full';
  const short = form === 'short';
  const author = input.author?.trim() || settings.organisation.author || appraisal.author;
  const riskCount = (id: string) => input.risks.reduce((n, r) => n + (r.optionId === id ? 1 : 0), 0);

  const financial = buildFinancialCase(result, recommendedId, settings.vatRate);
  const hasContent: Record<ReportSectionId, boolean> = {
    summary: true,
    strategic: true,
    economic: true,
    commercial: result.options.length > 0,
    financial: financial !== null,
    management: true,
    appendix: !short && result.options.length > 0,
  };
  const requested = new Set(input.sections ?? ALL_SECTION_IDS);
  const sectionIds = ALL_SECTION_IDS.filter((id) => requested.has(id) && hasContent[id]);
  const want = (id: ReportSectionId) => sectionIds.includes(id);
  const paper = boardPaperOf(appraisal);

  const economic = want('economic')
    ? buildEconomicCase({
        appraisal,
        options,
        criteria: input.criteria,
        result,
        sensitivity: runSensitivity({ appraisal, options, costLines: input.costLines, risks: input.risks, benefits: input.benefits }),
        simulation: input.simulation,
        optionNames,
      })
    : null;
  const riskBlocks = result.options
    .filter((r) => riskCount(r.option.id) > 0 && (!short || r.option.id === recommendedId))
    .map((r) => ({
      optionId: r.option.id,
      optionName: r.option.name,
      counts: heatMap(input.risks, 'residual', r.option.id),
      rows: riskRows(input.risks.filter((k) => k.optionId === r.option.id)),
    }));

  return {
    documentTitle: `${appraisal.title} — board paper`,
    status,
    statusLabel: REPORT_STATUS_LABELS[status],
    form,
    sections: sectionIds.map((id, i) => ({ id, number: i + 1, title: sectionTitle(id) })),
    cover: buildCover({ appraisal, contracts, settings, result, today, author, status }),
    summary: buildSummary({ result, appraisal, optionNames, contracts, riskCount, settings, today }),
    strategic: {
      contracts: contracts.map((c) => contractSummary(c, today, settings.contractDefaults)),
      caseForChange: paragraphs(paper.caseForChange),
      objectives: paragraphs(paper.spendingObjectives),
      criteria: [...input.criteria].sort((a, b) => a.order - b.order).map((c) => `${c.name} (weight ${c.weight})`),
    },
    options: result.options.map((r) => optionRow(r, recommendedId)),
    comparison: economic?.comparison ?? buildComparison(result, recommendedId),
    economic,
    commercial: want('commercial') ? buildCommercialCase({ result, recommendedId, contracts, settings, today }) : null,
    financial,
    management: {
      timeline: timelineModel({ options, contracts, settings, today }),
      risks: riskBlocks,
      unassessed: result.options.filter((r) => riskCount(r.option.id) === 0).map((r) => r.option.name),
      feasibility: result.options.map((r) => ({
        optionId: r.option.id,
        optionName: r.option.name,
        findings: [...r.feasibility]
          .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
          .map((f) => ({
            check: f.check,
            title: f.title,
            severity: severityLabel(f.severity),
            fires: f.fires,
            explanation: f.explanation,
          })),
      })),
      assumptions: assumptionsModel({ appraisal, settings, costLines: input.costLines, results: result.options }),
      signOff: { roles: SIGN_OFF_ROLES },
    },
    appendix: want('appendix') ? buildAppendix(result, focusOptionIds(result, recommendedId)) : null,
    result,
  };
}

/** Free text as paragraphs (one per non-empty line). */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
