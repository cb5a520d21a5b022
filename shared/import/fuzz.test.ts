// Fuzz suite for every importer: 15,300 fuzz cases per run (the sum of RUNS below; a test checks it).
//
// Each property feeds one parser hostile input — random bytes, random text built from the
// characters that matter to it, and mutated copies of the committed fixtures — and asserts that the
// parser either answers or fails with an AppError (parsePortfolio: the typed `{ ok: false }`), never
// any other exception; that it does not mutate its input; and that nothing reaches Object.prototype.
// Seeds are random per run: a failure prints the seed and the shrunk counterexample to replay.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { contractsArb } from '../../test/fixtures/registers/contract-arbitrary';
import type { Contract } from '../domain/contract';
import { AppError } from '../result';
import { HEADER_SYNONYMS, type MappingTarget } from './columns';
import { parseCsvBytes } from './csv';
import { FIELD_LABELS, IMPORT_FIELDS } from './fields';
import type { Cell, Grid } from './grid';
import { PORTFOLIO_FORMAT, parsePortfolio, upgrades } from './portfolio-format';
import { readRegisterFile } from './read-register-file';
import { analyseRegister } from './register';
import { readXlsx } from './xlsx';
import { readZipDirectory } from './zip-directory';

const RUNS = {
  csvRandomBytes: 1500,
  csvText: 1500,
  csvMutatedFixtures: 1000,
  xlsxRandomBytes: 800,
  xlsxMutatedBytes: 1200,
  xlsxMutatedXml: 800,
  registerFileNames: 300,
  zipDirectoryAgreement: 800,
  analyseRegister: 1500,
  portfolioRandomJson: 1200,
  portfolioMutatedFixtures: 1800,
  portfolioRandomText: 1200,
  upgradeV1: 1700,
} as const;
const TOTAL_DOCUMENTED = 15_300;

