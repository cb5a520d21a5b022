import type { Contract } from '../domain/contract';
import {
  CATEGORY_LABELS,
  CONTRACTING_MODEL_LABELS,
  CONTRACT_STATUS_LABELS,
  HOSTING_MODEL_LABELS,
  PROCUREMENT_ROUTE_LABELS,
  REGIME_LABELS,
} from '../domain/enums';
import { formatExtensionOptions } from '../import/extension-options';
import { FIELD_KINDS, FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../import/fields';
import { assertNever } from '../result';

/*
 * Contracts → CSV for Excel and for re-import:
 * - RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, records end CRLF.
 * - A UTF-8 BOM, so Excel reads £ and accents as UTF-8 rather than the local code page.
 * - Headers are the importer's own field labels, and enums are written as the app's labels, so the
 *   file imports back to the same contracts (tested).
 * - Dates are ISO yyyy-mm-dd: unlike dd/mm/yyyy it cannot be misread month-first by US-locale tools,
 *   Excel recognises it as a date in every locale, and it sorts as text.
 * - Amounts are plain numbers (1234567.5) so Excel treats them as numbers, not text.
 * - Formula-injection guard (OWASP "CSV injection"): text beginning with = + - @ tab or CR is
 *   prefixed with `'` so a spreadsheet shows it instead of running it. Numbers are never prefixed;
 *   a negative amount is a number, not text. The importer strips the prefix again.
 */

const ENUM_LABELS: Partial<Record<ImportField, Record<string, string>>> = {
  category: CATEGORY_LABELS,
  contractingModel: CONTRACTING_MODEL_LABELS,
  procurementRoute: PROCUREMENT_ROUTE_LABELS,
  regime: REGIME_LABELS,
  hostingModel: HOSTING_MODEL_LABELS,
  status: CONTRACT_STATUS_LABELS,
};

/** Text a spreadsheet would treat as a formula. Also guards text already starting `'=` so it survives the importer's strip. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function formatCell(field: ImportField, contract: Contract): string {
  const value = contract[field];
  if (value === undefined || value === null) return '';
  const kind = FIELD_KINDS[field];
  switch (kind) {
    case 'money':
    case 'days':
      // String(n) is the shortest text that reads back as exactly n.
      return String(value as number);
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'date':
      return value as string;
    case 'list':
      return csvField(guardFormula((value as string[]).join('; ')));
    case 'extension-options':
      return csvField(formatExtensionOptions(value as Contract['extensionOptions']));
    case 'category':
    case 'contracting-model':
    case 'procurement-route':
    case 'regime':
    case 'hosting-model':
    case 'status':
      return csvField(ENUM_LABELS[field]?.[value as string] ?? String(value));
    case 'text':
      return csvField(guardFormula(value as string));
    default:
      return assertNever(kind, 'field kind');
  }
}

/** The register as CSV text (BOM + CRLF), ready to save as UTF-8. */
export function contractsToCsv(contracts: readonly Contract[]): string {
  const lines = [IMPORT_FIELDS.map((f) => csvField(FIELD_LABELS[f])).join(',')];
  for (const contract of contracts) lines.push(IMPORT_FIELDS.map((f) => formatCell(f, contract)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
