import { readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../result';
import { parsePortfolio } from './portfolio-format';
import { readRegisterFile } from './read-register-file';
import { analyseRegister } from './register';
import { parseCsvBytes } from './csv';

/*
 * The hostile fixtures (test/fixtures/hostile/make-hostile.mjs says how each is built). Two spies
 * show what was decompressed: every Inflate the importer creates (its bounded check of each part),
 * and read-excel-file's readSheet (which unzips the whole workbook). The zip attacks must be refused
 * from the zip's directory alone, before either runs.
 */

const calls = vi.hoisted(() => ({ inflaters: 0, inflatedBytes: 0, readSheet: 0 }));

vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  class CountingInflate extends real.Inflate {
    constructor(ondata: (chunk: Uint8Array, final: boolean) => void) {
      super((chunk: Uint8Array, final: boolean) => {
        calls.inflatedBytes += chunk.length;
        ondata(chunk, final);
      });
      calls.inflaters += 1;
    }
  }
  return { ...real, Inflate: CountingInflate };
});

vi.mock('read-excel-file/universal', async (importOriginal) => {
  const real = await importOriginal<typeof import('read-excel-file/universal')>();
  return {
    ...real,
    readSheet: ((...args: Parameters<typeof real.readSheet>) => {
      calls.readSheet += 1;
      return real.readSheet(...args);
    }) as typeof real.readSheet,
  };
});

const hostilePath = (name: string): URL => new URL(`../../test/fixtures/hostile/${name}`, import.meta.url);
const hostile = (name: string): Uint8Array => new Uint8Array(readFileSync(hostilePath(name)));

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

beforeEach(() => {
  calls.inflaters = 0;
  calls.inflatedBytes = 0;
  calls.readSheet = 0;
});

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Reads a fixture through the importer's entry point and returns the AppError it was refused with. */
async function refusal(name: string): Promise<{ error: AppError }> {
  try {
    await readRegisterFile(name, hostile(name));
  } catch (error) {
    if (error instanceof AppError) return { error };
    throw error;
  }
  throw new Error(`${name} was read, but should have been refused`);
}

/** Reads a fixture and checks it was refused with this code and these words. */
async function expectRefused(name: string, code: string, message: string): Promise<void> {
  const { error } = await refusal(name);
  expect(error.code).toBe(code);
  expect(error.message).toBe(message);
}

/** Each fixture is refused with its code and words, and `before` holds: the costly work it was refused before. */
function refusesEach(cases: { what: string; file: string; code: string; message: string }[], before: () => void): void {
  it.each(cases)('$what', async ({ file, code, message }) => {
    await expectRefused(file, code, message);
    before();
  });
}

// How fast each is refused, as the user sees it, is proved in test/e2e/hostile-files.spec.ts (under
// 2 seconds, the window responsive); here, that the refusal comes before the expensive work.

describe('hostile fixtures are small', () => {
  it.each([
    'zip-bomb.xlsx',
    'zip-bomb-claims-1_5gb.xlsx',
    'size-lie.xlsx',
    'whole-sheet-validation.xlsx',
    'formatted-last-row.xlsx',
    'far-value.xlsx',
    'row-beyond-grid.xlsx',
    'long-cell.csv',
    'proto-headers.csv',
    'proto-headers.xlsx',
    'proto-portfolio.json',
  ])('%s is under 200 KB', (name) => {
    expect(statSync(hostilePath(name)).size).toBeLessThan(200 * 1024);
  });

  it('many-entries.xlsx is the smallest zip with 5,000 entries (46 bytes of directory each)', () => {
    expect(statSync(hostilePath('many-entries.xlsx')).size).toBeLessThan(250 * 1024);
  });
});

