import { describe, expect, it } from 'vitest';
import { detectHeaderRow, nameColumns } from './header-detect';
import type { Grid } from './grid';

describe('detectHeaderRow', () => {
  it('finds the header under title rows and blank rows', () => {
    const grid: Grid = [
      ['Anytown NHS Trust — Contract Register', null, null],
      ['Exported 01/04/2026', null, null],
      [null, null, null],
      ['Contract Ref', 'Supplier', 'End Date'],
      ['C-1', 'Acme', '31/03/2027'],
    ];
    const found = detectHeaderRow(grid);
    expect(found).toMatchObject({ index: 3, found: true, matches: 3 });
    expect(found.headers).toEqual(['Contract Ref', 'Supplier', 'End Date']);
  });

  it('prefers the row naming the most fields, and the first of equals', () => {
    const grid: Grid = [
      ['Title', 'Notes'],
      ['Reference', 'Title', 'Supplier'],
      ['Reference', 'Title', 'Supplier'],
    ];
    expect(detectHeaderRow(grid).index).toBe(1);
  });

  it('needs two recognised headers, and otherwise reports that none was found', () => {
    const grid: Grid = [['Title only'], ['Status'], ['x']];
    expect(detectHeaderRow(grid)).toMatchObject({ index: 0, found: false });
  });

  it('only looks at the first 30 rows', () => {
    const grid: Grid = Array.from({ length: 40 }, () => ['filler']);
    grid[35] = ['Reference', 'Supplier'];
    expect(detectHeaderRow(grid).found).toBe(false);
  });

  it('covers columns that only data rows use', () => {
    const grid: Grid = [
      ['Reference', 'Supplier'],
      ['C-1', 'Acme', 'stray', null],
    ];
    expect(detectHeaderRow(grid).headers).toEqual(['Reference', 'Supplier', 'Supplier (2)']);
  });
});

describe('nameColumns', () => {
  it('names the tail of a merged header after it, blank leading cells by letter, and repeats uniquely', () => {
    expect(nameColumns([null, 'Contract value', null, null, 'Notes', 'notes', 'Line\nbreak'], 7)).toEqual([
      'Column A',
      'Contract value',
      'Contract value (2)',
      'Contract value (3)',
      'Notes',
      'notes (2)',
      'Line break',
    ]);
  });
});
