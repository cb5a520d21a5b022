import type { XlsxCell } from '@shared/law/pipeline-export';

/**
 * Writes a worksheet given as typed rows (header first) to an .xlsx with exceljs: numbers stay
 * numbers, `{ date }` cells become real Excel dates shown `1 Apr 2026`, the header is bold and frozen
 * with a filter, so the file opens ready to sort. exceljs loads on first use, outside the main bundle.
 */
export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  /** Excel number formats by column index (e.g. money `£#,##0`). */
  numberFormats?: Readonly<Record<number, string>>;
}

const DATE_FORMAT = 'd mmm yyyy';

function cellValue(cell: XlsxCell): string | number | boolean | Date | null {
  if (cell !== null && typeof cell === 'object') {
    const [y, m, d] = cell.date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return cell;
}

/** Excel refuses * ? : \\ / [ ] in a sheet name and more than 31 characters: "2027/28" becomes "2027-28". */
function sheetName(name: string): string {
  return name.replace(/[*?:\\/[\]]/g, '-').slice(0, 31);
}

export async function writeXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Trust Procurement Planner';
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of sheet.rows) ws.addRow(row.map(cellValue));
    const header = ws.getRow(1);
    header.font = { bold: true };
    const columns = sheet.rows[0]?.length ?? 0;
    for (let c = 1; c <= columns; c += 1) {
      const col = ws.getColumn(c);
      const isDate = sheet.rows.slice(1).some((r) => r[c - 1] !== null && typeof r[c - 1] === 'object');
      const format = sheet.numberFormats?.[c - 1] ?? (isDate ? DATE_FORMAT : undefined);
      if (format) col.numFmt = format;
      const widest = Math.max(...sheet.rows.slice(0, 200).map((r) => String(r[c - 1] ?? '').length));
      col.width = Math.min(60, Math.max(10, isDate ? 12 : widest + 2));
    }
    if (columns > 0 && sheet.rows.length > 0)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rows.length, column: columns } };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