describe('zip attacks are refused from the zip directory, before anything is decompressed', () => {
  it('a zip bomb (one part expanding 1,000-fold to 190 MB)', async () => {
    // fflate's filter sees each part's declared sizes without inflating it, as the guard relies on.
    const seen: { name: string; size: number; originalSize: number }[] = [];
    expect(
      unzipSync(hostile('zip-bomb.xlsx'), {
        filter: ({ name, size, originalSize }) => {
          seen.push({ name, size, originalSize });
          return false;
        },
      }),
    ).toEqual({});
    const sheet = seen.find((s) => s.name === 'xl/worksheets/sheet1.xml');
    expect(sheet?.originalSize).toBe(190 * 1024 * 1024);
    expect(sheet!.originalSize / sheet!.size).toBeGreaterThan(1000);

    const { error } = await refusal('zip-bomb.xlsx');
    expect(error.code).toBe('XLSX_SUSPICIOUS_COMPRESSION');
    expect(error.message).toMatch(
      /^'zip-bomb\.xlsx' holds a part \('xl\/worksheets\/sheet1\.xml'\) that expands 1,0\d\d times when unzipped \(from 1\d\d KB to 190 MB\), far more than any spreadsheet does \(at most 100 times\); it may be damaged or malicious, so it was not opened\.$/,
    );
    expect(calls).toEqual({ inflaters: 0, inflatedBytes: 0, readSheet: 0 });
  });

  refusesEach(
    [
      {
        what: 'a part claiming 1.5 GB unzipped',
        file: 'zip-bomb-claims-1_5gb.xlsx',
        code: 'XLSX_TOO_LARGE_UNZIPPED',
        message:
          "'zip-bomb-claims-1_5gb.xlsx' expands to 1.5 GB when unzipped, more than the 600 MB a register can be; it may be damaged or malicious, so it was not opened.",
      },
      {
        what: 'a workbook of 5,000 parts',
        file: 'many-entries.xlsx',
        code: 'XLSX_TOO_MANY_PARTS',
        message:
          "'many-entries.xlsx' is made of 5,000 parts, more than the 1,000 a workbook can have; it may be damaged or malicious, so it was not opened.",
      },
    ],
    () => expect(calls).toEqual({ inflaters: 0, inflatedBytes: 0, readSheet: 0 }),
  );

  it('a part that lies about its size is stopped just past the size it declares', async () => {
    await expectRefused(
      'size-lie.xlsx',
      'XLSX_SUSPICIOUS_COMPRESSION',
      "'size-lie.xlsx' holds a part ('xl/worksheets/sheet1.xml') that unzips to more than the 60 KB its zip directory declares; it may be damaged or malicious, so it was not opened.",
    );
    expect(calls.readSheet).toBe(0);
    // 20 MB were inside; decompression stopped within one 16 KB step (at most ~16.5 MB out) of the lie.
    expect(calls.inflatedBytes).toBeLessThan(60 * 1024 + 16.5 * 1024 * 1024);
  });
});

describe('sheets reaching across the whole grid', () => {
  it('whole-sheet dimension, data validation and conditional formatting are read as the small table they hold', async () => {
    const file = await readRegisterFile('whole-sheet-validation.xlsx', hostile('whole-sheet-validation.xlsx'));
    expect(file.grid).toHaveLength(4);
    expect(file.grid.every((row) => row.length === 4)).toBe(true);
    const preview = analyseRegister(file.grid, { fileName: 'whole-sheet-validation.xlsx', existing: new Map() });
    expect(preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, invalid: 0 });
  });

  it('an empty formatted cell in XFD1048576 is read as the table above it (trailing empty rows are dropped)', async () => {
    const file = await readRegisterFile('formatted-last-row.xlsx', hostile('formatted-last-row.xlsx'));
    expect(file.grid).toHaveLength(4);
    expect(file.grid[0]).toEqual(['Contract reference', 'Contract title', 'Supplier', 'End date']);
  });

  refusesEach(
    [
      {
        what: 'a value in XFD1048576 is refused before read-excel-file builds 17 billion cells',
        file: 'far-value.xlsx',
        code: 'TOO_MANY_ROWS',
        message:
          "'far-value.xlsx' (sheet 'Register') has data down to row 1,048,576; a register can have at most 250,000 rows, so it was not opened. Split it into smaller files, or delete the rows below the register that are not part of it.",
      },
      {
        what: "a row beyond Excel's last row is refused as damaged",
        file: 'row-beyond-grid.xlsx',
        code: 'SHEET_OUT_OF_BOUNDS',
        message:
          "'row-beyond-grid.xlsx' (sheet 'Register') refers to row 50000000, outside the 1,048,576 rows × 16,384 columns (A to XFD) any Excel sheet has; it may be damaged or malicious, so it was not opened.",
      },
    ],
    () => expect(calls.readSheet).toBe(0),
  );
});

