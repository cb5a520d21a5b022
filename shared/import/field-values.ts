import { assertNever } from '../result';
import { MAX_PERIOD_DAYS } from '../domain/contract';
import { isChoiceKind } from '../domain/contract-fields';
import { CHOICE_PARSERS } from './enum-values';
import { parseExtensionOptions } from './extension-options';
import { FIELD_KINDS, type FieldKind, type ImportField } from './fields';
import { cellText, ok, stripFormulaGuard, type Cell, type Parsed } from './grid';
import { parseBoolean, parseDate, parseInteger, parseList, parseMoney, type DateOptions } from './values';

/**
 * Placeholders registers put in cells that have no value. They count as blank for dates, amounts,
 * numbers, yes/no, lists and enums; in text fields they are kept, because "TBC" may be a real title.
 */
const PLACEHOLDERS = new Set([
  'n/a',
  'na',
  'n.a.',
  '-',
  '--',
  '–',
  '—',
  'tbc',
  'tba',
  'tbd',
  'none',
  'not applicable',
  'unknown',
  'not known',
  '?',
]);

const LONGEST_PLACEHOLDER = Math.max(...[...PLACEHOLDERS].map((p) => p.length));
/** Their first characters in either case: most cells (dates, amounts) are ruled out on the first. */
const PLACEHOLDER_STARTS = new Set([...PLACEHOLDERS].flatMap((p) => [p[0], p[0].toUpperCase()]));

export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= LONGEST_PLACEHOLDER && PLACEHOLDER_STARTS.has(trimmed[0]) && PLACEHOLDERS.has(trimmed.toLowerCase());
}

/**
 * Whether a cell gives no value for this field (empty, or a placeholder in a non-text field). A list
 * cell holding only "N/A" or "—" means "none" (so a module literally named "—" cannot be imported).
 */
export function isBlankFor(kind: FieldKind, cell: Cell): boolean {
  if (cell === null) return true;
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  if (text === '') return true;
  return kind !== 'text' && isPlaceholder(text);
}

/** Turns one non-blank cell into the value for a contract field. */
export function parseFieldCell(field: ImportField, cell: Cell, options: DateOptions): Parsed<unknown> {
  const kind = FIELD_KINDS[field];
  if (isChoiceKind(kind)) return CHOICE_PARSERS[kind](cell);
  switch (kind) {
    case 'text':
      return ok(stripFormulaGuard(cellText(cell).trim()));
    case 'date':
      return parseDate(cell, options);
    case 'money':
      return parseMoney(cell);
    case 'days':
      return parseInteger(cell, { min: 0, max: MAX_PERIOD_DAYS, units: ['days', 'day', 'd'], noun: 'a whole number of days' });
    case 'boolean':
      return parseBoolean(cell);
    case 'list':
      return parseList(typeof cell === 'string' ? stripFormulaGuard(cell) : cell);
    case 'extension-options':
      return parseExtensionOptions(cell, options);
    default:
      return assertNever(kind, 'field kind');
  }
}

/** A term in whole months, for deriving an end date from a start date. */
export function parseTermMonths(cell: Cell): Parsed<number> {
  return parseInteger(cell, { min: 1, max: 600, units: ['months', 'month', 'mths', 'm'], noun: 'a whole number of months' });
}
