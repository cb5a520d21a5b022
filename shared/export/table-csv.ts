import { csvField, guardFormula } from './csv';

/**
 * A worksheet given as rows of text (header first) → CSV text, written the same way as the register
 * export (shared/export/csv.ts): UTF-8 BOM, CRLF records, RFC 4180 quoting, and text that a
 * spreadsheet would run as a formula prefixed with `'`.
 */
export function rowsToCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(guardFormula(cell))).join(',')).join('\r\n')}\r\n`;
}
