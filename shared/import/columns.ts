import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './fields';

/**
 * A column either fills a contract field, is ignored, or is a `Term (Months)` column. A term is not a
 * contract field, but when a row has a start date and no end date the importer derives
 * currentEndDate = start date + term months − 1 day (see register.ts), because many registers record
 * "start + 36 months" rather than an end date.
 */
export type MappingTarget = ImportField | 'ignore' | 'term-months';
export type ColumnMapping = Record<string, MappingTarget>;

/**
 * Header spellings seen in real registers (NHSBSA's published register, Atamis exports, trust FOI
 * registers), written as `normaliseHeader` leaves them. The app's own export labels are added below.
 */
export const HEADER_SYNONYMS: Readonly<Record<ImportField | 'term-months', readonly string[]>> = {
  reference: [
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
  title: ['contract title', 'title', 'contract name', 'name of contract', 'contract description title'],
  description: [
    'description',
    'contract description',
    'scope',
    'summary',
    'description of goods services',
    'description of service',
    'service description',
  ],
  system: [
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
  category: ['category', 'contract category', 'service category', 'system category', 'system type'],
  supplier: [
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
  supplierCompanyNo: [
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
  vendor: ['vendor', 'software vendor', 'developer', 'software developer', 'manufacturer', 'oem', 'software supplier'],
  contractingModel: [
    'contracting model',
    'contract model',
    'contracting route',
    'commercial model',
    'contracting arrangement',
    'contracted via',
  ],
  primeContractor: [
    'prime contractor',
    'prime contractor lsp',
    'lsp',
    'lsp prime contractor',
    'prime',
    'local service provider',
    'lsp prime',
  ],
  procurementRoute: [
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
  regime: ['regime', 'procurement regime', 'regulations', 'procurement regulations', 'procurement legislation', 'legislation'],
  startDate: ['start date', 'contract start date', 'commencement date', 'start', 'effective date', 'contract start', 'date from'],
  currentEndDate: [
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
  maximumEndDate: [
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
  extensionOptions: ['extension options', 'extensions', 'extension periods', 'options to extend', 'available extensions', 'extension'],
  noticePeriodDays: ['notice period days', 'notice period', 'notice days', 'notice', 'termination notice days', 'notice period in days'],
  internalLeadTimeDays: [
    'internal lead time',
    'internal lead time days',
    'lead time days',
    'lead time',
    'approval lead time',
    'internal approval lead time',
    'approval lead time days',
  ],
  autoRenew: ['auto renew', 'auto renewal', 'automatic renewal', 'auto renews', 'rolling contract', 'evergreen', 'autorenew'],
  annualValue: [
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
  totalValue: [
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
  hostingModel: ['hosting model', 'hosting', 'hosting type', 'hosting arrangement', 'deployment model', 'hosting method'],
  hostingProvider: ['hosting provider', 'hosted by', 'host', 'hosting supplier', 'data centre provider', 'hosting partner'],
  hostingEndDate: ['hosting end date', 'hosting contract end date', 'hosting expiry date', 'hosting end', 'hosting expiry'],
  modules: ['modules', 'modules in scope', 'components', 'functional modules', 'module'],
  linkedContracts: [
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
  owner: [
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
  department: ['department', 'directorate', 'division', 'business unit', 'care group', 'service area', 'dept'],
  status: ['status', 'contract status'],
  decidedOn: ['decided on', 'decision date', 'date decided', 'decision made on'],
  notes: ['notes', 'comments', 'remarks', 'note', 'comment', 'additional information'],
  'term-months': [
    'term months',
    'contract term months',
    'duration months',
    'contract duration months',
    'length months',
    'contract length months',
    'term in months',
    'duration in months',
    'months',
  ],
};

/** Lowercases and drops punctuation (£ ( ) . _ - / & etc.) and extra spaces: `Ref No.` → `ref no`. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Money headers often carry a currency or VAT note that changes nothing ("Annual Value (£, ex VAT)"). */
const NOISE_RE = /\s+(?:gbp|ex vat|excl vat|exc vat|excluding vat|net of vat|net)$/;

const HEADER_LOOKUP = new Map<string, ImportField | 'term-months'>();
function addSpelling(spelling: string, target: ImportField | 'term-months'): void {
  const key = normaliseHeader(spelling);
  const taken = HEADER_LOOKUP.get(key);
  // One spelling naming two fields is a bug in the table, caught when the module loads.
  if (taken !== undefined && taken !== target) throw new Error(`Header '${spelling}' matches ${taken} and ${target}`);
  HEADER_LOOKUP.set(key, target);
}
for (const target of Object.keys(HEADER_SYNONYMS) as (ImportField | 'term-months')[]) {
  for (const s of HEADER_SYNONYMS[target]) addSpelling(s, target);
}
for (const field of IMPORT_FIELDS) addSpelling(FIELD_LABELS[field], field);

/** The field a header names, or null when it is not one we know. */
export function matchHeader(header: string): ImportField | 'term-months' | null {
  let key = normaliseHeader(header);
  if (key === '') return null;
  for (;;) {
    const hit = HEADER_LOOKUP.get(key);
    if (hit) return hit;
    const stripped = key.replace(NOISE_RE, '');
    if (stripped === key || stripped === '') return null;
    key = stripped;
  }
}

/**
 * Proposes a mapping for a header row. Each field is given to the first column that names it; a later
 * column naming the same field is ignored (the user can change that in the preview). Headers should be
 * unique (detectHeaderRow makes them so). The result has no prototype, so a header called
 * `constructor` or `__proto__` is an ordinary key.
 */
/**
 * Columns that name a contract in registers with no title column, best first (normalised). Many trust
 * registers call the title "Description" or "Service"; without a title every row would be refused.
 */
const TITLE_FALLBACKS: readonly string[] = [
  'service name',
  'service',
  'description',
  'contract description',
  'service description',
  'description of service',
];

export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = Object.create(null) as ColumnMapping;
  const taken = new Set<MappingTarget>();
  for (const header of headers) {
    if (Object.hasOwn(mapping, header)) continue;
    const target = matchHeader(header);
    if (target && !taken.has(target)) {
      mapping[header] = target;
      taken.add(target);
    } else {
      mapping[header] = 'ignore';
    }
  }
  if (!taken.has('title')) {
    for (const fallback of TITLE_FALLBACKS) {
      const header = headers.find((h) => normaliseHeader(h) === fallback);
      if (header === undefined) continue;
      mapping[header] = 'title';
      break;
    }
  }
  return mapping;
}

/**
 * A stable key for a header layout, so the UI can remember the mapping a user chose and offer it
 * again for the next export of the same report. Two 32-bit FNV-1a hashes (different seeds) over the
 * normalised headers: cheap, synchronous and the same in every runtime.
 */
export function layoutKey(headers: readonly string[]): string {
  const text = headers.map(normaliseHeader).join('\u001f');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return `layout-${headers.length}-${hex(a)}${hex(b)}`;
}
