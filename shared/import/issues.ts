import type { ImportField } from './fields';

/** One problem in one cell (or one row), located the way the user sees the spreadsheet. */
export interface ImportIssue {
  /** 1-based spreadsheet row number, as Excel shows it. */
  row: number;
  /** The column's header text; '' when no column holds the field. */
  column: string;
  field: ImportField | 'term-months' | null;
  /** The cell's original text ('' for an empty cell). */
  value: string;
  /** Why, in words a trust manager can act on: "'31/02/2026' is not a real date". */
  reason: string;
  /** The full sentence: "Row 14, column 'End date': '31/02/2026' is not a real date". */
  message: string;
}

/**
 * Why a kept row lost a value: a value the app does not know (the user can map it in the preview), a
 * placeholder such as "TBC" in a required or money field (left blank, or, in a required text field,
 * kept as written), or a cell that could not be read.
 */
export type ImportWarningKind = 'unrecognised' | 'placeholder' | 'placeholder-kept' | 'unreadable';

/** A cell left blank in a row that is still imported ("Only required fields can refuse a row"). */
export interface ImportWarning extends ImportIssue {
  kind: ImportWarningKind;
}

export function makeIssue(
  row: number,
  column: string,
  field: ImportField | 'term-months' | null,
  value: string,
  reason: string,
): ImportIssue {
  const message = column ? `Row ${row}, column '${column}': ${reason}` : `Row ${row}: ${reason}`;
  return { row, column, field, value, reason, message };
}

export function makeWarning(
  kind: ImportWarningKind,
  row: number,
  column: string,
  field: ImportField,
  value: string,
  reason: string,
): ImportWarning {
  return { ...makeIssue(row, column, field, value, reason), kind };
}
