import { AppError } from '../result';
import type { Grid } from './grid';
import { formatCount, formatDecimal } from '../format';

/*
 * How big a file the importers will open. Every limit is several times what a real NHS trust
 * register needs, and small enough that a hostile file (a zip bomb, a sheet claiming a million rows,
 * a CSV of nothing but commas) is refused before it can exhaust the import worker's memory or time.
 *
 * Sizes are in bytes and shown to the user in binary units (1 MB = 1,048,576 bytes), as Windows
 * Explorer shows them.
 */

const MB = 1024 * 1024;

/** Excel's own grid: no spreadsheet Excel writes can have a row or column beyond these. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export const IMPORT_LIMITS = {
  /**
   * The largest file read at all (CSV, XLSX or portfolio JSON). The largest trust registers seen
   * (tens of thousands of contracts) are a few MB as .xlsx and tens of MB as CSV; 200 MB leaves room
   * for a register with long free-text notes while bounding what the worker holds in memory.
   */
  maxFileBytes: 200 * MB,
  /**
   * Spreadsheet rows, counting title, header and blank rows. A large acute trust has a few thousand
   * contracts and a national register (NHSBSA, a whole ICS) tens of thousands; 250,000 is ten times
   * that, and the preview stays usable.
   */
  maxRows: 250_000,
  /** Columns up to the last one holding anything. Registers have 15 to 60; exports with every field ~100. */
  maxColumns: 250,
  /** Characters in one cell: Excel's own limit, so no cell saved by Excel is ever refused. */
  maxCellChars: 32_767,
  /**
   * Cells in the rectangle from A1 to the last row and column holding data: what the readers build in
   * memory. 250,000 rows × 80 columns, more than any register; it stops a file from pairing the
   * largest row count with the largest column count (62.5 million cells).
   */
  maxCells: 20_000_000,
  xlsx: {
    /**
     * Parts in the workbook's zip. A register workbook has 10 to 40 (one per sheet, styles, theme,
     * shared strings, drawings); 1,000 allows hundreds of sheets. A zip listing tens of thousands of
     * parts is made to exhaust the reader, not to hold a register.
     */
    maxEntries: 1_000,
    /**
     * The sum of the parts' unzipped sizes, as the zip declares them. Sheet XML is 5–15 times the
     * size of the .xlsx, so a 40 MB register workbook unzips to at most 600 MB.
     */
    maxUncompressedBytes: 600 * MB,
    /**
     * Unzipped ÷ zipped size of one part, checked for parts over `ratioCheckFromBytes`. Measured on
     * sheet XML deflated at levels 1–9: 6:1 for typical registers, 9:1 for 100,000 rows of formatted
     * empty cells, 14:1 for 1.4 million identical numbers; cell references change on every cell, so
     * real sheets cannot compress much further. A zip bomb's part is 500:1 to 1,000:1 (DEFLATE's
     * ceiling is 1,032:1). 100:1 is seven times the most repetitive real sheet measured and ten times
     * below a bomb.
     */
    maxCompressionRatio: 100,
    /** Small parts (styles, a tiny sheet) are exempt from the ratio check: they cannot do harm. */
    ratioCheckFromBytes: 1 * MB,
  },
} as const;

/** 'register.xlsx' in quotes, or "The file" when the caller did not say. */
export function fileLabel(fileName: string | undefined): string {
  return fileName ? `'${fileName}'` : 'The file';
}

/** Bytes in the units Windows shows: "812 bytes", "45 KB", "3.5 MB", "600 MB", "4.2 GB". */
export function formatBytes(bytes: number): string {
  const units = ['KB', 'MB', 'GB', 'TB'];
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value < 10 ? formatDecimal(value, 1) : formatCount(Math.round(value));
  return `${shown} ${units[unit]}`;
}

/** 1 → "A", 27 → "AA", 16384 → "XFD" (1-based, as Excel names columns). */
export function columnName(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Refuses a file over `maxFileBytes` before anything reads it. */
export function checkFileSize(fileName: string | undefined, byteLength: number): void {
  if (byteLength > IMPORT_LIMITS.maxFileBytes) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `${fileLabel(fileName)} is ${formatBytes(byteLength)}, more than the ${formatBytes(IMPORT_LIMITS.maxFileBytes)} a file to import can be, so it was not opened. If it really is one register, split it into smaller files.`,
    );
  }
}