const registers = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/registers/${name}`, import.meta.url)));
const XLSX_FIXTURES = ['trust-foi-register.xlsx', 'trust-foi-register-1904.xlsx'].map(registers);
const CSV_FIXTURES = ['atamis-export.csv', 'bad-rows.csv', 'finance-register-1252.csv', 'term-months-register.csv'].map(registers);
const PORTFOLIO_V1 = JSON.parse(strFromU8(registers('portfolio-v1.json'))) as unknown;
const PORTFOLIO_V2 = JSON.parse(strFromU8(registers('portfolio-v1.expected-v2.json'))) as unknown;

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Object.prototype gained nothing (the usual sign of prototype pollution). */
function expectPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

afterEach(expectPrototypeClean);

function onlyAppError(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  expect(error.code).toMatch(/^[A-Z0-9_]+$/);
  expect(error.message.length).toBeGreaterThan(0);
}

function expectOnlyAppError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    onlyAppError(error);
  }
}

async function expectOnlyAppErrorAsync(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    onlyAppError(error);
  }
}

// ---------------------------------------------------------------------------------------------------
// Byte and text mutation.

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'duplicate'; at: number; length: number; to: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutationArb: fc.Arbitrary<Mutation> = fc
  .oneof(
    fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({
      kind: fc.constant('set' as const),
      at: position,
      value: fc.oneof(fc.constantFrom(0, 0xff, 0x22, 0x2c, 0x0a, 0x3c, 0x3e), fc.integer({ min: 0, max: 255 })),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: position }),
    fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 256 }), to: position }),
  )
  .map((m) => m as Mutation);

function mutate(source: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Uint8Array.from(source);
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    switch (m.kind) {
      case 'flip':
        if (bytes.length) bytes[Math.min(at, bytes.length - 1)] ^= 1 << m.bit;
        break;
      case 'set':
        if (bytes.length) bytes[Math.min(at, bytes.length - 1)] = m.value;
        break;
      case 'truncate':
        bytes = bytes.slice(0, at);
        break;
      case 'delete':
        bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)]);
        break;
      case 'insert':
        bytes = Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
        break;
      case 'duplicate': {
        const piece = bytes.slice(at, at + m.length);
        const to = Math.floor(m.to * bytes.length);
        bytes = Uint8Array.from([...bytes.subarray(0, to), ...piece, ...bytes.subarray(to)]);
        break;
      }
    }
  }
  return bytes;
}

const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 6 });

// ---------------------------------------------------------------------------------------------------
// CSV.

const CSV_UNITS = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  '"',
  '\n',
  '\r',
  '\r\n',
  ' ',
  'a',
  'Z',
  '1',
  '0',
  '.',
  '-',
  '/',
  '£',
  '€',
  'é',
  '—',
  '\u00a0',
  '\ufeff',
  '\u0000',
  '=',
  "'",
  '😀',
  '\ud800',
];
const headerWordArb = fc.constantFrom(
  ...HOSTILE_KEYS,
  ...IMPORT_FIELDS.map((f) => FIELD_LABELS[f]),
  ...Object.values(HEADER_SYNONYMS).flat().slice(0, 80),
);
const csvTextArb = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...CSV_UNITS) },
      { weight: 2, arbitrary: headerWordArb },
      {
        weight: 1,
        arbitrary: fc.constantFrom('2027-03-31', '31/03/2027', '£1,234.56', '(1,000)', '12 months by 31/03/2027', 'Yes', 'N/A'),
      },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));
const BOMS = [new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff])];

function checkCsv(bytes: Uint8Array): void {
  const copy = Uint8Array.from(bytes);
  expectOnlyAppError(() => {
    const result = parseCsvBytes(bytes, { fileName: 'fuzz.csv' });
    for (const row of result.grid) for (const cell of row) expect(typeof cell === 'string').toBe(true);
  });
  expect(bytes).toEqual(copy);
}

describe('fuzz: parseCsvBytes', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), checkCsv), { numRuns: RUNS.csvRandomBytes });
  });

  it('random CSV-like text in every encoding', () => {
    fc.assert(
      fc.property(csvTextArb, fc.integer({ min: 0, max: 3 }), fc.boolean(), (text, bom, latin) => {
        const body = latin ? Uint8Array.from([...text].map((ch) => ch.charCodeAt(0) & 0xff)) : strToU8(text);
        checkCsv(Uint8Array.from([...BOMS[bom], ...body]));
      }),
      { numRuns: RUNS.csvText },
    );
  });

  it('mutated copies of the committed CSV fixtures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CSV_FIXTURES.length - 1 }), mutationsArb, (i, mutations) => {
        checkCsv(mutate(CSV_FIXTURES[i], mutations));
      }),
      { numRuns: RUNS.csvMutatedFixtures },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// XLSX.

async function checkXlsx(bytes: Uint8Array, sheet?: string | number): Promise<void> {
  const copy = Uint8Array.from(bytes);
  await expectOnlyAppErrorAsync(async () => {
    const book = await readXlsx(bytes, { sheet, fileName: 'fuzz.xlsx' });
    expect(book.sheetNames).toContain(book.sheetName);
    for (const row of book.grid)
      for (const cell of row) expect(['string', 'number', 'boolean'].includes(typeof cell) || cell === null).toBe(true);
  });
  expect(bytes).toEqual(copy);
}

/** Snippets that probe the sheet scanner and the library: references near and past every limit. */
const XML_SNIPPETS = [
  '<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
  '<row r="1048577"/>',
  '<row r="1e9"/>',
  '<row r="Infinity"/>',
  '<row r="-3"/>',
  '<row r="2.5"><c r="B3"><v>2</v></c></row>',
  '<row r="4000"><c r="C4000" t="inlineStr"><is><t>x</t></is></c></row>',
  '<c r="XFD1"><v>1</v></c>',
  '<c r="XFE1"><v>1</v></c>',
  '<c r="ZZZZZZZZ1"><v>1</v></c>',
  '<c r="IP2"><v>1</v></c>',
  '<c r="IQ2"><v>1</v></c>',
  '<c r="&#88;&#70;&#68;9"><v>1</v></c>',
  '<c r="A1" r="XFD1"><v>1</v></c>',
  '<x:c r="XFD1"><x:v>1</x:v></x:c>',
  '<c foo=">" r="XFD1"><v>1</v></c>',
  '<!-- <c r="XFD1"><v>1</v></c> -->',
  '<![CDATA[<c r="XFD1"><v>1</v></c>]]>',
  '<?pi <c r="XFD1"><v>1</v></c> ?>',
  '<c r="A1" t="s"><v>999999</v></c>',
  '<c r="A1" t="n"><v>not a number</v></c>',
  '<c r="A1" t="d"><v>2027-13-45</v></c>',
  '<c r="A1" t="b"><v>7</v></c>',
  '<c r="A1" t="e"><v>#REF!</v></c>',
  '<c r="A1"><f>1/0</f></c>',
  '<c><v>1</v></c>',
  '<c r=""><v>1</v></c>',
  '<row>',
  '</row>',
  '<sheetData/>',
  '</sheetData>',
  '<dimension ref="A1:XFD1048576"/>',
  '<dataValidations count="1"><dataValidation sqref="A1:XFD1048576"/></dataValidations>',
  '<sheet name="__proto__" sheetId="9" r:id="rId1"/>',
  '<sheet name="constructor" sheetId="9" r:id="rId9"/>',
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="worksheets/sheet1.xml"/>',
  '<workbookPr date1904="1"/>',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '_x0000_',
  '"',
  "'",
  '<',
  '>',
  '/>',
  '\u0000',
  '😀',
];

/** Rebuilds a fixture with one XML part edited by inserting snippets (re-zipped, so the zip is valid). */
function xmlMutant(fixture: Uint8Array, partIndex: number, inserts: readonly { at: number; snippet: string }[], level: number): Uint8Array {
  const files = unzipSync(fixture);
  const names = Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const name = names[partIndex % names.length];
  let text = strFromU8(files[name]);
  for (const { at, snippet } of inserts) {
    const i = Math.floor(at * text.length);
    text = text.slice(0, i) + snippet + text.slice(i);
  }
  files[name] = strToU8(text);
  return zipSync(files, { level: level as 0 | 6 });
}

describe('fuzz: readXlsx', () => {
  it('random bytes, bare and behind a zip signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, zipLike) => {
        await checkXlsx(zipLike ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes);
      }),
      { numRuns: RUNS.xlsxRandomBytes },
    );
  });

  it('mutated and truncated copies of the committed workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: XLSX_FIXTURES.length - 1 }),
        mutationsArb,
        fc.constantFrom<string | number | undefined>(undefined, 1, 2, 3, 'Notes', '__proto__'),
        async (i, mutations, sheet) => {
          await checkXlsx(mutate(XLSX_FIXTURES[i], mutations), sheet);
        },
      ),
      { numRuns: RUNS.xlsxMutatedBytes },
    );
  });

  it('committed workbooks with hostile XML spliced into their parts', async () => {
    const insertArb = fc.record({ at: position, snippet: fc.constantFrom(...XML_SNIPPETS) });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: XLSX_FIXTURES.length - 1 }),
        fc.nat(),
        fc.array(insertArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(0, 6),
        async (i, part, inserts, level) => {
          await checkXlsx(xmlMutant(XLSX_FIXTURES[i], part, inserts, level));
        },
      ),
      { numRuns: RUNS.xlsxMutatedXml },
    );
  });

  it('readRegisterFile with any file name and any bytes', async () => {
    const nameArb = fc.oneof(
      fc.constantFrom('register.xlsx', 'register.csv', 'REGISTER.XLS', 'a.xlsm', '__proto__', ''),
      fc.string({ maxLength: 12 }),
    );
    const bytesArb = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom(...XLSX_FIXTURES, ...CSV_FIXTURES).chain((f) => mutationsArb.map((m) => mutate(f, m))),
    );
    await fc.assert(
      fc.asyncProperty(nameArb, bytesArb, async (name, bytes) => {
        const copy = Uint8Array.from(bytes);
        await expectOnlyAppErrorAsync(() => readRegisterFile(name, bytes));
        expect(bytes).toEqual(copy);
      }),
      { numRuns: RUNS.registerFileNames },
    );
  });

  it('the zip directory reader sees exactly the entries fflate (and so read-excel-file) sees', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: XLSX_FIXTURES.length - 1 }), mutationsArb, (i, mutations) => {
        const bytes = mutate(XLSX_FIXTURES[i], mutations);
        let ours: unknown;
        let theirs: unknown;
        try {
          const { declaredEntries, entries } = readZipDirectory(bytes, 100_000);
          if (declaredEntries > 100_000) return;
          ours = entries.map(({ name, compression, compressedSize, originalSize }) => ({
            name,
            compression,
            size: compressedSize,
            originalSize,
          }));
        } catch {
          ours = 'throws';
        }
        try {
          const seen: unknown[] = [];
          unzipSync(bytes, {
            filter: ({ name, compression, size, originalSize }) => {
              seen.push({ name, compression, size, originalSize });
              return false;
            },
          });
          theirs = seen;
        } catch {
          theirs = 'throws';
        }
        expect(ours).toEqual(theirs);
      }),
      { numRuns: RUNS.zipDirectoryAgreement },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// analyseRegister.

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 16 }) },
  { weight: 3, arbitrary: headerWordArb },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2027-03-31',
      '31/02/2027',
      '1/4/26',
      '45000',
      '£1.2m',
      '(£5)',
      '12 months',
      '2 x 12 months by 31/03/2027 (exercised)',
      'Yes',
      'N/A',
      'TBC',
      'EPR',
      'Direct award',
      'On premise',
      'REF-1',
      'REF-1 ',
      '=cmd()',
      "'=1",
      '',
      ' ',
    ),
  },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);
const gridArb: fc.Arbitrary<Grid> = fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 14 });
const targetArb = fc.oneof(
  fc.constantFrom<string>(...IMPORT_FIELDS, 'ignore', 'term-months'),
  fc.constantFrom('__proto__', 'constructor', 'nonsense', ''),
);
const mappingArb = fc
  .array(fc.tuple(fc.oneof(headerWordArb, fc.string({ maxLength: 8 })), targetArb), { maxLength: 8 })
  .map((pairs) => Object.fromEntries(pairs) as Record<string, MappingTarget>);

describe('fuzz: analyseRegister', () => {
  it('random grids, header rows, mappings and portfolios', () => {
    fc.assert(
      fc.property(
        gridArb,
        fc.option(fc.oneof(fc.integer({ min: -2, max: 16 }), fc.double()), { nil: undefined }),
        fc.option(mappingArb, { nil: undefined }),
        fc.option(contractsArb(3), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        (grid, headerRowIndex, mapping, contracts, date1904, aborted) => {
          const existing = new Map<string, Contract>((contracts ?? []).map((c) => [c.reference, c]));
          const before = { grid: structuredClone(grid), mapping: structuredClone(mapping), existing: structuredClone([...existing]) };
          expectOnlyAppError(() => {
            const preview = analyseRegister(grid, {
              fileName: 'fuzz.csv',
              existing,
              mapping,
              headerRowIndex,
              date1904,
              signal: { aborted },
            });
            expect(Object.getPrototypeOf(preview.mapping)).toBeNull();
            expect(preview.headers).toHaveLength(new Set(preview.headers.map((h) => h.toLowerCase())).size);
            expect(preview.counts.new + preview.counts.update + preview.counts.unchanged + preview.counts.invalid).toBe(
              preview.rows.length,
            );
            for (const row of preview.rows) {
              if (row.kind === 'invalid') {
                expect(row.errors.length).toBeGreaterThan(0);
              } else {
                expect(Object.getPrototypeOf(row.contract)).toBe(Object.prototype);
                expect(Object.keys(row.contract).every((k) => (IMPORT_FIELDS as readonly string[]).includes(k) || k === 'sample')).toBe(
                  true,
                );
              }
            }
          });
          expect(grid).toEqual(before.grid);
          expect(mapping).toEqual(before.mapping);
          expect([...existing]).toEqual(before.existing);
        },
      ),
      { numRuns: RUNS.analyseRegister },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// parsePortfolio and the version upgrade.

/** JSON values, with hostile keys as own properties (JSON.parse, not an object literal, builds them). */
const hostileKeyArb = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS, 'endDate', 'currentEndDate', 'reference', 'contracts', 'format', 'version'),
  fc.string({ maxLength: 6 }),
);
const { json: jsonArb } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', '2027-03-31', PORTFOLIO_FORMAT),
    fc.string({ maxLength: 10 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.array(tie('json'), { maxLength: 4 }),
    fc
      .array(fc.tuple(hostileKeyArb, tie('json')), { maxLength: 5 })
      .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`)
      .map((t) => JSON.parse(t) as unknown),
  ),
}));

