import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from './xlsx-writer';

describe('writeXlsx', () => {
  it('writes numbers as numbers, date cells as dates and text as text, and reads back the same', async () => {
    const bytes = await writeXlsx([
      {
        name: 'Pipeline notice 2027/28',
        rows: [
          ['Reference', 'Value', 'Notice date', 'Included', 'CPV'],
          ['=EPR', 2_400_000.01, { date: '2027-09-30' }, true, null],
        ],
        numberFormats: { 1: '£#,##0.00' },
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = book.getWorksheet('Pipeline notice 2027-28')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Reference', 'Value', 'Notice date', 'Included', 'CPV']);
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('=EPR');
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(2_400_000.01);
    expect(row.getCell(2).numFmt).toBe('£#,##0.00');
    expect((row.getCell(3).value as Date).toISOString().slice(0, 10)).toBe('2027-09-30');
    expect(row.getCell(3).numFmt).toBe('d mmm yyyy');
    expect(row.getCell(4).value).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
