import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractsArb } from '../../test/fixtures/registers/contract-arbitrary';
import { contractSchema, type Contract } from '../domain/contract';
import { parseCsvBytes } from '../import/csv';
import { FIELD_LABELS, IMPORT_FIELDS } from '../import/fields';
import { analyseRegister } from '../import/register';
import { contractsToCsv, csvField, guardFormula } from './csv';

const base = contractSchema.parse({
  reference: 'C-1',
  title: 'Electronic patient record',
  supplier: 'Meridian Health Systems Ltd',
  category: 'EPR',
  contractingModel: 'via-lsp',
  currentEndDate: '2027-03-31',
  annualValue: -1234.5,
  totalValue: 14_250_000,
  notes: 'Line one\nline "two", with a comma',
});

function reimport(contracts: readonly Contract[]) {
  const bytes = new TextEncoder().encode(contractsToCsv(contracts));
  const { grid, notices } = parseCsvBytes(bytes);
  return { preview: analyseRegister(grid, { fileName: 'export.csv', existing: new Map() }), notices };
}

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
  ])('%j → %j', (input, output) => expect(csvField(input)).toBe(output));
});

describe('contractsToCsv', () => {
  const csv = contractsToCsv([base]);

  it("starts with a UTF-8 BOM, ends records with CRLF and writes the importer's labels", () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header.split(',')).toEqual(IMPORT_FIELDS.map((f) => FIELD_LABELS[f]));
  });

  it('writes ISO dates, plain numbers (a negative is not guarded) and quoted text', () => {
    const line = csv.split('\r\n')[1];
    expect(line).toContain(',2027-03-31,');
    expect(line).toContain(',-1234.5,14250000,');
    expect(line).not.toContain("'-1234.5");
    expect(csv).toContain('"Line one\nline ""two"", with a comma"');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(guardFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(guardFormula('Plain text')).toBe('Plain text');
    expect(guardFormula("'=already")).toBe("''=already");
    const hostile = contractSchema.parse({
      ...base,
      title: '=HYPERLINK("http://x","click")',
      supplier: '@SUM(1+1)',
      owner: '+44 20',
      modules: ['-mod'],
    });
    const line = contractsToCsv([hostile]).split('\r\n')[1];
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(line).toContain("'@SUM(1+1)");
    expect(line).toContain("'+44 20");
    expect(line).toContain("'-mod");
  });

  it('imports back to the same contracts, including guarded text', () => {
    const hostile = contractSchema.parse({ ...base, reference: '-C-2', title: "'=quoted", supplier: '=cmd|' });
    const { preview } = reimport([base, hostile]);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => (r.kind === 'new' ? r.contract : r))).toEqual([base, hostile]);
  });

  it('round-trips any valid contracts through export and import (property)', () => {
    fc.assert(
      fc.property(contractsArb(), (contracts) => {
        const { preview, notices } = reimport(contracts);
        expect(notices).toEqual([]);
        expect(preview.errors).toEqual([]);
        expect(preview.unknownColumns).toEqual([]);
        expect(preview.rows.map((r) => (r.kind === 'new' ? r.contract : r))).toEqual(contracts);
      }),
      { numRuns: 200 },
    );
  });

  it('marks re-imported contracts unchanged against the portfolio they came from', () => {
    fc.assert(
      fc.property(contractsArb(), (contracts) => {
        const bytes = new TextEncoder().encode(contractsToCsv(contracts));
        const existing = new Map(contracts.map((c) => [c.reference, c]));
        const preview = analyseRegister(parseCsvBytes(bytes).grid, { fileName: 'x.csv', existing });
        expect(preview.counts).toEqual({ new: 0, update: 0, unchanged: contracts.length, invalid: 0 });
      }),
      { numRuns: 50 },
    );
  });
});
