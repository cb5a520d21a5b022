import type { Contract } from './contract';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUSES,
  CONTRACTING_MODEL_LABELS,
  CONTRACTING_MODELS,
  HOSTING_MODEL_LABELS,
  HOSTING_MODELS,
  PROCUREMENT_ROUTE_LABELS,
  PROCUREMENT_ROUTES,
  REGIME_LABELS,
  REGIMES,
} from './enums';

/**
 * How a register cell and an editor input are read for a field: the importer picks its parser by kind
 * (shared/import/field-values.ts), the export its cell format (shared/export/csv.ts) and the editor its
 * input (renderer/features/portfolio/contract-form.ts). Each enum field has its own kind because each
 * has its own table of spellings a register may use (shared/import/enum-values.ts).
 */
export type ContractFieldKind = 'text' | 'date' | 'money' | 'days' | 'boolean' | 'list' | 'extension-options' | ChoiceKind;

/** The kinds of field whose value is one of a fixed list (the field's `choices`). */
export type ChoiceKind = (typeof CHOICE_KINDS)[number];
const CHOICE_KINDS = ['category', 'contracting-model', 'procurement-route', 'regime', 'hosting-model', 'status'] as const;

export function isChoiceKind(kind: ContractFieldKind): kind is ChoiceKind {
  return (CHOICE_KINDS as readonly string[]).includes(kind);
}

/** One value of a fixed list, with the label a user sees for it. */
export interface FieldChoice {
  readonly value: string;
  readonly label: string;
}

export interface ContractFieldSpec {
  readonly key: keyof Contract;
  /** The register column header: what the CSV export writes, the importer always recognises and its messages name. */
  readonly column: string;
  readonly kind: ContractFieldKind;
  /** The values a fixed-list field takes, in the order a picker offers them, with their labels. */
  readonly choices?: readonly FieldChoice[];
  /** A contract cannot be saved without it (the editor marks it). */
  readonly required?: true;
  /** What an import gives a new contract whose register does not say; a required field without one must come from the register. */
  readonly importDefault?: string;
  /** Why an import row is refused when this field, required and with no default, is empty. */
  readonly missing?: string;
  /** How the contract editor shows it; absent for fields the editor does not show (extension options have their own panel). */
  readonly editor?: { readonly label: string; readonly hint?: string; readonly multiline?: true };
  /**
   * Other header spellings the importer recognises, seen in real registers (NHSBSA's published register,
   * Atamis exports, trust FOI registers), written as `normaliseHeader` (shared/import/columns.ts) leaves them.
   */
  readonly aliases: readonly string[];
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>): FieldChoice[] =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * Every contract field a register column can fill (all of `contractSchema` but the app-internal
 * `sample` flag and the Procurement Act record kept on its own screens), in the order the register
 * export writes its columns. The importer, the contract editor and the export all read this table, so a
 * CSV export imports back unchanged and a field cannot be known to one of them and not the others.
 */
