import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openCsvStream, parseCsvBytes, parseCsvText, sniffDelimiter } from './csv';
import { NOT_UTF8_NOTICE } from './decode';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/registers/${name}`, import.meta.url)));

describe('parseCsvText', () => {
  it('keeps quoted commas, quotes and line breaks inside one cell', () => {
    const { grid } = parseCsvText('a,b\r\n"x, ""y""","line 1\nline 2"\r\n');
    expect(grid).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line 1\nline 2'],
    ]);
  });

  it('keeps blank lines so grid rows line up with spreadsheet rows', () => {
    const { grid } = parseCsvText('a,b\n\nc,d\n');
    expect(grid).toHaveLength(3);
    expect(grid[2]).toEqual(['c', 'd']);
  });

  it('reports an unclosed quote as a notice naming the row', () => {
    const { notices } = parseCsvText('a,b\n"open,c\n');
    expect(notices.join(' ')).toMatch(/Row \d+/);
  });
});

describe('sniffDelimiter', () => {
  it('picks semicolons even when amounts contain commas and titles sit above', () => {
    const text = 'Trust register, exported 1 April\nRef;Supplier;Value\nA;Acme;£1,234\nB;Beta, Ltd;£2,000,000\n';
    expect(sniffDelimiter(text)).toBe(';');
  });
  it('picks tabs and commas', () => {
    expect(sniffDelimiter('Ref\tSupplier\tValue\nA\tAcme\t1\n')).toBe('\t');
    expect(sniffDelimiter('Ref,Supplier,Value\nA,Acme,1\n')).toBe(',');
  });
});

describe('parseCsvBytes on fixtures', () => {
  it('reads the Atamis export (UTF-8 with BOM, commas)', () => {
    const result = parseCsvBytes(fixture('atamis-export.csv'));
    expect(result.encoding).toBe('utf-8');
    expect(result.delimiter).toBe(',');
    expect(result.notices).toEqual([]);
    expect(result.grid[0][0]).toBe('Contract Reference');
    expect(result.grid.every((row) => row.length === result.grid[0].length)).toBe(true);
  });

  it('reads the Windows-1252 finance register: £ decoded, semicolons, notice given', () => {
    const bytes = fixture('finance-register-1252.csv');
    expect(bytes.includes(0xa3)).toBe(true);
    const result = parseCsvBytes(bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.notices).toContain(NOT_UTF8_NOTICE);
    expect(result.delimiter).toBe(';');
    expect(result.grid[0]).toContain('Contract Value (£)');
    expect(result.grid.flat().some((cell) => typeof cell === 'string' && cell.includes('–'))).toBe(true);
    expect(result.grid.slice(1).every((row) => String(row[7]).startsWith('£'))).toBe(true);
  });
});

describe('openCsvStream (the streaming import reads a CSV in slices)', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text);
  /** Every row the stream hands over, put back in grid order, with the first indexes it gave. */
  function streamed(text: string, sliceChars: number) {
    const stream = openCsvStream(bytesOf(text), { fileName: 'r.csv', sliceChars });
    const grid: string[][] = [];
    const firsts: number[] = [];
    const notices = stream.readRows((rows, first) => {
      expect(first).toBe(grid.length);
      firsts.push(first);
      for (const row of rows) grid.push(row as string[]);
    });
    return { grid, firsts, notices, head: stream.head };
  }

  const register = [
    'Reference,Title,Notes',
    'A-1,"Quoted, with a comma","line 1',
    'line 2 of the same cell"',
    '',
    'A-2,"He said ""yes""",',
    'A-3,Plain,last',
  ].join('\r\n');

  for (const ending of ['', '\r\n']) {
    for (const sliceChars of [7, 16, 33, 1_000_000]) {
      it(`gives the grid parseCsvBytes gives (slices of ${sliceChars} characters, ${ending ? 'a' : 'no'} final newline)`, () => {
        const text = register + ending;
        const whole = parseCsvBytes(bytesOf(text));
        const { grid, firsts, notices, head } = streamed(text, sliceChars);
        expect(grid).toEqual(whole.grid);
        expect(notices).toEqual(whole.notices);
        expect(head).toEqual(whole.grid);
        if (sliceChars < 20) expect(firsts.length).toBeGreaterThan(1);
      });
    }
  }

  it('names the row of an unclosed quote as the whole-file parse does', () => {
    const text = 'a,b\n1,2\n3,4\n"open,c\n5,6\n';
    expect(streamed(text, 6).notices).toEqual(parseCsvBytes(bytesOf(text)).notices);
  });

  it('refuses a cell over the limit from the slice it is in, naming its row in the file', () => {
    const long = 'x'.repeat(40_000);
    const text = `a,b\n1,2\n3,4\n5,${long}\n`;
    expect(() => streamed(text, 1_024)).toThrow(/cell B4/);
  });
});
