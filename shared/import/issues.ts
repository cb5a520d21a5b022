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
