import { type IsoDate } from '../dates';
import { formatDate } from '../format';
import {
  OPTION_KIND_LABELS,
  PROCUREMENT_ROUTE_LABELS,
  REGIME_LABELS,
  type Appraisal,
  type Benefit,
  type Contract,
  type CostLine,
  type Criterion,
  type Option,
  type Risk,
  type Settings,
} from '../domain';
import { appraiseAll, type AppraisalResult, type OptionResult } from '../engine/appraise';
import { formatMoney } from '../format';
import type { OptionCosts } from '../engine/economics';
import { heatMap } from '../engine/risk-matrix';
import { runSensitivity, type SensitivitySeries } from '../engine/sensitivity';
import { formatSensitivityValue, switchingSentence } from './sensitivity';
import { assumptionsModel, type AssumptionsModel } from './assumptions';
import {
  contractSummary,
  hostingText,
  legalEntry,
  needsLegalSection,
  riskRows,
  termText,
  type ContractSummary,
  type LegalEntry,
  type RiskRow,
} from './details';
import { ALL_SECTION_IDS, REPORT_STATUS_LABELS, sectionTitle, type ReportSectionId, type ReportStatus } from './sections';
import { formatScore } from '../format';
import { SEVERITY_ORDER, severityLabel } from './severity';
import { buildComparison, type ComparisonModel } from './comparison';
import { timelineModel } from './timeline';
import { buildSummary, type SummaryModel } from './summary';

/**
 * Everything the decision report shows, as plain data built by one pure function. Every figure
 * comes from appraiseAll and runSensitivity, formatted once here, so the report, its preview and
 * its tests agree with the Compare screen to the pound.
 */

