import type { Contract } from '../domain/contract';
import { choiceLabel, CONTRACT_FIELDS, isChoiceKind } from '../domain/contract-fields';
import { formatExtensionOptions } from '../import/extension-options';
import { assertNever } from '../result';

/*
 * Contracts → CSV for Excel and for re-import:
 * - RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, records end CRLF.
 * - A UTF-8 BOM, so Excel reads £ and accents as UTF-8 rather than the local code page.
 * - Columns, their order and headers come from the contract field table (shared/domain/contract-fields.ts)
 *   the importer reads too, and enums are written as the app's labels, so the file imports back to the
 *   same contracts (tested).
 * - Dates are ISO yyyy-mm-dd: unlike dd/mm/yyyy it cannot be misread month-first by US-locale tools,
 *   Excel recognises it as a date in every locale, and it sorts as text.
 * - Amounts are plain numbers (1234567.5) so Excel treats them as numbers, not text.
 * - Formula-injection guard (OWASP "CSV injection"): text beginning with = + - @ tab or CR is
 *   prefixed with `'` so a spreadsheet shows it instead of running it. Numbers are never prefixed;
 *   a negative amount is a number, not text. The importer strips the prefix again.
 */

/** Text a spreadsheet would treat as a formula. Also guards text already starting `'=` so it survives the importer's strip. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function formatCell({ key, kind }: (typeof CONTRACT_FIELDS)[number], contract: Contract): string {
  const value = contract[key];
  if (value === undefined || value === null) return '';
  if (isChoiceKind(kind)) return csvField(choiceLabel(key, value as string));
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
    case 'text':
      return csvField(guardFormula(value as string));
    default:
      return assertNever(kind, 'field kind');
  }
}

/** The register as CSV text (BOM + CRLF), ready to save as UTF-8. */
export function contractsToCsv(contracts: readonly Contract[]): string {
  const lines = [CONTRACT_FIELDS.map((f) => csvField(f.column)).join(',')];
  for (const contract of contracts) lines.push(CONTRACT_FIELDS.map((f) => formatCell(f, contract)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
