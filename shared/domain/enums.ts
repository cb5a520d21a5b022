/**
 * Closed vocabularies from docs/domain.md §2-6. Each is written once, as a table of code → label: the
 * table is the single source for its list of codes (so its zod enum), its TypeScript type and its human
 * label, so the register, importers and reports agree and no code can lack a label.
 */

/**
 * The codes of a label table, in the order they are written (the order a picker offers them). A
 * table's keys are words, never integers, so Object.keys keeps that order (ECMAScript OrdinaryOwnPropertyKeys).
 */
export function codesOf<C extends string>(labels: Record<C, string>): readonly [C, ...C[]] {
  return Object.keys(labels) as [C, ...C[]];
}

export const CATEGORY_LABELS = {
  EPR: 'Electronic patient record (EPR)',
  PAS: 'Patient administration (PAS)',
  PACS: 'PACS / radiology',
  LIMS: 'Laboratory (LIMS)',
  maternity: 'Maternity',
  ED: 'Emergency department',
  theatres: 'Theatres',
  hosting: 'Hosting',
  network: 'Network',
  infrastructure: 'Infrastructure',
  support: 'Support',
  other: 'Other',
};
export type Category = keyof typeof CATEGORY_LABELS;
export const CATEGORIES = codesOf(CATEGORY_LABELS);

export const CONTRACTING_MODEL_LABELS = {
  direct: 'Direct with vendor',
  'via-lsp': 'Via LSP / prime contractor',
  reseller: 'Via reseller',
  framework: 'Framework call-off',
};
export type ContractingModel = keyof typeof CONTRACTING_MODEL_LABELS;
export const CONTRACTING_MODELS = codesOf(CONTRACTING_MODEL_LABELS);

/**
 * Procurement routes. The first seven codes are stored in user data and never change. The Provider
 * Selection Regime's processes are routes of their own (not a second field beside the route), because
 * they replace the route rather than qualify it: a PSR award has no Schedule 5 ground, no tender
 * notice and its own notices, lead times and standstill (PSR regs. 6-12). Direct award processes A, B
 * and C share one route; which of them applies is a legal fact recorded on the option
 * (shared/domain/legal-facts.ts), as a Schedule 5 paragraph is for a PA 2023 direct award.
 */
export const PROCUREMENT_ROUTE_LABELS = {
  open: 'Open procedure',
  restricted: 'Restricted procedure',
  'competitive-flexible': 'Competitive flexible procedure',
  'framework-call-off': 'Framework call-off',
  'direct-award': 'Direct award',
  'negotiated-without-publication': 'Negotiated without prior publication',
  modification: 'Modification of existing contract',
  'psr-direct-award': 'Direct award (PSR)',
  'psr-most-suitable-provider': 'Most suitable provider process (PSR)',
  'psr-competitive': 'Competitive process (PSR)',
};
export type ProcurementRoute = keyof typeof PROCUREMENT_ROUTE_LABELS;
export const PROCUREMENT_ROUTES = codesOf(PROCUREMENT_ROUTE_LABELS);

export function isPsrRoute(route: ProcurementRoute): boolean {
  return route === 'psr-direct-award' || route === 'psr-most-suitable-provider' || route === 'psr-competitive';
}

/** PSR direct award processes (PSR regs. 7, 8 and 9); recorded on an option with route psr-direct-award. */
export const PSR_DIRECT_AWARD_PROCESS_LABELS = {
  A: 'Direct award process A (only one provider capable)',
  B: 'Direct award process B (patient choice: every qualifying provider)',
  C: 'Direct award process C (existing provider, no considerable change, performing well)',
};
export type PsrDirectAwardProcess = keyof typeof PSR_DIRECT_AWARD_PROCESS_LABELS;
export const PSR_DIRECT_AWARD_PROCESSES = codesOf(PSR_DIRECT_AWARD_PROCESS_LABELS);

export const REGIME_LABELS = {
  PCR2015: 'Public Contracts Regulations 2015',
  PA2023: 'Procurement Act 2023',
  PSR: 'Provider Selection Regime',
};
export type Regime = keyof typeof REGIME_LABELS;
export const REGIMES = codesOf(REGIME_LABELS);

/**
 * The events of the Act's transitional regulations (SI 2024/716 reg. 5(3), as amended by SI 2024/959
 * to 24 February 2025) that keep a contract, framework or procurement under PCR 2015 when they
 * happened before that date, plus the PA 2023 events that start a procurement under the Act.
 */
