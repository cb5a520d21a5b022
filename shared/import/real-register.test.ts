import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../domain/contract';
import { parseCsvText } from './csv';
import { readRegisterFile } from './read-register-file';
import { analyseRegister, type RegisterPreview } from './register';
import { describeUnrecognised } from './unrecognised';

/*
 * Issue 11: registers as trusts really keep them. The fixture is written by
 * test/fixtures/registers/make-real-register.mjs (notes sheet first, title rows, "Description" for
 * the title, NHS framework spellings, "TBC" in a value cell, no notice-period column).
 */

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/registers/${name}`, import.meta.url)));

/** Rows 4–17 are valid; row 18 has "TBC" as its end date, a required field. */
const VALID_ROWS = 14;

async function analyse(name: string, options: Partial<Parameters<typeof analyseRegister>[1]> = {}) {
  const file = await readRegisterFile(name, fixture(name));
  const preview = analyseRegister(file.grid, { fileName: name, existing: new Map(), date1904: file.date1904, ...options });
  return { file, preview };
}

const byRef = (p: RegisterPreview): Map<string, Contract> =>
  new Map(p.rows.flatMap((r) => (r.kind === 'new' ? [[r.reference, r.contract] as const] : [])));

describe.each(['real-trust-register.xlsx', 'real-trust-register.csv'])('%s', (name) => {
  it('imports every valid row and refuses only the row missing a required field', async () => {
    const { preview } = await analyse(name);
    expect(preview.header.rowNumber).toBe(3);
    expect(preview.mapping).toMatchObject({ 'Contract Ref': 'reference', Description: 'title', Supplier: 'supplier' });
    expect(preview.counts).toEqual({ new: VALID_ROWS, update: 0, unchanged: 0, invalid: 1 });
    expect(preview.errors.map((e) => e.message)).toEqual(["Row 18, column 'End date': 'TBC' is a placeholder: an end date is required"]);
  });

  it('reads the NHS framework spellings as the routes the app models', async () => {
    const contracts = byRef((await analyse(name)).preview);
    expect(contracts.get('WTH-IT-001')?.procurementRoute).toBe('framework-call-off'); // Further competition (HSSF)
    expect(contracts.get('WTH-IT-002')?.procurementRoute).toBe('psr-direct-award'); // Direct award (PSR)
    expect(contracts.get('WTH-IT-004')?.procurementRoute).toBe('framework-call-off'); // CCS
    expect(contracts.get('WTH-IT-005')?.procurementRoute).toBe('framework-call-off'); // NHS SBS
    expect(contracts.get('WTH-IT-012')?.procurementRoute).toBe('framework-call-off'); // Direct award (HSSF)
  });

  it('keeps rows with an unknown route, leaving the route blank and saying where', async () => {
    const { preview } = await analyse(name);
    const contracts = byRef(preview);
    expect(contracts.get('WTH-IT-006')).toBeDefined();
    expect(contracts.get('WTH-IT-006')?.procurementRoute).toBeUndefined();
    expect(preview.warnings.map((w) => w.message)).toContain(
      "Row 9, column 'Framework / route': 'Collaborative (ICB-led)' is not a procurement route the app knows, so it was left blank",
    );
    expect(preview.unrecognised.map((g) => describeUnrecognised(g))).toEqual([
      "2 values in Framework / route are not recognised: 'Collaborative (ICB-led)' and 'Grant-funded pilot' (3 rows). Choose what each means, or leave the field blank.",
      "1 value in Category is not recognised: 'Telephony' (1 row). Choose what each means, or leave the field blank.",
    ]);
  });

  it('says which cell held TBC instead of blanking it silently', async () => {
    const { preview } = await analyse(name);
    expect(byRef(preview).get('WTH-IT-004')?.totalValue).toBeUndefined();
    expect(preview.warnings.filter((w) => w.kind === 'placeholder').map((w) => [w.row, w.column, w.value])).toEqual([
      [7, 'Contract value (£)', 'TBC'],
    ]);
    expect(preview.notices).toContain('1 cell says TBC or similar; it was left blank (see the rows listed below).');
  });

  it('leaves notice periods and lead times undefined and says the trust default is assumed', async () => {
    const { preview } = await analyse(name, { contractDefaults: { noticePeriodDays: 120, internalLeadTimeDays: 60 } });
    for (const contract of byRef(preview).values()) {
      expect(contract.noticePeriodDays).toBeUndefined();
      expect(contract.internalLeadTimeDays).toBeUndefined();
    }
    expect(preview.notices).toContain('14 contracts have no notice period; the trust default (120 days) is assumed.');
    expect(preview.notices).toContain('14 contracts have no internal lead time; the trust default (60 days) is assumed.');
  });

  it("applies the user's answer for an unrecognised value, or leaves it blank quietly when asked", async () => {
    const { preview } = await analyse(name, {
      valueMappings: { 'Framework / route': { 'Collaborative (ICB-led)': 'framework-call-off', 'Grant-funded pilot': '' } },
    });
    const contracts = byRef(preview);
    expect(contracts.get('WTH-IT-006')?.procurementRoute).toBe('framework-call-off');
    expect(contracts.get('WTH-IT-010')?.procurementRoute).toBe('framework-call-off');
    expect(contracts.get('WTH-IT-013')?.procurementRoute).toBeUndefined();
    expect(preview.unrecognised.map((g) => g.column)).toEqual(['Category']);
    expect(preview.counts.new).toBe(VALID_ROWS);
  });
});

describe('the workbook opens on the sheet that holds the register', () => {
  it('skips the notes sheet, says which sheet it read and names the others', async () => {
    const file = await readRegisterFile('real-trust-register.xlsx', fixture('real-trust-register.xlsx'));
    expect(file.sheetNames).toEqual(['Read me', 'Contracts register', 'Lookups']);
    expect(file.sheetName).toBe('Contracts register');
    expect(file.notices).toEqual([
      "Reading sheet 'Contracts register' because it looks most like a register (its header names 9 known columns). The workbook also has 'Read me', 'Lookups': choose another under Sheet if the register is there.",
    ]);
  });

  it('reads a sheet the user picks, even the notes', async () => {
    const file = await readRegisterFile('real-trust-register.xlsx', fixture('real-trust-register.xlsx'), { sheet: 'Read me' });
    expect(file.sheetName).toBe('Read me');
  });
});

describe('optional columns never refuse a row', () => {
  const csv = ['Ref,Title,Supplier,End date,Start date,Hosting,Annual value', 'A1,EPR,Acme,31/03/2027,31/02/2024,Under the desk,n/a'].join(
    '\n',
  );

  it('leaves an unreadable start date, an unknown hosting model and an n/a amount blank, naming each', () => {
    const preview = analyseRegister(parseCsvText(csv).grid, { fileName: 'r.csv', existing: new Map() });
    expect(preview.counts.new).toBe(1);
    expect(preview.warnings.map((w) => w.message)).toEqual([
      "Row 2, column 'Start date': '31/02/2024' is not a real date, so it was left blank",
      "Row 2, column 'Hosting': 'Under the desk' is not a hosting model the app knows, so it was left blank",
      "Row 2, column 'Annual value': 'n/a' is a placeholder, not an annual value, so it was left blank",
    ]);
  });
});

describe('header row chooser', () => {
  it('re-reads the rows below the row the user picks as the header', async () => {
    const { preview } = await analyse('real-trust-register.csv');
    expect(preview.headerChoices.slice(0, 3).map((c) => c.label)).toEqual([
      'Row 1: Westshire Teaching Hospitals NHS Trust: digital and IT contracts',
      'Row 2: All values in pounds excluding VAT. Maintained by the Digital Commercial team, …',
      'Row 3: Contract Ref · Description · Supplier · Framework / route · …',
    ]);
    const moved = (await analyse('real-trust-register.csv', { headerRowIndex: 3 })).preview;
    expect(moved.header.rowNumber).toBe(4);
    expect(moved.headers[0]).toBe('WTH-IT-001');
  });
});

describe('notice period and lead time are never 0 by default', () => {
  it('stays undefined for a blank or placeholder cell, and is read when given', () => {
    const csv = [
      'Ref,Title,Supplier,End date,Notice period (days),Lead time',
      'A1,EPR,Acme,31/03/2027,,',
      'A2,PAS,Acme,31/03/2027,TBC,n/a',
      'A3,LIMS,Acme,31/03/2027,0,30',
    ].join('\n');
    const preview = analyseRegister(parseCsvText(csv).grid, { fileName: 'r.csv', existing: new Map() });
    const contracts = byRef(preview);
    expect(contracts.get('A1')).not.toHaveProperty('noticePeriodDays');
    expect(contracts.get('A1')).not.toHaveProperty('internalLeadTimeDays');
    expect(contracts.get('A2')?.noticePeriodDays).toBeUndefined();
    expect(contracts.get('A3')).toMatchObject({ noticePeriodDays: 0, internalLeadTimeDays: 30 });
    expect(preview.notices).toContain('2 contracts have no notice period; the trust default (90 days) is assumed.');
  });
});

describe('placeholders in required text fields', () => {
  it('keeps a supplier of TBC as written but says so, naming row and column', () => {
    const csv = ['Ref,Title,Supplier,End date', 'A1,EPR,TBC,31/03/2027'].join('\n');
    const preview = analyseRegister(parseCsvText(csv).grid, { fileName: 'r.csv', existing: new Map() });
    expect(byRef(preview).get('A1')?.supplier).toBe('TBC');
    expect(preview.warnings.map((w) => w.message)).toEqual([
      "Row 2, column 'Supplier': 'TBC' looks like a placeholder; it was imported as the supplier, so correct it when known",
    ]);
    expect(preview.placeholders).toBe(0);
  });
});
