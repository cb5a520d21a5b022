import type { Contract } from '../domain/contract';

/**
 * The contract fields a register column can fill (every field of `contractSchema` except the
 * app-internal `sample` flag), with the human name used for export headers and error messages.
 * The export writes exactly these labels, and columns.ts recognises each of them, so a CSV export
 * imports back unchanged.
 */
export const IMPORT_FIELDS = [
  'reference',
  'title',
  'description',
  'system',
  'category',
  'supplier',
  'supplierCompanyNo',
  'vendor',
  'contractingModel',
  'primeContractor',
  'procurementRoute',
  'regime',
  'startDate',
  'currentEndDate',
  'maximumEndDate',
  'extensionOptions',
  'noticePeriodDays',
  'internalLeadTimeDays',
  'autoRenew',
  'annualValue',
  'totalValue',
  'hostingModel',
  'hostingProvider',
  'hostingEndDate',
  'modules',
  'linkedContracts',
  'owner',
  'department',
  'status',
  'decidedOn',
  'notes',
] as const satisfies readonly (keyof Contract)[];
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const FIELD_LABELS: Record<ImportField, string> = {
  reference: 'Contract reference',
  title: 'Contract title',
  description: 'Description',
  system: 'System / product',
  category: 'Category',
  supplier: 'Supplier',
  supplierCompanyNo: 'Companies House number',
  vendor: 'Vendor',
  contractingModel: 'Contracting model',
  primeContractor: 'Prime contractor / LSP',
  procurementRoute: 'Procurement route',
  regime: 'Regime',
  startDate: 'Start date',
  currentEndDate: 'Current end date',
  maximumEndDate: 'Maximum end date',
  extensionOptions: 'Extension options',
  noticePeriodDays: 'Notice period (days)',
  internalLeadTimeDays: 'Internal lead time (days)',
  autoRenew: 'Auto-renew',
  annualValue: 'Annual value (£)',
  totalValue: 'Total contract value (£)',
  hostingModel: 'Hosting model',
  hostingProvider: 'Hosting provider',
  hostingEndDate: 'Hosting end date',
  modules: 'Modules',
  linkedContracts: 'Linked contracts',
  owner: 'Owner',
  department: 'Department',
  status: 'Status',
  decidedOn: 'Decision date',
  notes: 'Notes',
};

export type FieldKind =
  | 'text'
  | 'date'
  | 'money'
  | 'days'
  | 'boolean'
  | 'list'
  | 'extension-options'
  | 'category'
  | 'contracting-model'
  | 'procurement-route'
  | 'regime'
  | 'hosting-model'
  | 'status';

export const FIELD_KINDS: Record<ImportField, FieldKind> = {
  reference: 'text',
  title: 'text',
  description: 'text',
  system: 'text',
  category: 'category',
  supplier: 'text',
  supplierCompanyNo: 'text',
  vendor: 'text',
  contractingModel: 'contracting-model',
  primeContractor: 'text',
  procurementRoute: 'procurement-route',
  regime: 'regime',
  startDate: 'date',
  currentEndDate: 'date',
  maximumEndDate: 'date',
  extensionOptions: 'extension-options',
  noticePeriodDays: 'days',
  internalLeadTimeDays: 'days',
  autoRenew: 'boolean',
  annualValue: 'money',
  totalValue: 'money',
  hostingModel: 'hosting-model',
  hostingProvider: 'text',
  hostingEndDate: 'date',
  modules: 'list',
  linkedContracts: 'list',
  owner: 'text',
  department: 'text',
  status: 'status',
  decidedOn: 'date',
  notes: 'text',
};

/**
 * Fields a new contract cannot do without. `currentEndDate` may instead be derived from a start date
 * and a `Term (Months)` column; `category` and `contractingModel` fall back to defaults.
 */
export const REQUIRED_FIELDS = ['reference', 'title', 'supplier', 'currentEndDate'] as const satisfies readonly ImportField[];

/**
 * Defaults for required enums a register often lacks: an unknown category is honestly "other", and
 * most trust IT contracts are held directly with the supplier, so `direct` is the least surprising
 * model. Both are visible and editable after import.
 */
export const IMPORT_DEFAULTS = { category: 'other', contractingModel: 'direct' } as const satisfies Partial<Contract>;
