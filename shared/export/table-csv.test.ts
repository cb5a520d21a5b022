import { describe, expect, it } from 'vitest';
import { parseCsvBytes } from '../import/csv';
import { rowsToCsv } from './table-csv';

describe('rowsToCsv', () => {
  it('writes a BOM, CRLF records and quoted fields, and guards formula-like text', () => {
    const csv = rowsToCsv([
      ['Title', 'Value'],
      ['=HYPERLINK("x")', 'a, "b"'],
    ]);
    expect(csv).toBe('\uFEFFTitle,Value\r\n"\'=HYPERLINK(""x"")","a, ""b"""\r\n');
  });

  it('reads back through the importer to the same cells', () => {
    const rows = [
      ['Contract reference', 'Reason'],
      ['NVH-EPR-001', 'two\nlines, with "quotes"'],
    ];
    const { grid } = parseCsvBytes(new TextEncoder().encode(rowsToCsv(rows)));
    expect(grid.map((r) => r.map((c) => String(c ?? '')))).toEqual(rows);
  });
});