const TABLE = [
  {
    key: 'reference',
    column: 'Contract reference',
    kind: 'text',
    required: true,
    missing: 'a contract reference is required',
    editor: { label: 'Reference' },
    aliases: [
      'contract reference',
      'contract ref',
      'ref no',
      'ref',
      'reference',
      'contract id',
      'contract number',
      'contract no',
      'reference number',
      'contract reference number',
      'trust reference',
      'our reference',
      'contract code',
      'ref number',
    ],
  },
  {
    key: 'title',
    column: 'Contract title',
    kind: 'text',
    required: true,
    missing: 'a contract title is required',
    editor: { label: 'Title' },
    aliases: ['contract title', 'title', 'contract name', 'name of contract', 'contract description title'],
  },
  {
    key: 'description',
    column: 'Description',
    kind: 'text',
    editor: { label: 'Description', multiline: true },
    aliases: [
      'description',
      'contract description',
      'scope',
      'summary',
      'description of goods services',
      'description of service',
      'service description',
    ],
  },
  {
    key: 'system',
    column: 'System / product',
    kind: 'text',
    editor: { label: 'System / product' },
    aliases: [
      'system',
      'product',
      'system product',
      'system name',
      'product name',
      'application',
      'solution',
      'software',
      'system product name',
    ],
  },
  {
    key: 'category',
    column: 'Category',
    kind: 'category',
    choices: choices(CATEGORIES, CATEGORY_LABELS),
    required: true,
    // An unknown category is honestly "other"; visible and editable after import.
    importDefault: 'other',
    editor: { label: 'Category' },
    aliases: ['category', 'contract category', 'service category', 'system category', 'system type'],
  },
  {
    key: 'supplier',
    column: 'Supplier',
    kind: 'text',
    required: true,
    missing: 'a supplier is required',
    editor: { label: 'Supplier' },
    aliases: [
      'supplier',
      'supplier name',
      'winning bidder',
      'contractor',
      'awarded supplier',
      'awarded to',
      'counterparty',
      'supplier legal name',
      'provider',
    ],
  },
  {
    key: 'supplierCompanyNo',
    column: 'Companies House number',
    kind: 'text',
    editor: { label: 'Companies House number' },
    aliases: [
      'companies house number',
      'companies house no',
      'companies house',
      'company number',
      'company no',
      'company registration number',
      'company reg no',
      'crn',
      'supplier company number',
      'supplier companies house number',
      'registered company number',
    ],
  },
  {
    key: 'vendor',
    column: 'Vendor',
    kind: 'text',
    editor: { label: 'Vendor (software developer)' },
    aliases: ['vendor', 'software vendor', 'developer', 'software developer', 'manufacturer', 'oem', 'software supplier'],
  },
  {
    key: 'contractingModel',
    column: 'Contracting model',
    kind: 'contracting-model',
    choices: choices(CONTRACTING_MODELS, CONTRACTING_MODEL_LABELS),
    required: true,
    // Most trust IT contracts are held directly with the supplier, so `direct` is the least surprising model.
    importDefault: 'direct',
    editor: { label: 'Contracting model' },
    aliases: ['contracting model', 'contract model', 'contracting route', 'commercial model', 'contracting arrangement', 'contracted via'],
  },
  {
    key: 'primeContractor',
    column: 'Prime contractor / LSP',
    kind: 'text',
    editor: { label: 'Prime contractor / LSP' },
    aliases: ['prime contractor', 'prime contractor lsp', 'lsp', 'lsp prime contractor', 'prime', 'local service provider', 'lsp prime'],
  },
  {
    key: 'procurementRoute',
    column: 'Procurement route',
    kind: 'procurement-route',
    choices: choices(PROCUREMENT_ROUTES, PROCUREMENT_ROUTE_LABELS),
    editor: { label: 'Procurement route' },
    aliases: [
      'procurement route',
      'route to market',
      'procurement procedure',
      'procedure',
      'award procedure',
      'procurement method',
      'award route',
      'route',
      // Registers that record the framework used (HSSF, CCS, NHS SBS) in the route column.
      'framework route',
      'route framework',
      'framework',
      'framework used',
      'procurement framework',
    ],
  },
  {
    key: 'regime',
    column: 'Regime',
    kind: 'regime',
    choices: choices(REGIMES, REGIME_LABELS),
    editor: { label: 'Regime' },
    aliases: ['regime', 'procurement regime', 'regulations', 'procurement regulations', 'procurement legislation', 'legislation'],
  },
  {
    key: 'startDate',
    column: 'Start date',
    kind: 'date',
    editor: { label: 'Start date' },
    aliases: ['start date', 'contract start date', 'commencement date', 'start', 'effective date', 'contract start', 'date from'],
  },
  {
    key: 'currentEndDate',
    column: 'Current end date',
    kind: 'date',
    required: true,
    missing: 'an end date is required',
    editor: { label: 'Current end date', hint: 'Includes extensions already taken' },
    aliases: [
      'end date',
      'current end date',
      'contract end date incl extensions',
      'contract end date',
      'expiry date',
      'end',
      'current expiry date',
      'contract expiry date',
      'expiry',
      'contract end',
      'end date incl extensions',
      'current contract end date',
      'date to',
    ],
  },
  {
    key: 'maximumEndDate',
    column: 'Maximum end date',
    kind: 'date',
    editor: { label: 'Maximum end date', hint: 'Includes all extension options' },
    aliases: [
      'maximum end date',
      'end date including all extensions',
      'max end date',
      'final end date',
      'latest end date',
      'end date incl all extensions',
      'maximum contract end date',
      'end date with all extensions',
      'longstop date',
      'max end date incl extensions',
      'maximum expiry date',
    ],
  },
  {
    key: 'extensionOptions',
    column: 'Extension options',
    kind: 'extension-options',
    aliases: ['extension options', 'extensions', 'extension periods', 'options to extend', 'available extensions', 'extension'],
  },
  {
    key: 'noticePeriodDays',
    column: 'Notice period (days)',
    kind: 'days',
    editor: { label: 'Notice period (days)' },
    aliases: ['notice period days', 'notice period', 'notice days', 'notice', 'termination notice days', 'notice period in days'],
  },
  {
    key: 'internalLeadTimeDays',
    column: 'Internal lead time (days)',
    kind: 'days',
    editor: { label: 'Internal lead time (days)', hint: 'Board and NHS England approvals before notice' },
    aliases: [
      'internal lead time',
      'internal lead time days',
      'lead time days',
      'lead time',
      'approval lead time',
      'internal approval lead time',
      'approval lead time days',
    ],
  },
  {
    key: 'autoRenew',
    column: 'Auto-renew',
    kind: 'boolean',
    editor: { label: 'Renews automatically unless notice is given' },
    aliases: ['auto renew', 'auto renewal', 'automatic renewal', 'auto renews', 'rolling contract', 'evergreen', 'autorenew'],
  },
  {
    key: 'annualValue',
    column: 'Annual value (£)',
    kind: 'money',
    editor: { label: 'Annual value' },
    aliases: [
      'estimated annual value',
      'annual value',
      'annual cost',
      'value per annum',
      'annual contract value',
      'yearly value',
      'value pa',
      'pa value',
      'per annum',
      'annual spend',
      'estimated annual spend',
      'annual charge',
    ],
  },
  {
    key: 'totalValue',
    column: 'Total contract value (£)',
    kind: 'money',
    editor: { label: 'Total value' },
    aliases: [
      'total contract value',
      'contract value',
      'current value',
      'total value',
      'whole life value',
      'value',
      'tcv',
      'lifetime value',
      'estimated total value',
      'estimated contract value',
      'total contract value incl extensions',
      'awarded value',
    ],
  },
  {
    key: 'hostingModel',
    column: 'Hosting model',
    kind: 'hosting-model',
    choices: choices(HOSTING_MODELS, HOSTING_MODEL_LABELS),
    editor: { label: 'Hosting model' },
    aliases: ['hosting model', 'hosting', 'hosting type', 'hosting arrangement', 'deployment model', 'hosting method'],
  },
  {
    key: 'hostingProvider',
    column: 'Hosting provider',
    kind: 'text',
    editor: { label: 'Hosting provider' },
    aliases: ['hosting provider', 'hosted by', 'host', 'hosting supplier', 'data centre provider', 'hosting partner'],
  },
  {
    key: 'hostingEndDate',
    column: 'Hosting end date',
    kind: 'date',
    editor: { label: 'Hosting end date' },
    aliases: ['hosting end date', 'hosting contract end date', 'hosting expiry date', 'hosting end', 'hosting expiry'],
  },
  {
    key: 'modules',
    column: 'Modules',
    kind: 'list',
    editor: { label: 'Modules', hint: 'Separate with semicolons' },
    aliases: ['modules', 'modules in scope', 'components', 'functional modules', 'module'],
  },
  {
    key: 'linkedContracts',
    column: 'Linked contracts',
    kind: 'list',
    editor: { label: 'Linked contracts', hint: 'References, separated with semicolons' },
    aliases: [
      'linked contracts',
      'related contracts',
      'linked contract references',
      'linked contract refs',
      'related contract references',
      'dependencies',
      'linked refs',
      'linked references',
      'dependent contracts',
    ],
  },
  {
    key: 'owner',
    column: 'Owner',
    kind: 'text',
    editor: { label: 'Owner' },
    aliases: [
      'owner',
      'contract owner',
      'contract manager',
      'responsible officer',
      'accountable officer',
      'sro',
      'contract lead',
      'budget holder',
      'lead officer',
    ],
  },
  {
    key: 'department',
    column: 'Department',
    kind: 'text',
    editor: { label: 'Department' },
    aliases: ['department', 'directorate', 'division', 'business unit', 'care group', 'service area', 'dept'],
  },
  {
    key: 'status',
    column: 'Status',
    kind: 'status',
    choices: choices(CONTRACT_STATUSES, CONTRACT_STATUS_LABELS),
    required: true,
    // The schema's own default (shared/domain/contract.ts): a register row is a live contract unless it says otherwise.
    importDefault: 'active',
    editor: { label: 'Status' },
    aliases: ['status', 'contract status'],
  },
  {
    key: 'decidedOn',
    column: 'Decision date',
    kind: 'date',
    editor: { label: 'Decision made on', hint: 'Clears the "decision overdue" flag' },
    aliases: ['decided on', 'decision date', 'date decided', 'decision made on'],
  },
  {
    key: 'notes',
    column: 'Notes',
    kind: 'text',
    editor: { label: 'Notes', multiline: true },
    aliases: ['notes', 'comments', 'remarks', 'note', 'comment', 'additional information'],
  },
] as const satisfies readonly ContractFieldSpec[];