/** `detail` says what was found: "has data down to row 1,048,576". */
export function tooManyRows(fileName: string | undefined, detail: string, where = ''): AppError {
  return new AppError(
    'TOO_MANY_ROWS',
    `${fileLabel(fileName)}${where} ${detail}; a register can have at most ${formatCount(IMPORT_LIMITS.maxRows)} rows, so it was not opened. Split it into smaller files, or delete the rows below the register that are not part of it.`,
  );
}

/** `column` is the 1-based last column holding data; `row` names the row when it is known. */
export function tooManyColumns(fileName: string | undefined, column: number, where = '', row?: number): AppError {
  const shown =
    column <= EXCEL_MAX_COLUMNS ? `column ${columnName(column)} (column ${formatCount(column)})` : `column ${formatCount(column)}`;
  return new AppError(
    'TOO_MANY_COLUMNS',
    `${fileLabel(fileName)}${where} has data in ${shown}${row !== undefined ? ` of row ${formatCount(row)}` : ''}; a register can have at most ${formatCount(IMPORT_LIMITS.maxColumns)} columns, so it was not opened. Delete the columns that are not part of the register.`,
  );
}

export function tooManyCells(fileName: string | undefined, cells: number, where = '', approximate = false): AppError {
  return new AppError(
    'TOO_MANY_CELLS',
    `${fileLabel(fileName)}${where} has ${approximate ? 'up to ' : ''}${formatCount(cells)} cells, more than the ${formatCount(IMPORT_LIMITS.maxCells)} a register can have, so it was not opened. Delete the rows or columns that are not part of the register, or split it into smaller files.`,
  );
}

/** A cell longer than Excel allows: in a CSV, nearly always a quote mark that is never closed. */
export function cellTooLong(
  fileName: string | undefined,
  length: number,
  row: number,
  column: number,
  kind: 'csv' | 'xlsx' | 'grid',
  where = '',
): AppError {
  const advice =
    kind === 'csv'
      ? ` This usually means a quote mark (") opened in that cell is never closed: check the quotes in row ${formatCount(row)}.`
      : kind === 'xlsx'
        ? ' The file was not written by Excel, or it is damaged.'
        : '';
  return new AppError(
    'CELL_TOO_LONG',
    `${fileLabel(fileName)}${where} has a cell of ${formatCount(length)} characters (cell ${columnName(column)}${row}); a cell can hold at most ${formatCount(IMPORT_LIMITS.maxCellChars)} characters, as in Excel, so the file was not opened.${advice}`,
  );
}

/**
 * Checks a grid a reader built: rows, the last column holding anything in each row (trailing empty
 * cells, which Excel's CSV export writes for formatted columns, do not count) and each cell's length.
 * `rowsCapped` says the reader stopped reading at maxRows + 1, so there may be more. `firstIndex` is
 * the grid index of `grid`'s first row when it is a slice of a longer grid (a streamed CSV).
 */
export function checkGrid(
  grid: Grid,
  fileName: string | undefined,
  kind: 'csv' | 'xlsx',
  where = '',
  rowsCapped = false,
  firstIndex = 0,
): void {
  const { maxRows, maxColumns, maxCellChars } = IMPORT_LIMITS;
  if (grid.length > maxRows) {
    throw tooManyRows(fileName, `has ${rowsCapped ? 'more than ' : ''}${formatCount(rowsCapped ? maxRows : grid.length)} rows`, where);
  }
  for (let r = 0; r < grid.length; r += 1) {
    const row = grid[r];
    let used = 0;
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (typeof cell === 'string') {
        if (cell.length > maxCellChars) throw cellTooLong(fileName, cell.length, firstIndex + r + 1, c + 1, kind, where);
        if (cell.trim() !== '') used = c + 1;
      } else if (cell !== null && cell !== undefined) {
        used = c + 1;
      }
    }
    if (used > maxColumns) throw tooManyColumns(fileName, used, where, firstIndex + r + 1);
  }
}