interface PathEdit {
  path: readonly number[];
  op: 'replace' | 'delete' | 'add';
  key: string;
  value: unknown;
}

/** Applies an edit at a path chosen by indexes into each level's keys (so any depth can be reached). */
function edit(doc: unknown, e: PathEdit): unknown {
  const root = structuredClone(doc);
  let parent: Record<string, unknown> | unknown[] | null = null;
  let parentKey = '';
  let node: unknown = root;
  for (const step of e.path) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    parentKey = keys[step % keys.length];
    node = (node as Record<string, unknown>)[parentKey];
  }
  if (e.op === 'add' && typeof node === 'object' && node !== null && !Array.isArray(node)) {
    Object.defineProperty(node, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
  } else if (parent && e.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(parentKey), 1);
    else delete parent[parentKey];
  } else if (parent) {
    Object.defineProperty(parent, parentKey, { value: e.value, enumerable: true, writable: true, configurable: true });
  }
  return root;
}

const editArb: fc.Arbitrary<PathEdit> = fc.record({
  path: fc.array(fc.nat({ max: 40 }), { maxLength: 6 }),
  op: fc.constantFrom('replace', 'delete', 'add'),
  key: hostileKeyArb,
  value: jsonArb,
}) as fc.Arbitrary<PathEdit>;