export type ContractField = (typeof TABLE)[number]['key'];

/** The table, in export column order. */
export const CONTRACT_FIELDS: readonly (ContractFieldSpec & { readonly key: ContractField })[] = TABLE;

/** The table by key. */
export const CONTRACT_FIELD: Readonly<Record<ContractField, ContractFieldSpec>> = Object.fromEntries(
  CONTRACT_FIELDS.map((f) => [f.key, f]),
) as Record<ContractField, ContractFieldSpec>;

/** The label a user sees for a fixed-list field's value; the value itself when the field has no such label. */
export function choiceLabel(field: ContractField, value: string): string {
  return CONTRACT_FIELD[field].choices?.find((c) => c.value === value)?.label ?? value;
}

/** A fixed-list field's choices as [value, label] pairs, for a select; empty for a field with no fixed list. */
export function choiceOptions(field: ContractField): ReadonlyArray<readonly [string, string]> {
  return (CONTRACT_FIELD[field].choices ?? []).map((c) => [c.value, c.label] as const);
}

/** How a value outside the register table is read: the table's kinds plus the few the legal record adds. */
export type RecordFieldKind = ContractFieldKind | 'regime-event' | 'entries';

/**
 * The contract fields kept on their own screens (the Procurement Act record, KPIs), not in the register
 * table: their names in words, for the change history and the OCDS notices preview. `entry` counts a
 * list of records ("2 notices").
 */
