import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractArb, isoDateArb } from '../../test/fixtures/registers/contract-arbitrary';
import { contractSchema, type Contract } from '../domain/contract';
import { CONTRACT_FIELDS, isChoiceKind, type FieldChoice } from '../domain/contract-fields';
import { FIELD_KINDS, FIELD_LABELS, IMPORT_FIELDS, type FieldKind, type ImportField } from './fields';
import type { Cell } from './grid';
import { createRowReader, type ColumnPlan, type Source } from './row-reader';

/*
 * The row reader checks each row's contract without zod when zod would return it as it is
 * (zod-fast-check.ts, issue 16). This holds the reader to the one that runs zod on every row: for
 * generated register rows (hostile text, edge dates and amounts, unknown and mapped enum values,
 * placeholders, blanks, overlong cells, repeated references, a term instead of an end date) over a
 * generated portfolio, both give the same outcome for every row: the same contract, key for key and
 * in the same order, or the same issues, word for word, and the same warnings.
 */

const longText = (n: number) => fc.constantFrom('x', 'ab ', '=1+1').map((s) => s.repeat(n));
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', "'", '=', '+', '-', '@', '"', ',', ';', 'é', '—', 'a', '1') }),
  fc.constantFrom('', ' ', 'TBC', 'n/a', '—', '?', "'=SUM(A1)", "' =x", "'' +y", '__proto__', 'constructor', '\u2003x\u2003'),
  fc.integer({ min: 190, max: 210 }).chain((n) => longText(n)),
  fc.integer({ min: 495, max: 505 }).chain((n) => longText(n)),
  fc.constantFrom(10_001, 32_768).chain((n) => longText(n)),
);
const dateCell = fc.oneof(
  isoDateArb,
  isoDateArb.map((iso) => iso.split('-').reverse().join('/')),
  fc.constantFrom(
    '31/02/2026',
    '29/02/2024',
    '29/02/2025',
    '0000-01-01',
    '9999-12-31',
    '1 Apr 2026',
    '2026-4-1',
    '13/13/2013',
    'yesterday',
  ),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double(),
);
const moneyCell = fc.oneof(
  fc.constantFrom('£1,234.56', '(1,000)', '-£5', '1e308', '1e309', '-0', 'NaN', 'Infinity', '£', '£1.234', '£1,23', '12p'),
  fc.double(),
  fc.integer().map(String),
);
const daysCell = fc.oneof(
  fc.constantFrom('90', '0', '3650', '3651', '-1', '1.5', '90 days', '2 weeks', 'N/A'),
  fc.integer({ min: -5, max: 4000 }),
);
const booleanCell = fc.oneof(fc.constantFrom('Yes', 'No', 'y', 'n', 'TRUE', 'false', '1', '0', 'maybe'), fc.boolean());
const listCell = fc.oneof(
  fc.constantFrom('a; b', 'a, b', ' ; ', '—', "'=x; b", 'a;;b', ` ${'m'.repeat(201)}; b`),
  fc.array(hostileText, { maxLength: 3 }).map((items) => items.join('; ')),
);
const extensionCell = fc.constantFrom('12 months by 31/03/2027', '2 x 12 months', '1 x 601 months', '0 months', '12 months', 'twice', '');
/** A fixed-list kind's choices, from the field table (each such kind is one field's). */
const choicesOf = (kind: FieldKind): readonly FieldChoice[] => CONTRACT_FIELDS.find((f) => f.kind === kind)?.choices ?? [];
const labelsOf = (choices: readonly FieldChoice[]) => [...choices.map((c) => c.value), ...choices.map((c) => c.label)];
const enumCell = (choices: readonly FieldChoice[]) =>
  fc.oneof(fc.constantFrom(...labelsOf(choices), 'Unknown thing', 'mapped-blank', 'mapped-code'), hostileText);

/** Values as a tidy register holds them, so that many rows import and the fast path is met. */
function cleanArb(kind: FieldKind): fc.Arbitrary<Cell> {
  switch (kind) {
    case 'text':
      return fc
        .tuple(fc.constantFrom(...'ABCRSTxyz'), fc.string({ unit: fc.constantFrom(...'abc 123&-'), maxLength: 20 }))
        .map(([a, b]) => a + b);
    case 'date':
      return fc.oneof(
        isoDateArb,
        isoDateArb.map((iso) => iso.split('-').reverse().join('/')),
      );
    case 'money':
      return fc.constantFrom<Cell>('£1,234.56', '£250,000', 1200, '0');
    case 'days':
      return fc.integer({ min: 0, max: 3650 });
    case 'boolean':
      return fc.constantFrom<Cell>('Yes', 'No');
    case 'list':
      return fc.constantFrom<Cell>('PAS; EPR', 'Radiology');
    case 'extension-options':
      return fc.constantFrom<Cell>('12 months by 31/03/2027', '2 x 12 months');
    default:
      return fc.constantFrom(...choicesOf(kind).map((c) => c.label));
  }
}