describe('a 100,000-character cell', () => {
  it('refuses the CSV, naming the cell and the likely cause', async () => {
    const { error } = await refusal('long-cell.csv');
    expect(error.code).toBe('CELL_TOO_LONG');
    expect(error.message).toBe(
      "'long-cell.csv' has a cell of 100,000 characters (cell B3); a cell can hold at most 32,767 characters, as in Excel, so the file was not opened. This usually means a quote mark (\") opened in that cell is never closed: check the quotes in row 3.",
    );
  });

  it('reports it as a row error when the grid comes to analyseRegister some other way', () => {
    const grid = [
      ['Contract reference', 'Contract title', 'Supplier', 'End date'],
      ['R-1', 'T'.repeat(100_000), 'S', '2027-03-31'],
      ['R-2', 'Fine', 'S', '2027-03-31'],
    ];
    const preview = analyseRegister(grid, { fileName: 'grid', existing: new Map() });
    expect(preview.counts).toEqual({ new: 1, update: 0, unchanged: 0, invalid: 1 });
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]).toMatchObject({
      row: 2,
      column: 'Contract title',
      field: 'title',
      reason: 'the cell holds 100,000 characters, more than the 32,767 a spreadsheet cell can hold',
    });
    expect(preview.errors[0].value).toBe(`${'T'.repeat(100)}…`);
  });
});

describe('prototype keys as headers and JSON keys', () => {
  const expectPlainContracts = (preview: ReturnType<typeof analyseRegister>): void => {
    expect(preview.counts.new).toBe(3);
    for (const row of preview.rows) {
      if (row.kind !== 'new') throw new Error(`row ${row.row} is ${row.kind}`);
      expect(Object.getPrototypeOf(row.contract)).toBe(Object.prototype);
      expect('polluted' in row.contract).toBe(false);
      expect(Object.keys(row.contract)).not.toContain('__proto__');
    }
  };

  it.each(['proto-headers.csv', 'proto-headers.xlsx'])(
    '%s: headers __proto__, constructor and prototype are ordinary columns',
    async (name) => {
      const file = await readRegisterFile(name, hostile(name));
      const preview = analyseRegister(file.grid, { fileName: name, existing: new Map() });
      expect(preview.headers.slice(0, 3)).toEqual(['__proto__', 'constructor', 'prototype']);
      expect(Object.getPrototypeOf(preview.mapping)).toBeNull();
      for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__']) {
        expect(Object.hasOwn(preview.mapping, key)).toBe(true);
        expect(preview.mapping[key]).toBe('ignore');
      }
      expect(preview.unknownColumns).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
      expectPlainContracts(preview);

      // A saved mapping naming those headers (own keys, as JSON.parse makes them) is honoured as data.
      const saved = JSON.parse('{"__proto__":"notes","constructor":"ignore","prototype":"__proto__"}') as Record<string, never>;
      const remapped = analyseRegister(file.grid, { fileName: name, existing: new Map(), mapping: saved });
      expect(remapped.mapping.__proto__).toBe('notes');
      expect(remapped.mapping.prototype).toBe('ignore');
      expectPlainContracts(remapped);
      for (const row of remapped.rows) if (row.kind === 'new') expect(row.contract.notes).toBe('{"polluted":true}');
    },
  );

  it('proto-portfolio.json: hostile keys at every depth are dropped, and nothing inherits from them', () => {
    const bytes = hostile('proto-portfolio.json');
    const result = parsePortfolio(bytes, { fileName: 'proto-portfolio.json' });
    if (!result.ok) throw new Error(result.error.message);
    const stack: unknown[] = [result.value.portfolio];
    let objects = 0;
    while (stack.length) {
      const value = stack.pop();
      if (typeof value !== 'object' || value === null) continue;
      objects += 1;
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
      for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.hasOwn(value, key)).toBe(false);
      expect('polluted' in value).toBe(false);
      expect('isAdmin' in value).toBe(false);
      stack.push(...Object.values(value));
    }
    expect(objects).toBeGreaterThan(10);
    expect(result.value.portfolio.organisation.trustName).toBe('Anytown Hospitals');
    expect(result.value.portfolio.appraisals).toHaveLength(1);
    expect(hostile('proto-portfolio.json')).toEqual(bytes);
  });

  it('parseCsvBytes keeps header cells as text, whatever they say', () => {
    const { grid } = parseCsvBytes(hostile('proto-headers.csv'), { fileName: 'proto-headers.csv' });
    expect(grid[0].slice(0, 3)).toEqual(['__proto__', 'constructor', 'prototype']);
  });
});
