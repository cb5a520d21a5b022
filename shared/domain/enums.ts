/**
 * Closed vocabularies from DOMAIN.md section 2-6. Each list is the single source for its zod enum,
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

export const PROCUREMENT_ROUTES = [
  'open',
  'restricted',
  'competitive-flexible',
  'framework-call-off',
  'direct-award',
  'negotiated-without-publication',
  'modification',
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
};

export const REGIMES = ['PCR2015', 'PA2023', 'PSR'] as const;
export type Regime = (typeof REGIMES)[number];
export const REGIME_LABELS: Record<Regime, string> = {
  PCR2015: 'Public Contracts Regulations 2015',
  PA2023: 'Procurement Act 2023',
  PSR: 'Provider Selection Regime',
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

/** DOMAIN.md section 3: business as usual is the benchmark every short list holds. */
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

/** How a line's amounts are priced (DOMAIN.md section 4, entry). */
export const ENTRY_BASES = ['cash', 'constant'] as const;
export type EntryBasis = (typeof ENTRY_BASES)[number];
export const ENTRY_BASIS_LABELS: Record<EntryBasis, string> = {
  cash: 'Cash (money of the day, including contractual indexation)',
  constant: "Constant prices (the appraisal's price-base year)",
};

/** The three optimism bias uplifts (Supplementary Green Book Guidance: Optimism Bias, table 1). */
export const OB_UPLIFTS = ['development', 'service-charge', 'duration'] as const;
export type ObUplift = (typeof OB_UPLIFTS)[number];
export const OB_UPLIFT_LABELS: Record<ObUplift, string> = {
  development: 'Development',
  'service-charge': 'Service charge',
  duration: 'Duration',
};

/** Which uplift a cost line takes: by category unless the user assigns one. */
export const LINE_UPLIFTS = ['development', 'service-charge', 'none'] as const;
export type LineUplift = (typeof LINE_UPLIFTS)[number];

/** Which uplift a quantified risk overlaps (for the "possible double count" warning). */
export const RISK_OVERLAPS = ['development', 'service-charge', 'duration', 'none'] as const;
export type RiskOverlap = (typeof RISK_OVERLAPS)[number];
export const RISK_OVERLAP_LABELS: Record<RiskOverlap, string> = {
  development: 'Development costs (overlaps the development uplift)',
  'service-charge': 'Service charges (overlaps the service-charge uplift)',
  duration: 'Delay to go-live (overlaps the duration uplift)',
  none: 'No optimism bias uplift',
};

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

/** Capital or revenue (financial case, DOMAIN.md section 4 affordability). */
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

/** Approval tiers, lowest first (DOMAIN.md section 4, approval route). */
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
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
