/**
 * The common shape every register reader (CSV, XLSX) produces, so the analysis never cares where a
 * cell came from. Dates from XLSX arrive as ISO strings or Excel serial numbers; CSV cells are text.
 */
export type Cell = string | number | boolean | null;
export type Grid = Cell[][];

/** Every parser answers in this shape, so the importer can report a reason instead of throwing. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(reason: string): Parsed<T> {
  return { ok: false, reason };
}

/** The text the user would see in the cell, used in error messages and for text fields. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

export function isBlankCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return true;
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

/**
 * Our CSV export prefixes text that a spreadsheet would run as a formula with `'` (see
 * shared/export/csv.ts). Strip exactly one such quote again so export → import round-trips; text that
 * merely starts with an apostrophe ("'Tis") is left alone.
 */
export function stripFormulaGuard(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Quotes a value inside a reason so the user can spot it: `'31/02/2026'`. */
export function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `'${short}'`;
}
