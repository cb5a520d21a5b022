import { readSheet } from 'read-excel-file/universal';
import { AppError } from '../result';
import { isoFromParts } from './excel-serial';
import type { Cell, Grid } from './grid';
import { IMPORT_LIMITS, checkFileSize, checkGrid, fileLabel } from './limits';
import { inspectWorkbook } from './xlsx-guard';
import { usesDate1904 } from './workbook-parts';
import { inflateEntry, readZipDirectory } from './zip-directory';

export interface XlsxGrid {
  grid: Grid;
  /** Every sheet in workbook order, so the user can pick another one. */
  sheetNames: string[];
  /** The sheet read (the first unless another was asked for). */
  sheetName: string;
  /**
   * The workbook uses the 1904 date system. read-excel-file already applies it to date-formatted
   * cells, but not to plain numbers in a date column (a serial in a "General" cell), which
   * values.ts converts; pass this on to analyseRegister.
   */
  date1904: boolean;
}

export interface ReadXlsxOptions {
  /** Sheet name, or 1-based position. */
  sheet?: string | number;
  /** The file's name, for messages ('register.xlsx' expands to…). */
  fileName?: string;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
/** workbook.xml lists sheets and defined names: a few KB, 16 MB at most. */
const WORKBOOK_XML_LIMIT = 16 * 1024 * 1024;

function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  // A copy: the library wants a whole ArrayBuffer, and a Uint8Array may be a view into a larger one.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/**
 * Reads the workbook's `date1904` flag from xl/workbook.xml (read-excel-file does not expose it).
 * Only that part is unzipped, within the same limits as a full read; false for anything unreadable.
 */
export function readDate1904(bytes: Uint8Array): boolean {
  try {
    const { entries } = readZipDirectory(bytes, IMPORT_LIMITS.xlsx.maxEntries);
    const entry = entries.findLast((e) => e.name === 'xl/workbook.xml');
    if (!entry) return false;
    const chunks: Uint8Array[] = [];
    const outcome = inflateEntry(bytes, entry, Math.min(entry.originalSize, WORKBOOK_XML_LIMIT), (chunk) => chunks.push(chunk));
    if (!outcome.ok) return false;
    const decoder = new TextDecoder();
    return usesDate1904(chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode());
  } catch {
    return false;
  }
}

/** Date cells become ISO dates from their UTC calendar fields (the library builds them at UTC midnight). */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return isoFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Reads one sheet of an .xlsx workbook into a grid (row i of the grid is spreadsheet row i + 1).
 * The workbook is checked against IMPORT_LIMITS first (xlsx-guard.ts): a zip bomb, a workbook of
 * thousands of parts or a sheet reaching beyond the register limits is refused with an AppError
 * before read-excel-file unzips or allocates anything. Only the chosen sheet is parsed.
 */
export async function readXlsx(input: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): Promise<XlsxGrid> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const { fileName } = options;
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new AppError(
      'XLS_NOT_SUPPORTED',
      `${fileLabel(fileName)} is an old-style .xls workbook: open it in Excel and save it as .xlsx or CSV, then import that.`,
    );
  }
  checkFileSize(fileName, bytes.length);
  const book = inspectWorkbook(bytes, fileName, options.sheet ?? 1);
  let data: unknown;
  try {
    data = await readSheet(toArrayBuffer(input), book.sheetNumber);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'XLSX_UNREADABLE',
      `${fileLabel(fileName)} could not be read as an Excel workbook (.xlsx): it is damaged, or was not saved by Excel (${detail}). Open it in Excel, save it again as .xlsx, and import that.`,
    );
  }
  if (!Array.isArray(data) || !data.every(Array.isArray)) {
    throw new AppError(
      'SHEET_NOT_A_TABLE',
      `Sheet '${book.sheetName}' of ${fileLabel(fileName)} is not a table of rows and columns (it may be a chart): choose another sheet.`,
    );
  }
  const grid: Grid = (data as unknown[][]).map((row) => row.map(toCell));
  checkGrid(grid, fileName, 'xlsx', ` (sheet '${book.sheetName}')`);
  return { grid, sheetNames: book.sheets.map((s) => s.name), sheetName: book.sheetName, date1904: book.date1904 };
}
