import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../domain/contract';
import { parseCsvBytes } from './csv';
import { analyseRegister, type RegisterPreview } from './register';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/registers/${name}`, import.meta.url)));

function analyseFixture(name: string): RegisterPreview {
  return analyseRegister(parseCsvBytes(fixture(name)).grid, { fileName: name, existing: new Map() });
}

function contractsOf(preview: RegisterPreview): Map<string, Contract> {
  const map = new Map<string, Contract>();
  for (const row of preview.rows) if (row.kind !== 'invalid') map.set(row.reference, row.contract);
  return map;
}

describe('atamis-export.csv', () => {
  const preview = analyseFixture('atamis-export.csv');
  const contracts = contractsOf(preview);

  it('maps every column and imports every row as new', () => {
    expect(preview.unknownColumns).toEqual([]);
    expect(preview.missingRequired).toEqual([]);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ new: 12, update: 0, unchanged: 0, invalid: 0 });
    expect(preview.header.rowNumber).toBe(1);
  });

  it('reads enums, dates, money and quoted text as written', () => {
    expect(contracts.get('ATH-IT-0001')).toMatchObject({
      title: 'Electronic Patient Record',
      description: 'Trust-wide EPR incl. ePMA, orders & results',
      category: 'EPR',
      supplierCompanyNo: '07123456',
      contractingModel: 'via-lsp',
      procurementRoute: 'framework-call-off',
      regime: 'PCR2015',
      startDate: '2019-04-01',
      currentEndDate: '2027-03-31',
      maximumEndDate: '2029-03-31',
      noticePeriodDays: 180,
      totalValue: 14_250_000,
      annualValue: 1_781_250,
      status: 'active',
      notes: 'Hosted in LSP data centre; "Phase 2" modules live 2021',
    });
    expect(contracts.get('ATH-IT-0006')?.category).toBe('ED');
    expect(contracts.get('ATH-IT-0006')?.maximumEndDate).toBeUndefined();
    expect(contracts.get('ATH-IT-0011')).toMatchObject({ status: 'in-procurement', regime: 'PA2023', procurementRoute: 'direct-award' });
    expect(contracts.get('ATH-IT-0012')?.annualValue).toBeUndefined();
  });
});

describe('finance-register-1252.csv', () => {
  const preview = analyseFixture('finance-register-1252.csv');
  const contracts = contractsOf(preview);

  it('reads £1.2m-style amounts, bracketed negatives and the £ header', () => {
    expect(preview.errors).toEqual([]);
    expect(preview.counts.new).toBe(8);
    expect(preview.mapping['Contract Value (£)']).toBe('totalValue');
    expect(contracts.get('FIN-101')).toMatchObject({ annualValue: 1_780_000, totalValue: 14_250_000, currentEndDate: '2027-03-31' });
    expect(contracts.get('FIN-102')).toMatchObject({ annualValue: 400_000, totalValue: 3_600_000 });
    expect(contracts.get('FIN-107')?.annualValue).toBe(-12_500);
    expect(contracts.get('FIN-108')?.totalValue).toBe(210_000);
    expect(contracts.get('FIN-101')?.notes).toBe('Costs per finance ledger – excl. VAT');
    expect(contracts.get('FIN-105')?.notes).toBe('“Gold” support tier');
  });

  it('defaults the missing contracting model to direct and says so', () => {
    expect([...contracts.values()].every((c) => c.contractingModel === 'direct')).toBe(true);
    expect(preview.notices.join(' ')).toContain("recorded as 'Direct with vendor'");
  });
});

describe('term-months-register.csv', () => {
  const preview = analyseFixture('term-months-register.csv');
  const contracts = contractsOf(preview);

  it('derives end dates as start + term months − 1 day', () => {
    expect(preview.mapping['Term (Months)']).toBe('term-months');
    expect(preview.missingRequired).toEqual([]);
    expect(contracts.get('TRM-01')?.currentEndDate).toBe('2029-03-31');
    expect(contracts.get('TRM-02')?.currentEndDate).toBe('2026-09-30');
    expect(contracts.get('TRM-05')?.currentEndDate).toBe('2027-08-31');
    expect(preview.notices.join(' ')).toContain('5 end dates were worked out');
  });

  it('ends a term on the last day of a shorter month', () => {
    expect(contracts.get('TRM-03')?.currentEndDate).toBe('2025-02-28');
    expect(contracts.get('TRM-04')?.currentEndDate).toBe('2025-02-28');
  });

  it('reports a term that is not a number, and a term without a start date', () => {
    expect(preview.errors.map((e) => e.message)).toEqual([
      "Row 7, column 'Term (Months)': 'thirty-six' is not a whole number of months",
      "Row 8, column 'Start Date': a start date is needed to work out the end date from the term in months",
    ]);
  });
});

describe('bad-rows.csv', () => {
  const preview = analyseFixture('bad-rows.csv');

  it('imports every row whose required fields are sound, and skips the blank one', () => {
    // Rows 4 (an unreadable annual value) and 10 (an unknown category) keep their rows (issue 11).
    expect(preview.rows.filter((r) => r.kind === 'new').map((r) => r.row)).toEqual([2, 4, 7, 10]);
    expect(preview.rows.some((r) => r.row === 8)).toBe(false);
    expect(preview.counts.invalid).toBe(4);
  });

  it('reports each bad cell with its spreadsheet row, column, value and reason', () => {
    expect(preview.errors.map(({ row, column, field, value }) => ({ row, column, field, value }))).toEqual([
      { row: 3, column: 'End date', field: 'currentEndDate', value: '31/02/2026' },
      { row: 5, column: 'Reference', field: 'reference', value: '' },
      { row: 6, column: 'Reference', field: 'reference', value: 'BAD-01' },
      { row: 9, column: 'End date', field: 'currentEndDate', value: '31/01/2021' },
    ]);
    const messages = preview.errors.map((e) => e.message);
    expect(messages[0]).toBe("Row 3, column 'End date': '31/02/2026' is not a real date");
    expect(messages[1]).toBe("Row 5, column 'Reference': a contract reference is required");
    expect(messages[2]).toBe("Row 6, column 'Reference': 'BAD-01' is already used by row 2");
    expect(messages[3]).toBe("Row 9, column 'End date': '31/01/2021' is before the start date");
  });

  it('keeps rows with a bad optional cell, leaving the field blank and saying so', () => {
    expect(preview.warnings.map(({ row, column, field, value, kind }) => ({ row, column, field, value, kind }))).toEqual([
      { row: 4, column: 'Annual value', field: 'annualValue', value: 'about 50k', kind: 'unreadable' },
      { row: 10, column: 'Category', field: 'category', value: 'Cloudy stuff', kind: 'unrecognised' },
    ]);
    expect(preview.warnings[0].message).toMatch(
      /^Row 4, column 'Annual value': 'about 50k' is not an amount of money.*, so it was left blank$/,
    );
    expect(preview.warnings[1].message).toBe(
      "Row 10, column 'Category': 'Cloudy stuff' is not a category the app knows, so it was left blank",
    );
  });
});
