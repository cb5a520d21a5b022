/**
 * Closed vocabularies from docs/domain.md §2-6. Each list is the single source for its zod enum,
 * its TypeScript type and its human label, so the register, importers and reports agree.
 */
export const CATEGORIES = [
  'EPR',
  'PAS',
  'PACS',
  'LIMS',
  'maternity',
  'ED',
  'theatres',
  'hosting',
  'network',
  'infrastructure',
  'support',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
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

export const CONTRACTING_MODELS = ['direct', 'via-lsp', 'reseller', 'framework'] as const;
export type ContractingModel = (typeof CONTRACTING_MODELS)[number];
export const CONTRACTING_MODEL_LABELS: Record<ContractingModel, string> = {
  direct: 'Direct with vendor',
  'via-lsp': 'Via LSP / prime contractor',
  reseller: 'Via reseller',
  framework: 'Framework call-off',
};

/**
 * Procurement routes. The first seven codes are stored in user data and never change. The Provider
 * Selection Regime's processes are routes of their own (not a second field beside the route), because
 * they replace the route rather than qualify it: a PSR award has no Schedule 5 ground, no tender
 * notice and its own notices, lead times and standstill (PSR regs. 6-12). Direct award processes A, B
 * and C share one route; which of them applies is a legal fact recorded on the option
 * (shared/domain/legal-facts.ts), as a Schedule 5 paragraph is for a PA 2023 direct award.
 */
export const PROCUREMENT_ROUTES = [
  'open',
  'restricted',
  'competitive-flexible',
  'framework-call-off',
  'direct-award',
  'negotiated-without-publication',
  'modification',
  'psr-direct-award',
  'psr-most-suitable-provider',
  'psr-competitive',
] as const;
export type ProcurementRoute = (typeof PROCUREMENT_ROUTES)[number];
export const PROCUREMENT_ROUTE_LABELS: Record<ProcurementRoute, string> = {
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

export function isPsrRoute(route: ProcurementRoute): boolean {
  return route === 'psr-direct-award' || route === 'psr-most-suitable-provider' || route === 'psr-competitive';
}

/** PSR direct award processes (PSR regs. 7, 8 and 9); recorded on an option with route psr-direct-award. */
export const PSR_DIRECT_AWARD_PROCESSES = ['A', 'B', 'C'] as const;
export type PsrDirectAwardProcess = (typeof PSR_DIRECT_AWARD_PROCESSES)[number];
export const PSR_DIRECT_AWARD_PROCESS_LABELS: Record<PsrDirectAwardProcess, string> = {
  A: 'Direct award process A (only one provider capable)',
  B: 'Direct award process B (patient choice: every qualifying provider)',
  C: 'Direct award process C (existing provider, no considerable change, performing well)',
};

export const REGIMES = ['PCR2015', 'PA2023', 'PSR'] as const;
export type Regime = (typeof REGIMES)[number];
export const REGIME_LABELS: Record<Regime, string> = {
  PCR2015: 'Public Contracts Regulations 2015',
  PA2023: 'Procurement Act 2023',
  PSR: 'Provider Selection Regime',
};

/**
 * The events of the Act's transitional regulations (SI 2024/716 reg. 5(3), as amended by SI 2024/959
 * to 24 February 2025) that keep a contract, framework or procurement under PCR 2015 when they
 * happened before that date, plus the PA 2023 events that start a procurement under the Act.
 */
export const REGIME_EVENTS = [
  'contract-awarded',
  'framework-concluded',
  'dps-established',
  'negotiated-procedure-contact',
  'contract-notice-submitted',
  'veat-notice-published',
  'contracts-finder-published',
  'pcr-framework-call-off',
  'pa-tender-notice',
  'pa-transparency-notice',
  'psr-process-started',
] as const;
export type RegimeEvent = (typeof REGIME_EVENTS)[number];
/** The events of SI 2024/716 reg. 5(3)(a)-(e): before 24 Feb 2025 they keep a procurement under PCR 2015. */
export const PCR_SAVING_REGIME_EVENTS: readonly RegimeEvent[] = REGIME_EVENTS.slice(0, 7);
export const REGIME_EVENT_LABELS: Record<RegimeEvent, string> = {
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

/**
 * Notice types a contract's notice log can hold: the Find a Tender codes of the Procurement Act 2023
 * (UK1-UK17, as Find a Tender's "Notice types and sequences" page lists them), the PCR 2015 notices
 * and the PSR's own notices. UK13-UK17 concern dynamic markets and other commercial tools the app does
 * not plan, so they are kept by code only.
 */
export const NOTICE_TYPES = [
  'UK1',
  'UK2',
  'UK3',
  'UK4',
  'UK5',
  'UK6',
  'UK7',
  'UK8',
  'UK9',
  'UK10',
  'UK11',
  'UK12',
  'UK13',
  'UK14',
  'UK15',
  'UK16',
  'UK17',
  'PCR-contract-notice',
  'PCR-award-notice',
  'PCR-veat-notice',
  'PCR-modification-notice',
  'PSR-intention-notice',
  'PSR-award-notice',
  'PSR-modification-notice',
  'other',
] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];
export const NOTICE_TYPE_LABELS: Record<NoticeType, string> = {
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

export const HOSTING_MODELS = ['on-premise', 'lsp-data-centre', 'vendor-hosted', 'third-party', 'public-cloud'] as const;
export type HostingModel = (typeof HOSTING_MODELS)[number];
export const HOSTING_MODEL_LABELS: Record<HostingModel, string> = {
  'on-premise': 'On premise',
  'lsp-data-centre': 'LSP data centre',
  'vendor-hosted': 'Vendor hosted',
  'third-party': 'Third-party hosting',
  'public-cloud': 'Public cloud',
};

export const CONTRACT_STATUSES = ['active', 'expiring', 'expired', 'in-procurement'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  active: 'Active',
  expiring: 'Expiring',
  expired: 'Expired',
  'in-procurement': 'In procurement',
};

/** docs/domain.md §3: business as usual is the benchmark every short list holds. */
export const OPTION_KINDS = [
  'business-as-usual',
  'extend-via-lsp',
  'direct-with-vendor',
  're-procure',
  'framework-call-off',
  'do-minimum',
] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];
export const OPTION_KIND_LABELS: Record<OptionKind, string> = {
  'business-as-usual': 'Business as usual',
  'extend-via-lsp': 'Extend via LSP / prime contractor',
  'direct-with-vendor': 'Contract directly with vendor',
  're-procure': 'Re-procure competitively',
  'framework-call-off': 'Framework call-off',
  'do-minimum': 'Do minimum (bridge extension)',
};

export const COST_CATEGORIES = [
  'licence',
  'support',
  'hosting',
  'implementation',
  'migration',
  'hosting-transfer',
  'dual-running',
  'procurement-legal',
  'staff',
  'exit',
  'contingency',
  'residual-value',
  'other',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];
export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
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

/** How a line's amounts are priced (docs/domain.md §4, entry). */
export const ENTRY_BASES = ['cash', 'constant'] as const;
export type EntryBasis = (typeof ENTRY_BASES)[number];
export const ENTRY_BASIS_LABELS: Record<EntryBasis, string> = {
  cash: 'Cash (money of the day, including contractual indexation)',
  constant: "Constant prices (the appraisal's price-base year)",
};

/** Which uplift a cost line takes: by category unless the user assigns one. */
export const LINE_UPLIFTS = ['development', 'service-charge', 'none'] as const;
export type LineUplift = (typeof LINE_UPLIFTS)[number];

/** Which uplift a quantified risk overlaps (for the "possible double count" warning). */
export const RISK_OVERLAPS = ['development', 'service-charge', 'duration', 'none'] as const;

/**
 * How a line moves when go-live moves (duration optimism bias, simulated delay): a bridge runs
 * until go-live and is extended; dual running and benefits start at go-live and move with it.
 */
export const GO_LIVE_LINKS = ['none', 'until-go-live', 'from-go-live'] as const;
export type GoLiveLink = (typeof GO_LIVE_LINKS)[number];
export const GO_LIVE_LINK_LABELS: Record<GoLiveLink, string> = {
  none: 'Fixed dates',
  'until-go-live': 'Runs until go-live (extended when go-live moves)',
  'from-go-live': 'Starts at go-live (moves with it)',
};

/** Capital or revenue (financial case, docs/domain.md §4 affordability). */
export const SPEND_TYPES = ['capital', 'revenue'] as const;
export type SpendType = (typeof SPEND_TYPES)[number];
export const SPEND_TYPE_LABELS: Record<SpendType, string> = { capital: 'Capital (CDEL)', revenue: 'Revenue' };

export const FUNDING_SOURCES = ['trust-capital', 'pdc', 'revenue-budget', 'national-programme'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  'trust-capital': 'Trust capital',
  pdc: 'Public dividend capital (PDC)',
  'revenue-budget': 'Revenue budget',
  'national-programme': 'National programme',
};

/** The CIA model's four benefit types (DHSC Comprehensive Investment Appraisal guidance). */
export const BENEFIT_TYPES = ['CRB', 'NCRB', 'SB', 'UB'] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];
export const BENEFIT_TYPE_LABELS: Record<BenefitType, string> = {
  CRB: 'Cash-releasing',
  NCRB: 'Non-cash-releasing',
  SB: 'Societal',
  UB: 'Unmonetisable',
};

/** Approval tiers, lowest first (docs/domain.md §4, approval route). */
export const APPROVAL_TIERS = ['trust-board', 'nhs-england', 'hm-treasury'] as const;
export type ApprovalTier = (typeof APPROVAL_TIERS)[number];
export const APPROVAL_TIER_LABELS: Record<ApprovalTier, string> = {
  'trust-board': 'Trust board',
  'nhs-england': 'NHS England / DHSC (Joint Investment Committee)',
  'hm-treasury': 'HM Treasury',
};
export const APPROVAL_BASES = ['capital', 'revenue', 'whole-life'] as const;
export type ApprovalBasis = (typeof APPROVAL_BASES)[number];
export const APPROVAL_BASIS_LABELS: Record<ApprovalBasis, string> = {
  capital: 'Capital',
  revenue: 'Revenue',
  'whole-life': 'Whole-life (capital + revenue)',
};

export const RISK_CATEGORIES = [
  'operational',
  'clinical-safety',
  'legal-procurement',
  'financial',
  'data-migration',
  'information-governance',
  'supplier',
  'hosting-technical',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  operational: 'Operational',
  'clinical-safety': 'Clinical safety',
  'legal-procurement': 'Legal / procurement',
  financial: 'Financial',
  'data-migration': 'Data migration',
  'information-governance': 'Information governance',
  supplier: 'Supplier',
  'hosting-technical': 'Hosting / technical',
};

export const RECOMMENDATION_STATUSES = ['draft', 'for-review', 'approved'] as const;

/** The ratings a contract performance notice gives each KPI (SI 2024/692 reg. 39(5)); described in ./kpi-rating.ts. */
export const KPI_RATINGS = ['good', 'approaching-target', 'requires-improvement', 'inadequate', 'other'] as const;
export type KpiRatingValue = (typeof KPI_RATINGS)[number];
export const KPI_RATING_LABELS: Record<KpiRatingValue, string> = {
  good: 'Good',
  'approaching-target': 'Approaching target',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  other: 'Other',
};