export interface ReportInput {
  appraisal: Appraisal;
  criteria: readonly Criterion[];
  options: readonly Option[];
  costLines: readonly CostLine[];
  risks: readonly Risk[];
  /** Benefit lines; none when left out. */
  benefits?: readonly Benefit[];
  contracts: readonly Contract[];
  settings: Settings;
  today: IsoDate;
  /** Sections asked for; default all. `legal` is dropped when no option needs it. */
  sections?: readonly ReportSectionId[];
  /** Defaults to the organisation's author in Settings, then the appraisal's. */
  author?: string;
  /** The engine's result when the caller already has it (the workspace does): the engine then runs once. */
  result?: AppraisalResult;
  status?: ReportStatus;
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

export interface ScoringModel {
  criteria: { id: string; name: string; weight: string }[];
  options: { id: string; name: string }[];
  /** scores[criterionId][optionId] as text; "—" when not scored. */
  scores: Record<string, Record<string, string>>;
  totals: Record<string, string>;
  npcPerPoint: Record<string, string>;
  weightTotal: string;
  weightProblem: string | null;
}

export interface SensitivityModel {
  series: SensitivitySeries[];
  /** Keys of the series drawn as charts (all are in the table). */
  charted: string[];
  optionNames: Record<string, string>;
  rows: { key: string; label: string; base: string; range: string; switching: string; sentence: string }[];
}

export interface ReportModel {
  documentTitle: string;
  status: ReportStatus;
  statusLabel: string;
  sections: { id: ReportSectionId; number: number; title: string }[];
  cover: { trustName: string; title: string; date: string; author: string; statusLabel: string; contracts: string[]; sample: boolean };
  summary: SummaryModel;
  contracts: ContractSummary[];
  options: OptionRow[];
  /** The same comparison the Compare screen shows. */
  comparison: ComparisonModel;
  costs: { perOption: { id: string; name: string; costs: OptionCosts }[] };
  scoring: ScoringModel;
  risks: { optionId: string; optionName: string; counts: number[][]; rows: RiskRow[] }[];
  timeline: ReturnType<typeof timelineModel>;
  feasibility: FeasibilityBlock[];
  legal: LegalEntry[];
  sensitivity: SensitivityModel;
  assumptions: AssumptionsModel;
  signOff: { roles: string[] };
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

function scoringModel(criteria: readonly Criterion[], result: AppraisalResult): ScoringModel {
  const scores: ScoringModel['scores'] = {};
  for (const c of criteria) {
    scores[c.id] = {};
    for (const r of result.options) {
      const s = r.option.scores[c.id];
      scores[c.id][r.option.id] = s === undefined ? '—' : String(s);
    }
  }
  return {
    criteria: [...criteria].sort((a, b) => a.order - b.order).map((c) => ({ id: c.id, name: c.name, weight: String(c.weight) })),
    options: result.options.map((r) => ({ id: r.option.id, name: r.option.name })),
    scores,
    totals: Object.fromEntries(result.options.map((r) => [r.option.id, formatScore(r.weightedScore)])),
    npcPerPoint: Object.fromEntries(result.options.map((r) => [r.option.id, r.npcPerPoint === null ? '—' : formatMoney(r.npcPerPoint)])),
    weightTotal: String(Math.round(result.weights.total * 100) / 100),
    weightProblem: result.weights.ok ? null : result.weights.message,
  };
}

function sensitivityModel(series: SensitivitySeries[], optionNames: Record<string, string>): SensitivityModel {
  // Charts for the two appraisal-wide variables, plus any largest line that changes the ranking.
  const charted = series.filter((s) => s.variable !== 'largest-line' || s.switchingValue !== null).map((s) => s.key);
  return {
    series,
    charted,
    optionNames,
    rows: series.map((s) => {
      const lo = s.points[0]?.value ?? s.baseValue;
      const hi = s.points[s.points.length - 1]?.value ?? s.baseValue;
      return {
        key: s.key,
        label: s.label,
        base: formatSensitivityValue(s.unit, s.baseValue),
        range: `${formatSensitivityValue(s.unit, lo)} to ${formatSensitivityValue(s.unit, hi)}`,
        switching:
          s.switchingValue === null
            ? 'None in range'
            : `${formatSensitivityValue(s.unit, s.switchingValue)} (${optionNames[s.switchesToId ?? ''] ?? 'another option'} becomes cheapest)`,
        sentence: switchingSentence(s, optionNames),
      };
    }),
  };
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
  const author = input.author?.trim() || settings.organisation.author || appraisal.author;

  const legalOptions = result.options.filter((r) => needsLegalSection(r.option));
  const requested = new Set(input.sections ?? ALL_SECTION_IDS);
  const sectionIds = ALL_SECTION_IDS.filter((id) => requested.has(id) && (id !== 'legal' || legalOptions.length > 0));

  return {
    documentTitle: `${appraisal.title} — decision report`,
    status,
    statusLabel: REPORT_STATUS_LABELS[status],
    sections: sectionIds.map((id, i) => ({ id, number: i + 1, title: sectionTitle(id) })),
    cover: {
      trustName: settings.organisation.trustName,
      title: appraisal.title,
      date: formatDate(today),
      author,
      statusLabel: REPORT_STATUS_LABELS[status],
      contracts: contracts.map((c) => `${c.reference}: ${c.title} (${c.supplier})`),
      sample: contracts.some((c) => c.sample === true),
    },
    summary: buildSummary(result, appraisal, optionNames),
    contracts: contracts.map((c) => contractSummary(c, today)),
    options: result.options.map((r) => optionRow(r, recommendedId)),
    comparison: buildComparison(result, recommendedId),
    costs: { perOption: result.options.map((r) => ({ id: r.option.id, name: r.option.name, costs: r.costs })) },
    scoring: scoringModel(input.criteria, result),
    risks: result.options.map((r) => ({
      optionId: r.option.id,
      optionName: r.option.name,
      counts: heatMap(input.risks, 'residual', r.option.id),
      rows: riskRows(input.risks.filter((k) => k.optionId === r.option.id)),
    })),
    timeline: timelineModel({ options, contracts, settings, today }),
    feasibility: result.options.map((r) => ({
      optionId: r.option.id,
      optionName: r.option.name,
      findings: [...r.feasibility]
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
        .map((f) => ({ check: f.check, title: f.title, severity: severityLabel(f.severity), fires: f.fires, explanation: f.explanation })),
    })),
    legal: legalOptions.map(legalEntry),
    sensitivity: sensitivityModel(
      runSensitivity({ appraisal, options, costLines: input.costLines, risks: input.risks, benefits: input.benefits }),
      optionNames,
    ),
    assumptions: assumptionsModel({ appraisal, settings, costLines: input.costLines, results: result.options }),
    signOff: { roles: SIGN_OFF_ROLES },
    result,
  };
}