function cellArb(kind: FieldKind): fc.Arbitrary<Cell> {
  const blank = fc.constantFrom<Cell>(null, '', '  ', 'TBC', 'n/a');
  const value: fc.Arbitrary<Cell> = (() => {
    switch (kind) {
      case 'text':
        return hostileText;
      case 'date':
        return dateCell;
      case 'money':
        return moneyCell;
      case 'days':
        return daysCell;
      case 'boolean':
        return booleanCell;
      case 'list':
        return listCell;
      case 'extension-options':
        return extensionCell;
      default:
        return enumCell(choicesOf(kind));
    }
  })();
  return fc.oneof({ weight: 12, arbitrary: cleanArb(kind) }, { weight: 1, arbitrary: blank }, { weight: 1, arbitrary: value });
}

/** One column per import field (a second for the reference, as registers repeat it), then a term. */
const COLUMNS: { field: ImportField | 'term-months'; header: string }[] = [
  ...IMPORT_FIELDS.map((field) => ({ field, header: FIELD_LABELS[field] })),
  { field: 'reference', header: 'Our Ref' },
  { field: 'term-months', header: 'Term (Months)' },
];

function planOf(): ColumnPlan {
  const fields = new Map<ImportField, Source[]>();
  const termSources: Source[] = [];
  COLUMNS.forEach(({ field, header }, col) => {
    if (field === 'term-months') termSources.push({ col, header });
    else fields.set(field, [...(fields.get(field) ?? []), { col, header }]);
  });
  // The user's answers for unrecognised values: one mapped to a code, one left blank.
  const valueMappings: Record<string, Record<string, string>> = {};
  for (const { field, header } of COLUMNS) {
    if (field === 'term-months' || !isChoiceKind(FIELD_KINDS[field])) continue;
    const code = choicesOf(FIELD_KINDS[field])[0].value;
    valueMappings[header] = { 'mapped-blank': '', 'mapped-code': code };
  }
  return { fields, termSources, valueMappings };
}

const rowArb = (references: readonly string[]): fc.Arbitrary<Cell[]> =>
  fc.tuple(
    ...COLUMNS.map(({ field }) => {
      if (field === 'term-months') return fc.oneof(fc.constant<Cell>(null), fc.constantFrom<Cell>('12', '601', '0', 'x', 36));
      const cell = cellArb(FIELD_KINDS[field]);
      // Some rows update a contract in the portfolio, some repeat a reference used above.
      if (field === 'reference' && references.length > 0) return fc.oneof(fc.constantFrom<Cell>(...references, 'R-1', 'R-1 '), cell);
      return cell;
    }),
  );

/** A portfolio's contracts: as stored (zod's output), with some record-only fields and odd stored values. */
const portfolioArb = fc.array(
  fc
    .tuple(contractArb, fc.boolean(), isoDateArb, fc.constantFrom(undefined, 'x', ' kept '))
    .map(([contract, withRecordFields, date, odd]) => {
      const stored: Record<string, unknown> = { ...contractSchema.parse(contract) };
      if (withRecordFields) {
        Object.assign(stored, {
          signedOn: date,
          kpis: ['Uptime'],
          kpiRatings: [{ kpi: 'Uptime', periodStart: date, periodEnd: date, rating: 'good', assessedOn: date }],
          modifications: [{ id: 'm1', date }],
          sample: true,
        });
      }
      // Records from older versions may hold a key the schema no longer lists, or text with spaces.
      if (odd !== undefined) stored[odd === 'x' ? 'legacyField' : 'owner'] = odd;
      return stored as Contract;
    }),
  { maxLength: 4 },
);

describe('the row reader without zod on valid rows', () => {
  it('gives every row the outcome zod gives it', () => {
    const plan = planOf();
    let contracts = 0;
    fc.assert(
      fc.property(
        portfolioArb.chain((portfolio) =>
          fc.tuple(fc.constant(portfolio), fc.array(rowArb(portfolio.map((c) => c.reference)), { minLength: 1, maxLength: 12 })),
        ),
        fc.boolean(),
        ([portfolio, rows], date1904) => {
          const existing = new Map(portfolio.map((c) => [c.reference, c]));
          const fast = createRowReader(plan, existing, { date1904 });
          const zod = createRowReader(plan, existing, { date1904 }, { zodOnly: true });
          rows.forEach((cells, i) => {
            const expected = zod(cells, i + 2);
            const actual = fast(cells, i + 2);
            expect(actual).toStrictEqual(expected);
            if (expected.ok && actual.ok) {
              contracts += 1;
              expect(Object.keys(actual.contract)).toStrictEqual(Object.keys(expected.contract));
            }
          });
        },
      ),
      { numRuns: 250 },
    );
    // Rows that import are the ones the fast path serves: the comparison must have met many.
    expect(contracts).toBeGreaterThan(100);
    // Up to 3,000 rows read twice: seconds alone, but much longer on a machine the whole suite shares.
  }, 120_000);
});
