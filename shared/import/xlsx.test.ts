import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../result';
import { analyseRegister } from './register';
import { readDate1904, readXlsx } from './xlsx';

const fixturePath = (name: string): URL => new URL(`../../test/fixtures/registers/${name}`, import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(fixturePath(name)));

interface ExpectedRow {
  reference: string;
  startDate: string;
  currentEndDate: string;
  maximumEndDate: string | null;
  totalValue: number;
  annualValue: number;
  autoRenew: boolean;
}
const expected = JSON.parse(readFileSync(fixturePath('trust-foi-register.expected.json'), 'utf8')) as {
  sheetNames: string[];
  headerRowNumber: number;
  firstDataRowNumber: number;
  headers: string[];
  rows: ExpectedRow[];
};

describe('readXlsx', () => {
  it('lists the sheets, reads the first by default, and keeps spreadsheet row numbers', async () => {
    const result = await readXlsx(fixture('trust-foi-register.xlsx'));
    expect(result.sheetNames).toEqual(expected.sheetNames);
    expect(result.sheetName).toBe('Register');
    expect(result.date1904).toBe(false);
    expect(result.grid[expected.headerRowNumber - 1].slice(0, expected.headers.length)).toEqual(expected.headers);
    expect(result.grid[2].every((cell) => cell === null)).toBe(true);
  });

  it('turns date-formatted cells into ISO dates and leaves General serials as numbers', async () => {
    const { grid } = await readXlsx(fixture('trust-foi-register.xlsx'));
    const first = grid[expected.firstDataRowNumber - 1];
    expect(first[4]).toBe(expected.rows[0].startDate);
    expect(first[5]).toBe(expected.rows[0].currentEndDate);
    expect(typeof first[6]).toBe('number');
  });

  it('reads another sheet by name or number', async () => {
    const byName = await readXlsx(fixture('trust-foi-register.xlsx'), { sheet: 'Notes' });
    expect(byName.sheetName).toBe('Notes');
    expect(byName.grid[0][0]).toBe('About this register');
    const byNumber = await readXlsx(fixture('trust-foi-register.xlsx'), { sheet: 2 });
    expect(byNumber.grid).toEqual(byName.grid);
  });

  it('refuses a missing sheet, an old .xls and a file that is not a workbook with typed errors', async () => {
    await expect(readXlsx(fixture('trust-foi-register.xlsx'), { sheet: 'Budget' })).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
    await expect(readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).rejects.toMatchObject({ code: 'XLS_NOT_SUPPORTED' });
    await expect(readXlsx(new TextEncoder().encode('Reference,Title'))).rejects.toBeInstanceOf(AppError);
  });

  it('detects the 1904 date system from workbook.xml', () => {
    expect(readDate1904(fixture('trust-foi-register-1904.xlsx'))).toBe(true);
    expect(readDate1904(fixture('trust-foi-register.xlsx'))).toBe(false);
    const minimal = zipSync({ 'xl/workbook.xml': strToU8('<x:workbook><x:workbookPr date1904="true"/></x:workbook>') });
    expect(readDate1904(minimal)).toBe(true);
  });
});

describe.each([['trust-foi-register.xlsx'], ['trust-foi-register-1904.xlsx']])('analysing %s', (name) => {
  it('finds the header under the title rows and converts every serial date correctly', async () => {
    const book = await readXlsx(fixture(name));
    const preview = analyseRegister(book.grid, { fileName: name, existing: new Map(), date1904: book.date1904 });
    expect(preview.header).toEqual({ index: expected.headerRowNumber - 1, rowNumber: expected.headerRowNumber, found: true });
    expect(preview.errors).toEqual([]);
    expect(preview.counts.new).toBe(expected.rows.length);
    preview.rows.forEach((row, i) => {
      if (row.kind !== 'new') throw new Error(`row ${row.row} is ${row.kind}`);
      const want = expected.rows[i];
      expect(row.row).toBe(expected.firstDataRowNumber + i);
      expect(row.contract).toMatchObject({
        reference: want.reference,
        startDate: want.startDate,
        currentEndDate: want.currentEndDate,
        totalValue: want.totalValue,
        annualValue: want.annualValue,
        autoRenew: want.autoRenew,
      });
      expect(row.contract.maximumEndDate).toBe(want.maximumEndDate ?? undefined);
    });
  });
});
