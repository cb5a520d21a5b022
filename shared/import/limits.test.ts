import { describe, expect, it } from 'vitest';
import { AppError } from '../result';
import { parseCsvBytes } from './csv';
import { IMPORT_LIMITS, checkFileSize, columnName, formatBytes } from './limits';
import { formatCount } from '../format';
import { parsePortfolio } from './portfolio-format';
import { readRegisterFile } from './read-register-file';
import { analyseRegister } from './register';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('IMPORT_LIMITS', () => {
  it('are the documented values', () => {
    expect(IMPORT_LIMITS).toEqual({
      maxFileBytes: 200 * 1024 * 1024,
      maxRows: 250_000,
      maxColumns: 250,
      maxCellChars: 32_767,
      maxCells: 20_000_000,
      xlsx: { maxEntries: 1_000, maxUncompressedBytes: 600 * 1024 * 1024, maxCompressionRatio: 100, ratioCheckFromBytes: 1024 * 1024 },
    });
    // The cell limit holds the largest register the row and column limits describe in full width.
    expect(IMPORT_LIMITS.maxCells).toBeGreaterThanOrEqual(IMPORT_LIMITS.maxRows * 80);
  });

  it('are shown in plain units', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(45 * 1024)).toBe('45 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
    expect(formatBytes(600 * 1024 * 1024)).toBe('600 MB');
    expect(formatBytes(4.2 * 1024 ** 3)).toBe('4.2 GB');
    expect(formatCount(1_048_576)).toBe('1,048,576');
    expect([1, 26, 27, 250, 16_384].map(columnName)).toEqual(['A', 'Z', 'AA', 'IP', 'XFD']);
  });
});

describe('file size', () => {
  it('refuses a file over 200 MB before reading it, whatever its kind', async () => {
    const error = thrown(() => checkFileSize('register.xlsx', 4.2 * 1024 ** 3));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe(
      "'register.xlsx' is 4.2 GB, more than the 200 MB a file to import can be, so it was not opened. If it really is one register, split it into smaller files.",
    );
    const big = new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1);
    await expect(readRegisterFile('big.csv', big)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(readRegisterFile('big.xlsx', big)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    const portfolio = parsePortfolio(big, { fileName: 'big.json' });
    expect(portfolio.ok).toBe(false);
    expect(!portfolio.ok && portfolio.error.code).toBe('FILE_TOO_LARGE');
  });
});

describe('CSV limits', () => {
  it('refuses more than 250,000 rows, reading no further than one past the limit', () => {
    const atLimit = `Ref\n${'x\n'.repeat(IMPORT_LIMITS.maxRows - 1)}`;
    expect(parseCsvBytes(encode(atLimit)).grid).toHaveLength(IMPORT_LIMITS.maxRows);
    const error = thrown(() => parseCsvBytes(encode(`${atLimit}x\nx\n`), { fileName: 'big.csv' }));
    expect(error.code).toBe('TOO_MANY_ROWS');
    expect(error.message).toBe(
      "'big.csv' has more than 250,000 rows; a register can have at most 250,000 rows, so it was not opened. Split it into smaller files, or delete the rows below the register that are not part of it.",
    );
  });

  it('refuses a row with data beyond column 250, but not trailing empty fields', () => {
    const wide = ['Ref', ...Array.from({ length: 250 }, (_, i) => `C${i}`)].join(',');
    const error = thrown(() => parseCsvBytes(encode(`Ref,Title\n${wide}\n`), { fileName: 'wide.csv' }));
    expect(error.code).toBe('TOO_MANY_COLUMNS');
    expect(error.message).toBe(
      "'wide.csv' has data in column IQ (column 251) of row 2; a register can have at most 250 columns, so it was not opened. Delete the columns that are not part of the register.",
    );
    const trailing = parseCsvBytes(encode(`Ref,Title${','.repeat(5000)}\nA,B${','.repeat(5000)}\n`));
    expect(trailing.grid[1].slice(0, 2)).toEqual(['A', 'B']);
  });

  it('counts the most cells any parse could give before papaparse runs', () => {
    const error = thrown(() => parseCsvBytes(encode(','.repeat(IMPORT_LIMITS.maxCells)), { fileName: 'commas.csv' }));
    expect(error.code).toBe('TOO_MANY_CELLS');
    expect(error.message).toBe(
      "'commas.csv' has up to 20,000,001 cells, more than the 20,000,000 a register can have, so it was not opened. Delete the rows or columns that are not part of the register, or split it into smaller files.",
    );
    // Each candidate separator is counted on its own, and each of \r and \n as a line break.
    expect(thrown(() => parseCsvBytes(encode(`${';'.repeat(IMPORT_LIMITS.maxCells - 2)}\r\n`))).code).toBe('TOO_MANY_CELLS');
  });

  it('accepts a cell of exactly 32,767 characters and refuses one more', () => {
    expect(parseCsvBytes(encode(`Ref,Notes\nA,${'n'.repeat(32_767)}\n`)).grid[1][1]).toHaveLength(32_767);
    expect(thrown(() => parseCsvBytes(encode(`Ref,Notes\nA,${'n'.repeat(32_768)}\n`))).code).toBe('CELL_TOO_LONG');
  });

  it('explains a quote that is never closed (the usual cause of a huge cell)', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `R-${i},Title ${i},Supplier Ltd`).join('\n');
    const error = thrown(() =>
      parseCsvBytes(encode(`Ref,Title,Supplier\nR-x,"Unclosed title,Supplier\n${rows}\n`), { fileName: 'quotes.csv' }),
    );
    expect(error.code).toBe('CELL_TOO_LONG');
    expect(error.message).toContain('(cell B2)');
    expect(error.message).toContain('check the quotes in row 2');
  });
});