function checkPortfolio(input: string | Uint8Array): void {
  const copy = typeof input === 'string' ? input : Uint8Array.from(input);
  const result = parsePortfolio(input, { fileName: 'fuzz.json' });
  if (result.ok) {
    expect(result.value.portfolio.format).toBe(PORTFOLIO_FORMAT);
    for (const c of result.value.portfolio.contracts) expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
  } else {
    expect(result.error).toBeInstanceOf(AppError);
    expect(['FILE_TOO_LARGE', 'NOT_A_PORTFOLIO', 'PORTFOLIO_TOO_NEW', 'PORTFOLIO_INVALID']).toContain(result.error.code);
    expect(Array.isArray(result.issues)).toBe(true);
  }
  expect(input).toEqual(copy);
}

describe('fuzz: parsePortfolio', () => {
  it('random JSON documents, bare and in a portfolio envelope', () => {
    const envelopeArb = fc.record(
      {
        format: fc.oneof(fc.constant(PORTFOLIO_FORMAT), jsonArb),
        version: fc.oneof(fc.constantFrom(1, 2, 3, 0, -1, 1.5, '2'), jsonArb),
        exportedAt: fc.oneof(fc.constant('2026-04-01T09:00:00.000Z'), jsonArb),
        contracts: fc.oneof(fc.array(jsonArb, { maxLength: 3 }), jsonArb),
        appraisals: fc.oneof(fc.array(jsonArb, { maxLength: 2 }), jsonArb),
        organisation: jsonArb,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(jsonArb, envelopeArb), fc.boolean(), (doc, asBytes) => {
        const text = JSON.stringify(doc) ?? 'undefined';
        checkPortfolio(asBytes ? strToU8(text) : text);
      }),
      { numRuns: RUNS.portfolioRandomJson },
    );
  });

  it('mutated copies of the committed v1 and v2 portfolios (structure and text)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(PORTFOLIO_V1, PORTFOLIO_V2),
        fc.array(editArb, { minLength: 1, maxLength: 4 }),
        fc.option(mutationsArb, { nil: undefined }),
        (doc, edits, textMutations) => {
          const edited = edits.reduce<unknown>((d, e) => edit(d, e), doc);
          const text = JSON.stringify(edited) ?? 'null';
          checkPortfolio(textMutations ? mutate(strToU8(text), textMutations) : text);
        },
      ),
      { numRuns: RUNS.portfolioMutatedFixtures },
    );
  });

  it('random strings and bytes', () => {
    const jsonishArb = fc
      .array(
        fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          ':',
          ',',
          '"',
          '\\',
          'null',
          'true',
          '1e999',
          '-0',
          '"__proto__"',
          '"format"',
          `"${PORTFOLIO_FORMAT}"`,
          '"version"',
          '2',
          ' ',
          '\ufeff',
        ),
        { maxLength: 40 },
      )
      .map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 60 }), jsonishArb, fc.uint8Array({ maxLength: 80 })), checkPortfolio), {
      numRuns: RUNS.portfolioRandomText,
    });
  });
});

