import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractsArb } from '../../test/fixtures/registers/contract-arbitrary';
import type { Contract } from '../domain/contract';
import { choiceLabel } from '../domain/contract-fields';
import { guardFormula } from '../export/csv';
import { HEADER_SYNONYMS } from './columns';
import { isoToExcelSerial } from './excel-serial';
import { formatExtensionOptions } from './extension-options';
import { FIELD_KINDS, FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './fields';
import type { Cell, Grid } from './grid';
import { analyseRegister } from './register';

/** Deterministic choices from one fast-check seed, so a failure replays exactly. */
function chooser(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

function formatDate(iso: string, pick: (n: number) => number, date1904: boolean): Cell {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const serial = isoToExcelSerial(iso, date1904);
  switch (pick(8)) {
    case 0:
      return iso;
    case 1:
      return `${dd}/${mm}/${y}`;
    case 2:
      return y >= 1970 && y <= 2069 ? `${d}/${m}/${String(y % 100).padStart(2, '0')}` : `${dd}/${mm}/${y}`;
    case 3:
      return `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
    case 4:
      return y >= 1970 && y <= 2069 ? `${dd}-${MONTHS[m - 1].slice(0, 3)}-${String(y % 100).padStart(2, '0')}` : iso;
    case 5:
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 6:
      return serial;
    default:
      return serial >= 10000 && serial <= 99999 ? String(serial) : serial;
  }
}

function formatMoney(pounds: number, pick: (n: number) => number): Cell {
  switch (pick(6)) {
    case 0:
      return pounds;
    case 1:
      return String(pounds);
    case 2:
      return GBP.format(pounds);
    case 3:
      return `GBP ${pounds}`;
    case 4:
      return pounds < 0 ? `(${GBP.format(-pounds)})` : GBP.format(pounds);
    default:
      if (pounds % 1_000_000 === 0) return `£${pounds / 1_000_000}m`;
      if (pounds % 1000 === 0) return `£${pounds / 1000}k`;
      return GBP.format(pounds);
  }
}

function formatCell(field: ImportField, contract: Contract, pick: (n: number) => number, date1904: boolean): Cell {
  const value = contract[field];
  if (value === undefined) return pick(2) === 0 ? null : '';
  const kind = FIELD_KINDS[field];
  switch (kind) {
    case 'text':
      return guardFormula(value as string);
    case 'date':
      return formatDate(value as string, pick, date1904);
    case 'money':
      return formatMoney(value as number, pick);
    case 'days':
      return [value as number, String(value), `${String(value)} days`][pick(3)];
    case 'boolean':
      return [value as boolean, value ? 'Yes' : 'No', value ? 'y' : 'n', value ? 'TRUE' : 'FALSE', value ? '1' : '0'][pick(5)];
    case 'list': {
      const items = value as string[];
      return items.length === 0 ? null : guardFormula(items.join(pick(2) ? '; ' : ', '));
    }
    case 'extension-options': {
      const options = value as Contract['extensionOptions'];
      return options.length === 0 ? '' : formatExtensionOptions(options);
    }
    default: {
      const code = value as string;
      return [code, choiceLabel(field, code), code.toUpperCase()][pick(3)];
    }
  }
}

function headerFor(field: ImportField, pick: (n: number) => number): string {
  const spellings = [FIELD_LABELS[field], ...HEADER_SYNONYMS[field]];
  const base = spellings[pick(spellings.length)];
  return [
    (s: string) => s,
    (s: string) => s.toUpperCase(),
    (s: string) => s.replace(/ /g, '_'),
    (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase()),
  ][pick(4)](base);
}

interface Written {
  grid: Grid;
  rowNumbers: number[];
  headers: Map<ImportField, string>;
  date1904: boolean;
}

/** Lays contracts out as a register would: shuffled synonym headers, mixed formats, title and blank rows. */
function writeRegister(contracts: Contract[], seed: number): Written {
  const pick = chooser(seed);
  const date1904 = pick(4) === 0;
  const fields = [...IMPORT_FIELDS];
  for (let i = fields.length - 1; i > 0; i -= 1) {
    const j = pick(i + 1);
    [fields[i], fields[j]] = [fields[j], fields[i]];
  }
  const headers = new Map(fields.map((f) => [f, headerFor(f, pick)] as const));
  const grid: Grid = [];
  if (pick(2)) grid.push(['Anytown NHS Trust — Contract Register'], ['Exported 01/04/2026'], []);
  grid.push(fields.map((f) => headers.get(f)!));
  const rowNumbers: number[] = [];
  for (const contract of contracts) {
    if (pick(5) === 0) grid.push(fields.map(() => null));
    grid.push(fields.map((f) => formatCell(f, contract, pick, date1904)));
    rowNumbers.push(grid.length);
  }
  return { grid, rowNumbers, headers, date1904 };
}

describe('analyseRegister (properties)', () => {
  it('reads back every valid contract, whatever the headers, formats and layout', () => {
    fc.assert(
      fc.property(contractsArb(), fc.integer(), (contracts, seed) => {
        const { grid, rowNumbers, date1904 } = writeRegister(contracts, seed);
        const preview = analyseRegister(grid, { fileName: 'p.xlsx', existing: new Map(), date1904 });
        expect(preview.errors).toEqual([]);
        expect(preview.rows.map((r) => r.row)).toEqual(rowNumbers);
        expect(preview.rows.map((r) => (r.kind === 'new' ? r.contract : r))).toEqual(contracts);
      }),
      { numRuns: 200 },
    );
  });

  it('reports a single broken cell at exactly its row and column', () => {
    const mutation = fc.oneof(
      fc.record({
        field: fc.constantFrom<ImportField>('startDate', 'currentEndDate', 'maximumEndDate', 'hostingEndDate', 'decidedOn'),
        text: fc.constantFrom('31/02/2026', '30/02/2031', '31/04/2027', '2026-02-30', '32/01/2026', '29/02/2027'),
      }),
      fc.record({
        field: fc.constantFrom<ImportField>('annualValue', 'totalValue'),
        text: fc.constantFrom('twelve pounds', '£1,2,3', '1.2.3', 'about 50k', '£', '12 34 5p'),
      }),
      fc.record({ field: fc.constant<ImportField>('reference'), text: fc.constantFrom('', '   ') }),
    );
    fc.assert(
      fc.property(contractsArb(), fc.integer(), fc.nat(), mutation, (contracts, seed, which, { field, text }) => {
        const { grid, rowNumbers, headers, date1904 } = writeRegister(contracts, seed);
        const index = which % contracts.length;
        const rowNumber = rowNumbers[index];
        const header = headers.get(field)!;
        const headerRow = grid.findIndex((row) => row.includes(header));
        grid[rowNumber - 1][grid[headerRow].indexOf(header)] = text;

        const preview = analyseRegister(grid, { fileName: 'p.csv', existing: new Map(), date1904 });
        // Only required fields can refuse a row (issue 11): a broken optional cell is left blank and warned about.
        const required = field === 'reference' || field === 'currentEndDate';
        expect(preview.counts.invalid).toBe(required ? 1 : 0);
        // A generated reference or title may itself look like "TBC"; those are remarked on but kept.
        const warnings = preview.warnings.filter((w) => w.kind !== 'placeholder-kept');
        const reported = required ? preview.errors : warnings;
        expect(reported.length).toBeGreaterThan(0);
        expect(required ? warnings : preview.errors).toEqual([]);
        for (const issue of reported) {
          expect(issue).toMatchObject({ row: rowNumber, column: header, field, value: text.trim() });
          expect(issue.message.startsWith(`Row ${rowNumber}, column '${header}': `)).toBe(true);
        }
        expect(preview.counts.new).toBe(contracts.length - (required ? 1 : 0));
      }),
      { numRuns: 200 },
    );
  });
});
