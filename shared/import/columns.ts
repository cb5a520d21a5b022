import { CONTRACT_FIELDS } from '../domain/contract-fields';
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
 * Header spellings a register may use for each field, written as `normaliseHeader` leaves them: the
 * contract field table's aliases (shared/domain/contract-fields.ts), and the term, which is not a
 * contract field. The app's own export labels are added below.
 */
export const HEADER_SYNONYMS: Readonly<Record<ImportField | 'term-months', readonly string[]>> = {
  ...(Object.fromEntries(CONTRACT_FIELDS.map((f) => [f.key, f.aliases])) as Record<ImportField, readonly string[]>),
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