describe('fuzz: upgrades[1] (version 1 → 2)', () => {
  it('never throws, never mutates its input, and builds only plain objects', () => {
    const contractLikeArb = fc
      .array(fc.tuple(hostileKeyArb, jsonArb), { maxLength: 6 })
      .map((pairs) => JSON.parse(`{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown);
    const docArb = fc
      .tuple(
        fc.array(fc.tuple(hostileKeyArb, jsonArb), { maxLength: 5 }),
        fc.option(fc.oneof(fc.array(fc.oneof(contractLikeArb, jsonArb), { maxLength: 4 }), jsonArb), { nil: undefined }),
      )
      .map(([pairs, contracts]) => {
        const entries = contracts === undefined ? pairs : [...pairs, ['contracts', contracts] as const];
        return JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as Record<string, unknown>;
      });
    fc.assert(
      fc.property(docArb, (doc) => {
        const before = structuredClone(doc);
        const out = upgrades[1](doc);
        expect(doc).toEqual(before);
        expect(out.version).toBe(2);
        const stack: unknown[] = [out];
        while (stack.length) {
          const value = stack.pop();
          if (typeof value !== 'object' || value === null) continue;
          expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
          for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
        }
        if (Array.isArray(doc.contracts)) {
          (out.contracts as unknown[]).forEach((c, i) => {
            const original = (doc.contracts as unknown[])[i];
            if (typeof original !== 'object' || original === null || Array.isArray(original)) return;
            const o = original as Record<string, unknown>;
            if (Object.hasOwn(o, 'endDate') && !Object.hasOwn(o, 'currentEndDate')) {
              expect((c as Record<string, unknown>).currentEndDate).toEqual(o.endDate);
              expect(Object.hasOwn(c as object, 'endDate')).toBe(false);
            }
          });
        }
      }),
      { numRuns: RUNS.upgradeV1 },
    );
  });
});

describe('fuzz suite bookkeeping', () => {
  it('runs the number of cases its header says', () => {
    const total = Object.values(RUNS).reduce((a, b) => a + b, 0);
    expect(total).toBe(TOTAL_DOCUMENTED);
    const header = readFileSync(new URL(import.meta.url), 'utf8').split('\n')[0];
    expect(header).toContain(`${TOTAL_DOCUMENTED.toLocaleString('en-GB')} fuzz cases per run`);
  });
});
