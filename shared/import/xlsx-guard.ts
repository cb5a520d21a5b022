import { AppError } from '../result';
import { IMPORT_LIMITS, fileLabel, formatBytes, tooManyCells, tooManyColumns, tooManyRows } from './limits';
import { formatCount } from '../format';
import { SheetScanner } from './sheet-scan';
import { usesDate1904, workbookSheets, type WorkbookSheet } from './workbook-parts';
import { inflateEntry, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

/*
 * Everything checked about an .xlsx before read-excel-file is allowed near it, in this order:
 *
 * 1. The zip's central directory, without decompressing anything: how many parts, their declared
 *    unzipped sizes in total, and each large part's compression ratio (limits.ts says why each
 *    limit is what it is). A zip bomb is refused here, in milliseconds.
 * 2. Every part the library will unzip (its .xml and .xml.rels parts) is decompressed once, in
 *    small steps, stopping the moment it produces more than its declared size: a zip that lies
 *    about its sizes costs no more than the sizes it declares. The chosen sheet's XML is scanned
 *    on the way through (sheet-scan.ts) without being kept.
 * 3. The sheet's extent: no reference outside Excel's grid, and the last row and column holding a
 *    value within the register limits, so the library never builds more than IMPORT_LIMITS.maxCells.
 */

export interface InspectedWorkbook {
  sheets: WorkbookSheet[];
  /** 1-based position of the sheet to read. */
  sheetNumber: number;
  sheetName: string;
  date1904: boolean;
}

/** The parts read-excel-file unzips (its own filter), and so the parts that must be checked. */
const libraryReads = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.xml.rels');

const MAYBE_MALICIOUS = 'it may be damaged or malicious, so it was not opened';

function unreadable(fileName: string | undefined, why: string): AppError {
  return new AppError(
    'XLSX_UNREADABLE',
    `${fileLabel(fileName)} could not be read as an Excel workbook (.xlsx): ${why}. Open it in Excel, save it again as .xlsx, and import that.`,
  );
}

function checkDirectory(fileName: string | undefined, entries: readonly ZipEntry[]): void {
  const { maxUncompressedBytes, maxCompressionRatio, ratioCheckFromBytes } = IMPORT_LIMITS.xlsx;
  let total = 0;
  for (const entry of entries) total += entry.originalSize;
  if (total > maxUncompressedBytes) {
    throw new AppError(
      'XLSX_TOO_LARGE_UNZIPPED',
      `${fileLabel(fileName)} expands to ${formatBytes(total)} when unzipped, more than the ${formatBytes(maxUncompressedBytes)} a register can be; ${MAYBE_MALICIOUS}.`,
    );
  }
  for (const entry of entries) {
    if (entry.originalSize <= ratioCheckFromBytes) continue;
    const ratio = entry.originalSize / Math.max(1, entry.compressedSize);
    if (ratio > maxCompressionRatio) {
      throw new AppError(
        'XLSX_SUSPICIOUS_COMPRESSION',
        `${fileLabel(fileName)} holds a part ('${entry.name}') that expands ${formatCount(ratio)} times when unzipped (from ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.originalSize)}), far more than any spreadsheet does (at most ${maxCompressionRatio} times); ${MAYBE_MALICIOUS}.`,
      );
    }
  }
}

/** The last entry of each name wins, as in fflate's (and so the library's) result object. */
function lastEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i -= 1) if (entries[i].name === name) return entries[i];
  return undefined;
}

function inflateChecked(fileName: string | undefined, data: Uint8Array, entry: ZipEntry, onData?: (chunk: Uint8Array) => void): void {
  if (entry.compression !== 0 && entry.compression !== 8) {
    throw unreadable(fileName, `part '${entry.name}' uses a compression method Excel does not use`);
  }
  const outcome = inflateEntry(data, entry, entry.originalSize, onData);
  if (outcome.ok) return;
  if (outcome.problem === 'too-large') {
    throw new AppError(
      'XLSX_SUSPICIOUS_COMPRESSION',
      `${fileLabel(fileName)} holds a part ('${entry.name}') that unzips to more than the ${formatBytes(entry.originalSize)} its zip directory declares; ${MAYBE_MALICIOUS}.`,
    );
  }
  throw unreadable(fileName, `part '${entry.name}' is damaged`);
}