describe('analyseRegister limits (for grids that did not come through a reader)', () => {
  const header = ['Contract reference', 'Contract title', 'Supplier', 'End date'];

  it('refuses more rows or columns than a register can have', () => {
    const tall = [header, ...Array.from({ length: IMPORT_LIMITS.maxRows }, () => ['R', 'T', 'S', '2027-03-31'])];
    expect(thrown(() => analyseRegister(tall, { fileName: 'tall', existing: new Map() })).code).toBe('TOO_MANY_ROWS');
    const wide = [[...header, ...Array.from({ length: 300 }, (_, i) => `Extra ${i}`)]];
    const error = thrown(() => analyseRegister(wide, { fileName: 'wide', existing: new Map() }));
    expect(error.code).toBe('TOO_MANY_COLUMNS');
    expect(error.message).toContain('column KR (column 304)');
  });

  it('refuses an over-long header cell, and reports over-long data cells (term columns too) as row errors', () => {
    const longHeader = [
      [...header, 'H'.repeat(40_000)],
      ['R-1', 'T', 'S', '2027-03-31', 'x'],
    ];
    const error = thrown(() => analyseRegister(longHeader, { fileName: 'g', existing: new Map() }));
    expect(error.code).toBe('CELL_TOO_LONG');
    expect(error.message).toBe(
      "'g' (in its header row) has a cell of 40,000 characters (cell E1); a cell can hold at most 32,767 characters, as in Excel, so the file was not opened.",
    );

    const grid = [
      ['Contract reference', 'Contract title', 'Supplier', 'Start date', 'Term (months)', 'Ignored'],
      ['R-1', 'T', 'S', '2026-04-01', '1'.repeat(40_000), 'z'.repeat(40_000)],
    ];
    const preview = analyseRegister(grid, { fileName: 'g', existing: new Map(), mapping: { Ignored: 'ignore' } });
    expect(preview.errors.map((e) => [e.column, e.field])).toEqual([['Term (months)', 'term-months']]);
    expect(preview.errors[0].reason).toBe('the cell holds 40,000 characters, more than the 32,767 a spreadsheet cell can hold');
  });
});