export const REGIME_EVENT_LABELS = {
  'contract-awarded': 'Contract awarded',
  'framework-concluded': 'Framework agreement concluded',
  'dps-established': 'Dynamic purchasing system set up',
  'negotiated-procedure-contact': 'Supplier contacted to start a negotiated procedure without prior publication (PCR reg. 32)',
  'contract-notice-submitted': 'Contract notice submitted for publication',
  'veat-notice-published': 'Voluntary transparency (VEAT) notice published',
  'contracts-finder-published': 'Opportunity published on Contracts Finder',
  'pcr-framework-call-off': 'Call-off from a framework concluded under PCR 2015',
  'pa-tender-notice': 'Tender notice published (Procurement Act 2023)',
  'pa-transparency-notice': 'Transparency notice published (Procurement Act 2023)',
  'psr-process-started': 'Provider Selection Regime process started',
};
export type RegimeEvent = keyof typeof REGIME_EVENT_LABELS;
export const REGIME_EVENTS = codesOf(REGIME_EVENT_LABELS);
/** The events of SI 2024/716 reg. 5(3)(a)-(e): before 24 Feb 2025 they keep a procurement under PCR 2015. */
export const PCR_SAVING_REGIME_EVENTS: readonly RegimeEvent[] = REGIME_EVENTS.slice(0, 7);

/**
 * Notice types a contract's notice log can hold: the Find a Tender codes of the Procurement Act 2023
 * (UK1-UK17, as Find a Tender's "Notice types and sequences" page lists them), the PCR 2015 notices
 * and the PSR's own notices. UK13-UK17 concern dynamic markets and other commercial tools the app does
 * not plan, so they are kept by code only.
 */
export const NOTICE_TYPE_LABELS = {
  UK1: 'UK1 pipeline notice',
  UK2: 'UK2 preliminary market engagement notice',
  UK3: 'UK3 planned procurement notice',
  UK4: 'UK4 tender notice',
  UK5: 'UK5 transparency notice',
  UK6: 'UK6 contract award notice',
  UK7: 'UK7 contract details notice',
  UK8: 'UK8 payments compliance notice',
  UK9: 'UK9 contract performance notice',
  UK10: 'UK10 contract change notice',
  UK11: 'UK11 contract termination notice',
  UK12: 'UK12 procurement termination notice',
  UK13: 'UK13 notice (dynamic markets and other tools)',
  UK14: 'UK14 notice (dynamic markets and other tools)',
  UK15: 'UK15 notice (dynamic markets and other tools)',
  UK16: 'UK16 notice (dynamic markets and other tools)',
  UK17: 'UK17 notice (dynamic markets and other tools)',
  'PCR-contract-notice': 'Contract notice (PCR 2015)',
  'PCR-award-notice': 'Contract award notice (PCR 2015)',
  'PCR-veat-notice': 'Voluntary transparency notice (PCR 2015)',
  'PCR-modification-notice': 'Modification notice (PCR 2015 reg. 72(3))',
  'PSR-intention-notice': 'Notice of intention to award (PSR)',
  'PSR-award-notice': 'Contract award notice (PSR)',
  'PSR-modification-notice': 'Modification notice (PSR reg. 13)',
  other: 'Other notice',
};
export type NoticeType = keyof typeof NOTICE_TYPE_LABELS;
export const NOTICE_TYPES = codesOf(NOTICE_TYPE_LABELS);

export const HOSTING_MODEL_LABELS = {
  'on-premise': 'On premise',
  'lsp-data-centre': 'LSP data centre',
  'vendor-hosted': 'Vendor hosted',
  'third-party': 'Third-party hosting',
  'public-cloud': 'Public cloud',
};
export type HostingModel = keyof typeof HOSTING_MODEL_LABELS;
export const HOSTING_MODELS = codesOf(HOSTING_MODEL_LABELS);

export const CONTRACT_STATUS_LABELS = { active: 'Active', expiring: 'Expiring', expired: 'Expired', 'in-procurement': 'In procurement' };
export type ContractStatus = keyof typeof CONTRACT_STATUS_LABELS;
export const CONTRACT_STATUSES = codesOf(CONTRACT_STATUS_LABELS);

/** docs/domain.md §3: business as usual is the benchmark every short list holds. */
export const OPTION_KIND_LABELS = {
  'business-as-usual': 'Business as usual',
  'extend-via-lsp': 'Extend via LSP / prime contractor',
  'direct-with-vendor': 'Contract directly with vendor',
  're-procure': 'Re-procure competitively',
  'framework-call-off': 'Framework call-off',
  'do-minimum': 'Do minimum (bridge extension)',
};
export type OptionKind = keyof typeof OPTION_KIND_LABELS;
export const OPTION_KINDS = codesOf(OPTION_KIND_LABELS);

export const COST_CATEGORY_LABELS = {
  licence: 'Licence',
  support: 'Support and maintenance',
  hosting: 'Hosting',
  implementation: 'Implementation',
  migration: 'Data migration',
  'hosting-transfer': 'Hosting transfer',
  'dual-running': 'Dual running',
  'procurement-legal': 'Procurement and legal',
  staff: 'Trust staff',
  exit: 'Exit',
  contingency: 'Contingency',
  'residual-value': 'Residual value',
  other: 'Other',
};
export type CostCategory = keyof typeof COST_CATEGORY_LABELS;
export const COST_CATEGORIES = codesOf(COST_CATEGORY_LABELS);

