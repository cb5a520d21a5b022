import Papa from 'papaparse';
import { decodeText, type TextEncodingName } from './decode';
import type { Grid } from './grid';
import { formatCount } from '../format';
import { IMPORT_LIMITS, checkFileSize, checkGrid, tooManyCells, tooManyRows } from './limits';

export interface CsvGrid {
  grid: Grid;
  /** A CSV has one unnamed sheet; kept so CSV and XLSX results look alike to the UI. */
  sheetNames: string[];
  delimiter: string;
  encoding: TextEncodingName;
  /** Things the user should know (encoding guessed, unbalanced quotes). */
  notices: string[];
}

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SNIFF_ROWS = 50;

/**
 * Picks the delimiter that splits the most of the first rows into the same number of fields.
 * Papaparse's own guess scores by row-to-row change, which title rows above the header and
 * `£1,234` amounts in a semicolon file both throw off; the commonest field count is steadier.
 */
export function sniffDelimiter(text: string): string {
  let best: string = CANDIDATES[0];
  let bestRows = 0;
  let bestWidth = 0;
  for (const delimiter of CANDIDATES) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: SNIFF_ROWS, skipEmptyLines: true });
    const counts = new Map<number, number>();
    for (const row of data) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    for (const [width, rows] of counts) {
      if (rows > bestRows || (rows === bestRows && width > bestWidth)) {
        best = delimiter;
        bestRows = rows;
        bestWidth = width;
      }
    }
  }
  return best;
}

/** Parses CSV text into a grid of strings, one grid row per CSV record (blank lines kept). */
export function parseCsvText(text: string, delimiter = sniffDelimiter(text)): { grid: Grid; delimiter: string; notices: string[] } {
  const { grid, notices } = parseRecords(text, delimiter, 0);
  return { grid, delimiter, notices };
}

/** `preview` > 0 stops after that many records (0 reads them all). */
function parseRecords(
  text: string,
  delimiter: string,
  preview: number,
): { grid: Grid; delimiter: string; notices: string[]; linebreak: string } {
  // Blank lines stay in so grid row i is spreadsheet row i + 1, the number Excel shows the user.
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, dynamicTyping: false, preview });
  const grid: Grid = result.data;
  // Papaparse reports a final newline as one empty record; it is not a row the user sees.
  const last = grid[grid.length - 1];
  if (last && last.length === 1 && last[0] === '') grid.pop();
  return { grid, delimiter, notices: csvNotices(result.errors), linebreak: result.meta.linebreak };
}

/** What went wrong reading the records, for the user: the first five problems, then how many more. */
function csvNotices(errors: readonly { row?: number; message: string }[]): string[] {
  const notices = errors
    .slice(0, 5)
    .map((e) => (e.row === undefined ? e.message : `Row ${e.row + 1}: ${e.message.replace(/\.$/, '')} (check quotes in that row)`));
  if (errors.length > 5) notices.push(`…and ${errors.length - 5} more problems reading the CSV`);
  return notices;
}

/**
 * The most fields any parse of `text` can produce: every field ends at a separator, a line break or
 * the end, and quoting only ever merges. Counted before papaparse runs, so a file of nothing but
 * commas cannot make it build a row of two hundred million empty fields.
 */
function maxCsvFields(text: string): number {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let pipes = 0;
  let breaks = 0;
  for (let i = 0; i < text.length; i += 1) {
    switch (text.charCodeAt(i)) {
      case 44:
        commas += 1;
        break;
      case 59:
        semicolons += 1;
        break;
      case 9:
        tabs += 1;
        break;
      case 124:
        pipes += 1;
        break;
      case 10:
      case 13:
        breaks += 1;
        break;
      default:
        break;
    }
  }
  return Math.max(commas, semicolons, tabs, pipes) + breaks + 1;
}

export interface ParseCsvOptions {
  /** The file's name, for messages ('register.csv' has…). */
  fileName?: string;
}

/**
 * Decodes (see decode.ts) and parses a CSV file's bytes, within IMPORT_LIMITS: the file size, then an
 * upper bound on its cells, then rows (reading stops at one past the limit), the last column holding
 * data in each row and each cell's length. A cell longer than Excel's 32,767 characters refuses the
 * whole file: in a CSV it almost always means an unclosed quote has swallowed the rows after it.
 */
