import { describe, expect, it } from 'vitest';
import { contractSchema, type Contract } from '../domain/contract';
import type { Grid } from './grid';
import { analyseRegister } from './register';

const HEADERS = ['Contract Ref', 'Title', 'Supplier', 'Category', 'End Date', 'Notice period (days)', 'Notes'];

function existingOf(...contracts: Partial<Contract>[]): Map<string, Contract> {
  return new Map(
    contracts.map((c) => {
      const parsed = contractSchema.parse({
        title: 'EPR',
        supplier: 'Acme Ltd',
        category: 'EPR',
        contractingModel: 'direct',
        currentEndDate: '2027-03-31',
        ...c,
      });
      return [parsed.reference, parsed];
    }),
  );
}

describe('analyseRegister', () => {
  it('classifies rows as new, update (with changed fields) and unchanged', () => {
    const existing = existingOf({ reference: 'C-1', noticePeriodDays: 90 }, { reference: 'C-2', noticePeriodDays: 90, notes: 'kept' });
    const grid: Grid = [
      HEADERS,
      ['C-1', 'EPR', 'Acme Ltd', 'EPR', '31/03/2027', '90', null],
      ['C-2', 'EPR', 'Acme Ltd', 'EPR', '30/09/2027', '180', ''],
      ['C-3', 'PAS', 'Beta Ltd', 'PAS', '01/01/2028', null, 'new one'],
    ];
    const preview = analyseRegister(grid, { fileName: 'r.csv', existing });
    expect(preview.counts).toEqual({ new: 1, update: 1, unchanged: 1, invalid: 0 });
    const update = preview.rows.find((r) => r.kind === 'update');
    expect(update).toMatchObject({ row: 3, reference: 'C-2', changedFields: ['currentEndDate', 'noticePeriodDays'] });
    // A blank cell keeps the portfolio's value rather than wiping it.
    expect(update?.kind === 'update' && update.contract.notes).toBe('kept');
  });

  it('keeps fields the register has no column for when updating', () => {
    const existing = existingOf({ reference: 'C-1', hostingModel: 'vendor-hosted', modules: ['PAS'] });
    const preview = analyseRegister([HEADERS, ['C-1', 'EPR', 'Acme Ltd', 'EPR', '31/03/2027', null, null]], { fileName: 'r', existing });
    expect(preview.rows[0].kind).toBe('unchanged');
  });

  it('keeps the Procurement Act record no register column fills (KPIs, their ratings, modifications, notices) when updating', () => {
    const legal: Partial<Contract> = {
      regimeEvent: 'contract-awarded',
      regimeEventDate: '2025-06-01',
      kpis: ['Response time'],
      kpiRatings: [{ kpi: 'Response time', periodStart: '2025-07-01', periodEnd: '2026-06-30', rating: 'good', assessedOn: '2026-07-10' }],
      modifications: [
        {
          id: 'm1',
          date: '2026-01-05',
          valueChange: 1000,
          termChangeMonths: 0,
          belowThreshold: false,
          noticePublished: false,
          description: '',
        },
      ],
      notices: [{ type: 'UK7', date: '2025-07-20', identifier: '012345-2025' }],
    };
    const existing = existingOf({ reference: 'C-1', startDate: '2025-07-01', ...legal });
    const preview = analyseRegister([HEADERS, ['C-1', 'EPR', 'Acme Ltd', 'EPR', '31/03/2027', '180', 'notice agreed']], {
      fileName: 'r',
      existing,
    });
    const row = preview.rows[0];
    expect(row).toMatchObject({ kind: 'update', changedFields: ['noticePeriodDays', 'notes'] });
    expect(row.kind === 'update' && row.contract).toMatchObject(legal);
  });

  it('fills category and contracting model defaults for new contracts only', () => {
    const grid: Grid = [
      ['Ref', 'Title', 'Supplier', 'End date'],
      ['C-9', 'PACS', 'Lumen', '2027-01-01'],
    ];
    const preview = analyseRegister(grid, { fileName: 'r', existing: new Map() });
    expect(preview.rows[0]).toMatchObject({ kind: 'new', contract: { category: 'other', contractingModel: 'direct' } });
    expect(preview.notices.join(' ')).toContain("filed under 'Other'");
  });

  it('lists unknown columns and required fields with no column', () => {
    const preview = analyseRegister(
      [
        ['Reference', 'Title', 'Cost centre'],
        ['C-1', 'EPR', 'X1'],
      ],
      { fileName: 'r', existing: new Map() },
    );
    expect(preview.unknownColumns).toEqual(['Cost centre']);
    expect(preview.missingRequired).toEqual(['supplier', 'currentEndDate']);
    expect(preview.errors.map((e) => e.message)).toEqual(['Row 2: a supplier is required', 'Row 2: an end date is required']);
  });

  it("uses the user's mapping over the suggestion and ignores invalid targets", () => {
    const grid: Grid = [
      ['Reference', 'Title', 'Supplier', 'End date', 'Cost centre', 'Notes'],
      ['C-1', 'EPR', 'Acme', '2027-01-01', 'X1', 'hello'],
    ];
    const preview = analyseRegister(grid, {
      fileName: 'r',
      existing: new Map(),
      mapping: { 'Cost centre': 'department', Notes: 'ignore', Title: 'bogus' as never },
    });
    expect(preview.mapping['Title']).toBe('ignore');
    expect(preview.rows[0].kind).toBe('invalid');
    const fixed = analyseRegister(grid, { fileName: 'r', existing: new Map(), mapping: { 'Cost centre': 'department', Notes: 'ignore' } });
    expect(fixed.rows[0]).toMatchObject({ kind: 'new', contract: { department: 'X1' } });
    expect(fixed.rows[0].kind === 'new' && fixed.rows[0].contract.notes).toBeUndefined();
  });

  it('takes a header row the user chose, and says when none was recognised', () => {
    const grid: Grid = [['Register'], ['Ref', 'Title', 'Supplier', 'End date'], ['C-1', 'EPR', 'Acme', '2027-01-01']];
    expect(analyseRegister(grid, { fileName: 'r', existing: new Map(), headerRowIndex: 1 }).counts.new).toBe(1);
    const none = analyseRegister(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      { fileName: 'r', existing: new Map() },
    );
    expect(none.header.found).toBe(false);
    expect(none.notices[0]).toContain('No header row was recognised');
  });

  it('treats placeholders as blank in non-text fields, and strips the export formula guard', () => {
    const grid: Grid = [
      ['Ref', 'Title', 'Supplier', 'End date', 'Maximum end date', 'Annual value'],
      ["'=C-1", "'-Minus title", 'Acme', '2027-01-01', 'N/A', 'TBC'],
    ];
    const preview = analyseRegister(grid, { fileName: 'r', existing: new Map() });
    expect(preview.rows[0]).toMatchObject({ kind: 'new', reference: '=C-1', contract: { title: '-Minus title' } });
    const c = preview.rows[0].kind === 'new' ? preview.rows[0].contract : undefined;
    expect(c?.maximumEndDate).toBeUndefined();
    expect(c?.annualValue).toBeUndefined();
  });

  it('reports progress about every 2,000 rows and finishes at 1', () => {
    const grid: Grid = [['Ref', 'Title', 'Supplier', 'End date']];
    for (let i = 0; i < 10_000; i += 1) grid.push([`C-${i}`, 'T', 'S', '2027-01-01']);
    const fractions: number[] = [];
    analyseRegister(grid, { fileName: 'r', existing: new Map(), onProgress: (f) => fractions.push(f) });
    expect(fractions).toHaveLength(6);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('stops with IMPORT_CANCELLED when the signal is aborted', () => {
    const grid: Grid = [
      ['Ref', 'Title', 'Supplier', 'End date'],
      ['C-1', 'T', 'S', '2027-01-01'],
    ];
    expect(() => analyseRegister(grid, { fileName: 'r', existing: new Map(), signal: { aborted: true } })).toThrow(
      expect.objectContaining({ code: 'IMPORT_CANCELLED' }),
    );
  });

  it('reads serial numbers with the workbook date system', () => {
    const grid: Grid = [
      ['Ref', 'Title', 'Supplier', 'End date'],
      ['C-1', 'T', 'S', 0],
    ];
    const preview = analyseRegister(grid, { fileName: 'r', existing: new Map(), date1904: true });
    expect(preview.rows[0]).toMatchObject({ kind: 'new', contract: { currentEndDate: '1904-01-01' } });
  });

  it('names the existing value when a merge breaks a date rule', () => {
    const existing = existingOf({ reference: 'C-1', currentEndDate: '2027-03-31' });
    const grid: Grid = [
      ['Ref', 'Start date'],
      ['C-1', '01/01/2030'],
    ];
    const preview = analyseRegister(grid, { fileName: 'r', existing });
    expect(preview.errors[0].message).toBe('Row 2: Current end date (2027-03-31, from the portfolio) is before the start date');
  });

  it('explains values that break the schema, such as an over-long title', () => {
    const grid: Grid = [
      ['Ref', 'Title', 'Supplier', 'End date'],
      ['C-1', 'x'.repeat(501), 'Acme', '2027-01-01'],
    ];
    const [error] = analyseRegister(grid, { fileName: 'r', existing: new Map() }).errors;
    expect(error).toMatchObject({ row: 2, column: 'Title', field: 'title' });
    expect(error.reason).toMatch(/is longer than 500 characters$/);
  });

  it('refuses a header row outside the sheet', () => {
    expect(() => analyseRegister([['Ref']], { fileName: 'r', existing: new Map(), headerRowIndex: 5 })).toThrow(
      expect.objectContaining({ code: 'HEADER_ROW_OUT_OF_RANGE' }),
    );
  });

  it('keeps a merged header tail as its own, ignored column', () => {
    const grid: Grid = [
      ['Ref', 'Title', 'Supplier', 'End date', 'Contract value', null],
      ['C-1', 'EPR', 'Acme', '2027-01-01', '£1m', 'note'],
    ];
    const preview = analyseRegister(grid, { fileName: 'r', existing: new Map() });
    expect(preview.headers.at(-1)).toBe('Contract value (2)');
    expect(preview.unknownColumns).toEqual(['Contract value (2)']);
    expect(preview.rows[0]).toMatchObject({ kind: 'new', contract: { totalValue: 1_000_000 } });
  });
});