/** How a line's amounts are priced (docs/domain.md §4, entry). */
export const ENTRY_BASIS_LABELS = {
  cash: 'Cash (money of the day, including contractual indexation)',
  constant: "Constant prices (the appraisal's price-base year)",
};
export type EntryBasis = keyof typeof ENTRY_BASIS_LABELS;
export const ENTRY_BASES = codesOf(ENTRY_BASIS_LABELS);

/** Which uplift a cost line takes: by category unless the user assigns one. */
export const LINE_UPLIFTS = ['development', 'service-charge', 'none'] as const;
export type LineUplift = (typeof LINE_UPLIFTS)[number];

/** Which uplift a quantified risk overlaps (for the "possible double count" warning). */
export const RISK_OVERLAPS = ['development', 'service-charge', 'duration', 'none'] as const;

/**
 * How a line moves when go-live moves (duration optimism bias, simulated delay): a bridge runs
 * until go-live and is extended; dual running and benefits start at go-live and move with it.
 */
export const GO_LIVE_LINK_LABELS = {
  none: 'Fixed dates',
  'until-go-live': 'Runs until go-live (extended when go-live moves)',
  'from-go-live': 'Starts at go-live (moves with it)',
};
export type GoLiveLink = keyof typeof GO_LIVE_LINK_LABELS;
export const GO_LIVE_LINKS = codesOf(GO_LIVE_LINK_LABELS);

/** Capital or revenue (financial case, docs/domain.md §4 affordability). */
export const SPEND_TYPE_LABELS = { capital: 'Capital (CDEL)', revenue: 'Revenue' };
export type SpendType = keyof typeof SPEND_TYPE_LABELS;
export const SPEND_TYPES = codesOf(SPEND_TYPE_LABELS);

export const FUNDING_SOURCE_LABELS = {
  'trust-capital': 'Trust capital',
  pdc: 'Public dividend capital (PDC)',
  'revenue-budget': 'Revenue budget',
  'national-programme': 'National programme',
};
export type FundingSource = keyof typeof FUNDING_SOURCE_LABELS;
export const FUNDING_SOURCES = codesOf(FUNDING_SOURCE_LABELS);

/** The CIA model's four benefit types (DHSC Comprehensive Investment Appraisal guidance). */
export const BENEFIT_TYPE_LABELS = { CRB: 'Cash-releasing', NCRB: 'Non-cash-releasing', SB: 'Societal', UB: 'Unmonetisable' };
export type BenefitType = keyof typeof BENEFIT_TYPE_LABELS;
export const BENEFIT_TYPES = codesOf(BENEFIT_TYPE_LABELS);

/** Approval tiers, lowest first (docs/domain.md §4, approval route). */
export const APPROVAL_TIER_LABELS = {
  'trust-board': 'Trust board',
  'nhs-england': 'NHS England / DHSC (Joint Investment Committee)',
  'hm-treasury': 'HM Treasury',
};
export type ApprovalTier = keyof typeof APPROVAL_TIER_LABELS;
export const APPROVAL_TIERS = codesOf(APPROVAL_TIER_LABELS);
export const APPROVAL_BASIS_LABELS = { capital: 'Capital', revenue: 'Revenue', 'whole-life': 'Whole-life (capital + revenue)' };
export type ApprovalBasis = keyof typeof APPROVAL_BASIS_LABELS;
export const APPROVAL_BASES = codesOf(APPROVAL_BASIS_LABELS);

export const RISK_CATEGORY_LABELS = {
  operational: 'Operational',
  'clinical-safety': 'Clinical safety',
  'legal-procurement': 'Legal / procurement',
  financial: 'Financial',
  'data-migration': 'Data migration',
  'information-governance': 'Information governance',
  supplier: 'Supplier',
  'hosting-technical': 'Hosting / technical',
};
export type RiskCategory = keyof typeof RISK_CATEGORY_LABELS;
export const RISK_CATEGORIES = codesOf(RISK_CATEGORY_LABELS);

export const RECOMMENDATION_STATUSES = ['draft', 'for-review', 'approved'] as const;

/** The ratings a contract performance notice gives each KPI (SI 2024/692 reg. 39(5)); described in ./kpi-rating.ts. */
export const KPI_RATING_LABELS = {
  good: 'Good',
  'approaching-target': 'Approaching target',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  other: 'Other',
};
export type KpiRatingValue = keyof typeof KPI_RATING_LABELS;
export const KPI_RATINGS = codesOf(KPI_RATING_LABELS);