export const RECORD_FIELDS = {
  regimeEvent: { label: 'Regime event', kind: 'regime-event' },
  regimeEventDate: { label: 'Regime event date', kind: 'date' },
  procurementStartDate: { label: 'Procurement start date', kind: 'date' },
  signedOn: { label: 'Date signed', kind: 'date' },
  maximumEndDateOnAward: { label: 'Maximum end date on award', kind: 'date' },
  terminatedOn: { label: 'Terminated on', kind: 'date' },
  initialValue: { label: 'Initial value', kind: 'money' },
  works: { label: 'Works contract', kind: 'boolean' },
  lightTouch: { label: 'Light-touch contract', kind: 'boolean' },
  sample: { label: 'Sample contract', kind: 'boolean' },
  cpvCodes: { label: 'CPV codes', kind: 'list' },
  supplierIdentifiers: { label: 'Supplier identifiers', kind: 'list' },
  kpis: { label: 'KPIs', kind: 'list' },
  kpiRatings: { label: 'KPI ratings', kind: 'entries', entry: ['rating', 'ratings'] },
  modifications: { label: 'Modification history', kind: 'entries', entry: ['modification', 'modifications'] },
  notices: { label: 'Notice log', kind: 'entries', entry: ['notice', 'notices'] },
  psrMixedContract: { label: 'Provider Selection Regime mixed-contract facts', kind: 'entries' },
} as const satisfies Readonly<Record<string, { label: string; kind: RecordFieldKind; entry?: readonly [string, string] }>>;