function textOf(fileName: string | undefined, data: Uint8Array, entry: ZipEntry | undefined): string {
  if (!entry) return '';
  const decoder = new TextDecoder();
  let text = '';
  inflateChecked(fileName, data, entry, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}

function chooseSheet(sheets: readonly WorkbookSheet[], wanted: string | number): number {
  const index = typeof wanted === 'number' ? wanted - 1 : sheets.findIndex((s) => s.name === wanted);
  if (!Number.isInteger(index) || index < 0 || index >= sheets.length) {
    const names = sheets.length ? `its sheets are ${sheets.map((s) => `'${s.name}'`).join(', ')}` : 'it has no sheets';
    throw new AppError(
      'SHEET_NOT_FOUND',
      `The workbook has no sheet ${typeof wanted === 'number' ? `number ${wanted}` : `'${wanted}'`}; ${names}.`,
    );
  }
  return index;
}

/**
 * Checks a workbook against IMPORT_LIMITS and picks the sheet to read, or throws an AppError that
 * names the file and the limit. Decompresses each part at most once and keeps only the small
 * workbook parts.
 */
export function inspectWorkbook(data: Uint8Array, fileName: string | undefined, wanted: string | number = 1): InspectedWorkbook {
  let entries: ZipEntry[];
  try {
    const directory = readZipDirectory(data, IMPORT_LIMITS.xlsx.maxEntries);
    if (directory.declaredEntries > IMPORT_LIMITS.xlsx.maxEntries) {
      throw new AppError(
        'XLSX_TOO_MANY_PARTS',
        `${fileLabel(fileName)} is made of ${formatCount(directory.declaredEntries)} parts, more than the ${formatCount(IMPORT_LIMITS.xlsx.maxEntries)} a workbook can have; ${MAYBE_MALICIOUS}.`,
      );
    }
    entries = directory.entries;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(
      fileName,
      error instanceof ZipFormatError ? 'it is not a zip file, or its zip structure is damaged' : 'its zip structure is damaged',
    );
  }
  checkDirectory(fileName, entries);
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!libraryReads(entry.name)) continue;
    // Which of two same-named parts the library ends up with depends on unzip timing: refuse.
    if (seen.has(entry.name)) throw unreadable(fileName, `it holds two parts named '${entry.name}', which Excel never writes`);
    seen.add(entry.name);
  }

  const workbookEntry = lastEntry(entries, 'xl/workbook.xml');
  const relsEntry = lastEntry(entries, 'xl/_rels/workbook.xml.rels');
  if (!workbookEntry || !relsEntry) throw unreadable(fileName, 'it has no workbook part (xl/workbook.xml), so it is not an Excel workbook');
  const workbookXml = textOf(fileName, data, workbookEntry);
  const sheets = workbookSheets(workbookXml, textOf(fileName, data, relsEntry));
  const index = chooseSheet(sheets, wanted);
  const sheet = sheets[index];
  const where = ` (sheet '${sheet.name}')`;
  if (sheet.part === null) {
    throw new AppError(
      'SHEET_NOT_A_TABLE',
      `Sheet '${sheet.name}' of ${fileLabel(fileName)} is not a table of rows and columns (it may be a chart): choose another sheet.`,
    );
  }
  const sheetEntry = lastEntry(entries, sheet.part);
  if (!sheetEntry || !libraryReads(sheetEntry.name)) throw unreadable(fileName, `the part holding sheet '${sheet.name}' is missing`);

  const scanner = new SheetScanner();
  for (const entry of entries) {
    if (entry === workbookEntry || entry === relsEntry || !libraryReads(entry.name)) continue;
    if (entry === sheetEntry) {
      const decoder = new TextDecoder();
      inflateChecked(fileName, data, entry, (chunk) => scanner.push(decoder.decode(chunk, { stream: true })));
      scanner.push(decoder.decode());
    } else {
      inflateChecked(fileName, data, entry);
    }
  }

  const extent = scanner.extent();
  if (extent.outsideGrid !== null || extent.oversizedTag) {
    const what =
      extent.outsideGrid !== null
        ? `refers to ${extent.outsideGrid}, outside the 1,048,576 rows × 16,384 columns (A to XFD) any Excel sheet has`
        : 'has a row or cell written in a way no spreadsheet program writes';
    throw new AppError('SHEET_OUT_OF_BOUNDS', `${fileLabel(fileName)}${where} ${what}; ${MAYBE_MALICIOUS}.`);
  }
  const { maxRows, maxColumns, maxCells } = IMPORT_LIMITS;
  if (extent.lastValueRow > maxRows) throw tooManyRows(fileName, `has data down to row ${formatCount(extent.lastValueRow)}`, where);
  if (extent.lastValueColumn > maxColumns) throw tooManyColumns(fileName, extent.lastValueColumn, where);
  if (extent.lastValueRow * extent.lastValueColumn > maxCells)
    throw tooManyCells(fileName, extent.lastValueRow * extent.lastValueColumn, where);

  return { sheets, sheetNumber: index + 1, sheetName: sheet.name, date1904: usesDate1904(workbookXml) };
}
