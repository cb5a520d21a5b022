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

export const OPTION_KINDS = ['extend-via-lsp', 'direct-with-vendor', 're-procure', 'framework-call-off', 'do-minimum'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];
export const OPTION_KIND_LABELS: Record<OptionKind, string> = {
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
  'other',
  'benefit',
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
  other: 'Other',
  benefit: 'Cash-releasing benefit',
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
