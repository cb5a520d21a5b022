import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { AppError } from '../result';
import { isoFromParts } from './excel-serial';
import type { Cell, Grid } from './grid';

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
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  // A copy: the library wants a whole ArrayBuffer, and a Uint8Array may be a view into a larger one.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/**
 * read-excel-file does not expose the workbook's date system, so read the `date1904` flag from
 * xl/workbook.xml ourselves (fflate unzips just that entry).
 */
export function readDate1904(bytes: Uint8Array): boolean {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
    const xml = files['xl/workbook.xml'];
    if (!xml) return false;
    return /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/i.test(strFromU8(xml));
  } catch {
    // An unreadable zip is reported by the main read below, with a better message.
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

/** Reads one sheet of an .xlsx workbook into a grid (row i of the grid is spreadsheet row i + 1). */
export async function readXlsx(input: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): Promise<XlsxGrid> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new AppError('XLS_NOT_SUPPORTED', 'This is an old-style .xls workbook: open it in Excel and save it as .xlsx or CSV, then import that.');
  }
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(toArrayBuffer(input))) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('XLSX_UNREADABLE', `The file could not be read as an Excel workbook (.xlsx): ${detail}`);
  }
  const sheetNames = sheets.map((s) => s.sheet);
  const wanted = options.sheet ?? 1;
  const chosen = typeof wanted === 'number' ? sheets[wanted - 1] : sheets.find((s) => s.sheet === wanted);
  if (!chosen) {
    throw new AppError('SHEET_NOT_FOUND', `The workbook has no sheet ${typeof wanted === 'number' ? `number ${wanted}` : `'${wanted}'`}; its sheets are ${sheetNames.map((n) => `'${n}'`).join(', ')}.`);
  }
  return {
    grid: chosen.data.map((row) => row.map(toCell)),
    sheetNames,
    sheetName: chosen.sheet,
    date1904: readDate1904(bytes),
  };
}