export function parseCsvBytes(bytes: Uint8Array, options: ParseCsvOptions = {}): CsvGrid {
  const { fileName } = options;
  const decoded = decodeWithinLimits(bytes, fileName);
  const parsed = parseRecords(decoded.text, sniffDelimiter(decoded.text), IMPORT_LIMITS.maxRows + 1);
  checkGrid(parsed.grid, fileName, 'csv', '', parsed.grid.length > IMPORT_LIMITS.maxRows);
  return {
    grid: parsed.grid,
    sheetNames: [],
    delimiter: parsed.delimiter,
    encoding: decoded.encoding,
    notices: decoded.notice ? [decoded.notice, ...parsed.notices] : parsed.notices,
  };
}

function decodeWithinLimits(bytes: Uint8Array, fileName: string | undefined): ReturnType<typeof decodeText> {
  checkFileSize(fileName, bytes.length);
  const decoded = decodeText(bytes);
  const fields = maxCsvFields(decoded.text);
  if (fields > IMPORT_LIMITS.maxCells) throw tooManyCells(fileName, fields, '', true);
  return decoded;
}

/** The first rows of a streamed CSV, where its header is looked for (header-detect.ts scans 30). */
export const CSV_HEAD_ROWS = 200;

/** Characters parsed per slice of a streamed CSV: about 1,500 register rows. */
const SLICE_CHARS = 512 * 1024;

export interface CsvStream {
  /** The first CSV_HEAD_ROWS records (fewer in a shorter file), read before the rest. */
  head: Grid;
  delimiter: string;
  encoding: TextEncodingName;
  /**
   * Parses every record, the head's included, a slice at a time: each slice goes to `onRows` with
   * its first grid index and the fraction of the file read, before the next is parsed. Enforces
   * IMPORT_LIMITS as parseCsvBytes does (throwing from the slice over them); returns the notices.
   */
  readRows(onRows: (rows: Grid, firstIndex: number, fraction: number) => void): string[];
}

/**
 * A CSV file read in slices (the streaming import, issue 16): the grid the slices make is the one
 * parseCsvBytes returns, but whoever reads it can work on each slice while the next is parsed,
 * and no slice outlives its reading.
 */
export function openCsvStream(bytes: Uint8Array, options: ParseCsvOptions & { sliceChars?: number } = {}): CsvStream {
  const { fileName, sliceChars = SLICE_CHARS } = options;
  const decoded = decodeWithinLimits(bytes, fileName);
  const { text } = decoded;
  const delimiter = sniffDelimiter(text);
  // The line break is guessed once, from the file's start, as the whole-file parse does: guessed per
  // slice, a slice cut between \r and \n would guess wrong.
  const { grid: head, linebreak } = parseRecords(text, delimiter, CSV_HEAD_ROWS);
  return {
    head,
    delimiter,
    encoding: decoded.encoding,
    readRows(onRows) {
      const errors: { row?: number; message: string }[] = [];
      let index = 0;
      // The last record of each slice waits for the next: the file's final newline makes an empty
      // record that parseCsvBytes drops, and only the end tells which record is last.
      let held = null as string[] | null;
      const hand = (rows: string[][], fraction: number) => {
        if (index + rows.length > IMPORT_LIMITS.maxRows)
          throw tooManyRows(fileName, `has more than ${formatCount(IMPORT_LIMITS.maxRows)} rows`);
        checkGrid(rows, fileName, 'csv', '', false, index);
        onRows(rows, index, fraction);
        index += rows.length;
      };
      Papa.parse<string[]>(text, {
        delimiter,
        skipEmptyLines: false,
        dynamicTyping: false,
        newline: linebreak as Papa.ParseConfig['newline'],
        chunkSize: sliceChars,
        // Papa streams a string in slices too; its typings list `chunk` for files only, with `complete`.
        complete: () => undefined,
        chunk: (results: Papa.ParseResult<string[]>) => {
          const base = index + (held ? 1 : 0);
          for (const e of results.errors) {
            // A slice cut just after a quote mark leaves a half record that is read again with the
            // next slice; what Papa said about that half is not about the file.
            if (e.row !== undefined && e.row >= results.data.length) continue;
            errors.push({ message: e.message, row: e.row === undefined ? undefined : e.row + base });
          }
          const rows = results.data;
          if (held) rows.unshift(held);
          held = rows.pop() ?? null;
          if (rows.length) hand(rows, Math.min(1, results.meta.cursor / Math.max(1, text.length)));
        },
      });
      if (held && !(held.length === 1 && held[0] === '')) hand([held], 1);
      return decoded.notice ? [decoded.notice, ...csvNotices(errors)] : csvNotices(errors);
    },
  };
}
