import { AppError } from '../result';
import { parseCsvBytes } from './csv';
import type { Grid } from './grid';
import { detectHeaderRow } from './header-detect';
import { checkFileSize } from './limits';
import { readXlsx } from './xlsx';

export interface RegisterFile {
  kind: 'csv' | 'xlsx';
  grid: Grid;
  /** XLSX sheets in workbook order (empty for CSV), so the user can pick another. */
  sheetNames: string[];
  sheetName: string | null;
  date1904: boolean;
  /** Things to show the user before the preview (encoding guessed, unbalanced quotes, sheet chosen). */
  notices: string[];
}

/** Workbooks with more sheets than this are not scored past it: the register is nearly always early. */
const SHEETS_SCORED = 20;

/**
 * Opens the sheet that holds the register: many trust workbooks start with a notes or cover sheet.
 * Each sheet's best header row is scored by how many known column names it holds (header-detect.ts);
 * the highest wins, the first sheet on a tie. A sheet that cannot be read as a table scores nothing.
 */
async function readBestSheet(fileName: string, bytes: Uint8Array): Promise<RegisterFile> {
  const first = await readXlsx(bytes, { sheet: 1, fileName });
  let best = { book: first, score: detectHeaderRow(first.grid).matches };
  const limit = Math.min(first.sheetNames.length, SHEETS_SCORED);
  for (let n = 2; n <= limit; n += 1) {
    let book;
    try {
      book = await readXlsx(bytes, { sheet: n, fileName });
    } catch {
      continue;
    }
    const score = detectHeaderRow(book.grid).matches;
    if (score > best.score) best = { book, score };
  }
  const { book } = best;
  const notices: string[] = [];
  if (book.sheetNames.length > 1) {
    const others = book.sheetNames.filter((s) => s !== book.sheetName).map((s) => `'${s}'`);
    const why = best.book === first ? 'the first sheet' : `it looks most like a register (its header names ${best.score} known columns)`;
    notices.push(
      `Reading sheet '${book.sheetName}' because ${why}. The workbook also has ${others.join(', ')}: choose another under Sheet if the register is there.`,
    );
  }
  return { kind: 'xlsx', grid: book.grid, sheetNames: book.sheetNames, sheetName: book.sheetName, date1904: book.date1904, notices };
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);

/** Whether readRegisterFile reads these bytes as CSV text (not a workbook, nor refused as a misnamed one). */
export function readsAsCsv(fileName: string, bytes: Uint8Array): boolean {
  return !startsWith(bytes, ZIP_SIGNATURE) && !startsWith(bytes, OLE_SIGNATURE) && !/\.(xlsx|xlsm|xls)$/i.test(fileName);
}

/**
 * Reads a register spreadsheet into a grid, choosing the reader from the file's first bytes rather
 * than its name: registers arrive renamed, and an .xlsx is always a zip. Both readers enforce
 * IMPORT_LIMITS (limits.ts) and refuse a file over them with an AppError naming the file.
 */
export async function readRegisterFile(
  fileName: string,
  bytes: Uint8Array,
  options: { sheet?: string | number } = {},
): Promise<RegisterFile> {
  checkFileSize(fileName, bytes.length);
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE)) {
    if (options.sheet === undefined && startsWith(bytes, ZIP_SIGNATURE)) return readBestSheet(fileName, bytes);
    const book = await readXlsx(bytes, { sheet: options.sheet, fileName });
    return { kind: 'xlsx', grid: book.grid, sheetNames: book.sheetNames, sheetName: book.sheetName, date1904: book.date1904, notices: [] };
  }
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) {
    throw new AppError(
      'XLSX_UNREADABLE',
      `'${fileName}' is named like an Excel workbook but is not one: open it in Excel and save it as .xlsx or CSV.`,
    );
  }
  const csv = parseCsvBytes(bytes, { fileName });
  return { kind: 'csv', grid: csv.grid, sheetNames: [], sheetName: null, date1904: false, notices: csv.notices };
}
