import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractsArb } from '../../test/fixtures/registers/contract-arbitrary';
import { anInfrastructureContract } from '../../test/support/builders';
import { appraisalBundleSchema, type AppraisalBundle } from './portfolio-schema';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, parsePortfolio, serialisePortfolio, upgrades } from './portfolio-format';
import { parseJsonSafely } from './safe-json';

const fixtureText = (name: string): string => readFileSync(new URL(`../../test/fixtures/registers/${name}`, import.meta.url), 'utf8');

function parsed(text: string | Uint8Array) {
  const result = parsePortfolio(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function errorOf(text: string) {
  const result = parsePortfolio(text);
  if (result.ok) throw new Error('expected the portfolio to be refused');
  return result;
}

/** A version 3 portfolio file (the first with KPI ratings) holding one contract as given. */
const versionThreeFile = (contract: object): string =>
  JSON.stringify({
    format: PORTFOLIO_FORMAT,
    version: 3,
    exportedAt: '2026-04-01T00:00:00Z',
    organisation: { trustName: '' },
    contracts: [contract],
  });

const bundle: AppraisalBundle = appraisalBundleSchema.parse({
  appraisal: {
    id: 'a1',
    title: 'EPR re-procurement',
    contractRefs: ['C-1'],
    baseDate: '2026-04-01',
    periodYears: 10,
    discount: { rate: 0.035, longRate: 0.03, switchYear: 30 },
    priceBase: '2026/27 prices',
    author: 'Head of Digital',
    recommendation: { optionId: 'o1', reason: 'Lowest NPC', status: 'draft' },
    createdAt: '2026-04-01T09:00:00.000Z',
    updatedAt: '2026-04-02T09:00:00.000Z',
  },
  criteria: [{ id: 'k1', appraisalId: 'a1', name: 'Clinical safety', weight: 100, order: 0 }],
  options: [],
  costLines: [],
  risks: [],
});

describe('portfolio upgrades', () => {
  it('upgrades version 1 to version 2 exactly as the committed fixture says', () => {
    const v1 = JSON.parse(fixtureText('portfolio-v1.json')) as Record<string, unknown>;
    const before = structuredClone(v1);
    expect(upgrades[1](v1)).toEqual(JSON.parse(fixtureText('portfolio-v1.expected-v2.json')));
    expect(v1).toEqual(before);
  });

  it('reads a version 1 file as the same portfolio as its upgraded form', () => {
    const fromV1 = parsed(fixtureText('portfolio-v1.json'));
    const fromV2 = parsed(fixtureText('portfolio-v1.expected-v2.json'));
    expect(fromV1.fromVersion).toBe(1);
    expect(fromV2.fromVersion).toBe(2);
    expect(fromV1.portfolio).toEqual(fromV2.portfolio);
    expect(fromV1.portfolio.contracts[1]).toMatchObject({ reference: 'ATH-IT-0002', currentEndDate: '2026-09-30', autoRenew: true });
  });

  it('upgrades version 2 to version 3 exactly as the committed fixture says (benefit lines become CRBs)', () => {
    const v2 = JSON.parse(fixtureText('portfolio-v2-appraisal.json')) as Record<string, unknown>;
    const before = structuredClone(v2);
    expect(upgrades[2](v2)).toEqual(JSON.parse(fixtureText('portfolio-v2-appraisal.expected-v3.json')));
    expect(v2).toEqual(before);
    const { portfolio } = parsed(fixtureText('portfolio-v2-appraisal.json'));
    expect(portfolio.appraisals[0].benefits.map((b) => [b.type, b.label])).toEqual([
      ['CRB', 'Paper records storage saved'],
      ['CRB', 'Transcription saved'],
    ]);
    expect(portfolio.appraisals[0].costLines.some((l) => (l.category as string) === 'benefit')).toBe(false);
  });

  it('has a step from every older version to the current one', () => {
    for (let v = 1; v < PORTFOLIO_VERSION; v += 1) expect(typeof upgrades[v]).toBe('function');
  });
});

describe('parsePortfolio refusals', () => {
  it('refuses a newer format with PORTFOLIO_TOO_NEW', () => {
    const result = errorOf(JSON.stringify({ format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION + 1, contracts: [] }));
    expect(result.error.code).toBe('PORTFOLIO_TOO_NEW');
    expect(result.error.message).toContain('newer version');
  });

  it.each([
    ['not JSON', '{"format": '],
    ['another format', JSON.stringify({ format: 'something-else', version: 1 })],
    ['an array', '[]'],
    ['no version', JSON.stringify({ format: PORTFOLIO_FORMAT })],
    ['version 0', JSON.stringify({ format: PORTFOLIO_FORMAT, version: 0 })],
  ])('refuses %s with NOT_A_PORTFOLIO', (_name, text) => {
    expect(errorOf(text).error.code).toBe('NOT_A_PORTFOLIO');
  });

  it('names the contract index, reference and field of each invalid value', () => {
    const doc = JSON.parse(fixtureText('portfolio-v1.expected-v2.json')) as { contracts: Record<string, unknown>[] };
    doc.contracts[1].currentEndDate = '2026-02-31';
    doc.contracts[2].category = 'Spreadsheets';
    const result = errorOf(JSON.stringify(doc));
    expect(result.error.code).toBe('PORTFOLIO_INVALID');
    expect(result.issues).toHaveLength(2);
    expect(result.issues[0]).toBe(
      "Contract 2 (reference 'ATH-IT-0002'), field 'currentEndDate': must be a real calendar date written yyyy-mm-dd",
    );
    expect(result.issues[1]).toMatch(/^Contract 3 \(reference 'ATH-IT-0008'\), field 'category': /);
    expect(result.error.message).toContain(result.issues[0]);
  });

  it('refuses repeated references and cross-wired appraisal children', () => {
    const doc = JSON.parse(fixtureText('portfolio-v1.expected-v2.json')) as { contracts: Record<string, unknown>[]; appraisals: unknown[] };
    doc.contracts[2].reference = 'ATH-IT-0001';
    doc.appraisals = [{ ...bundle, criteria: [{ ...bundle.criteria[0], appraisalId: 'other' }] }];
    const issues = errorOf(JSON.stringify(doc)).issues;
    expect(issues).toContain("Contract 3 (reference 'ATH-IT-0001'), field 'reference': repeats the reference of contract 1");
    expect(issues).toContain("Appraisal 1 ('EPR re-procurement'), field 'criteria[0].appraisalId': must be the appraisal's id 'a1'");
  });
});

describe('prototype pollution', () => {
  it('drops __proto__, constructor and prototype keys at every depth', () => {
    const text = '{"a":1,"__proto__":{"polluted":true},"b":{"constructor":{"prototype":{"polluted":true}},"__proto__":{"x":1}}}';
    const value = parseJsonSafely(text) as Record<string, Record<string, unknown>>;
    expect(value).toEqual({ a: 1, b: {} });
    expect(Object.hasOwn(value, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a hostile portfolio without polluting Object.prototype', () => {
    const doc = JSON.parse(fixtureText('portfolio-v1.expected-v2.json')) as Record<string, unknown>;
    const text = JSON.stringify(doc).replace(
      '"contracts":[{',
      '"contracts":[{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    );
    expect(text).toContain('__proto__');
    const { portfolio } = parsed(`{"__proto__":{"polluted":"yes"},${text.slice(1)}`);
    const merged = Object.assign({}, portfolio.contracts[0]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((merged as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(portfolio.contracts[0], '__proto__')).toBe(false);
  });
});

describe('serialisePortfolio', () => {
  it('round-trips any valid portfolio to deep-equal data (property)', () => {
    fc.assert(
      fc.property(contractsArb(6), fc.string({ maxLength: 40 }), (contracts, trustName) => {
        const exportedAt = new Date(Date.UTC(2026, 3, 1, 12, 30));
        const text = serialisePortfolio({ trustName, contracts, appraisals: [bundle], exportedAt });
        const { portfolio, fromVersion } = parsed(text);
        expect(fromVersion).toBe(PORTFOLIO_VERSION);
        expect(portfolio).toEqual({
          format: PORTFOLIO_FORMAT,
          version: PORTFOLIO_VERSION,
          exportedAt: exportedAt.toISOString(),
          organisation: { trustName },
          contracts,
          appraisals: [bundle],
        });
      }),
      { numRuns: 100 },
    );
  });

  it('writes keys in a stable order whatever order the caller used', () => {
    fc.assert(
      fc.property(contractsArb(3), (contracts) => {
        const reversed = contracts.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c);
        const exportedAt = new Date(Date.UTC(2026, 0, 1));
        expect(serialisePortfolio({ contracts: reversed, exportedAt })).toBe(serialisePortfolio({ contracts, exportedAt }));
      }),
      { numRuns: 50 },
    );
    const text = serialisePortfolio({ contracts: [], exportedAt: new Date(Date.UTC(2026, 0, 1)) });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['format', 'version', 'exportedAt', 'organisation', 'contracts', 'appraisals']);
  });

  it('refuses to write invalid data, naming the contract', () => {
    const [good] = fc.sample(contractsArb(1), { numRuns: 1, seed: 7 })[0];
    expect(() => serialisePortfolio({ contracts: [{ ...good, currentEndDate: '31/03/2027' }] })).toThrow(
      expect.objectContaining({ code: 'PORTFOLIO_INVALID', message: expect.stringContaining(`reference '${good.reference}'`) }),
    );
  });

  it('reads its own output from bytes with a BOM', () => {
    const text = serialisePortfolio({ contracts: [] });
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(parsed(bytes).portfolio.contracts).toEqual([]);
  });
});

describe('a contract’s KPI ratings per period (PA 2023 s.71) in the portfolio file', () => {
  const contract = anInfrastructureContract({
    kpis: ['Response time', 'Availability', 'Incidents resolved'],
    kpiRatings: [
      { kpi: 'Response time', periodStart: '2025-10-01', periodEnd: '2026-09-30', rating: 'good', assessedOn: '2026-10-14' },
      {
        kpi: 'Availability',
        periodStart: '2025-10-01',
        periodEnd: '2026-09-30',
        rating: 'requires-improvement',
        note: 'Two outages in March',
        assessedOn: '2026-10-14',
      },
      { kpi: 'Incidents resolved', periodStart: '2025-10-01', periodEnd: '2026-09-30', rating: 'other', assessedOn: '2026-10-15' },
    ],
  });

  it('writes and reads them back unchanged, in the order logged', () => {
    const text = serialisePortfolio({ contracts: [contract], exportedAt: new Date(Date.UTC(2026, 11, 6)) });
    expect((JSON.parse(text) as { contracts: Array<{ kpiRatings: unknown }> }).contracts[0].kpiRatings).toEqual(contract.kpiRatings);
    const { portfolio } = parsed(text);
    expect(portfolio.contracts[0].kpiRatings).toEqual(contract.kpiRatings);
    expect(parsed(serialisePortfolio({ contracts: portfolio.contracts, exportedAt: new Date(Date.UTC(2026, 11, 6)) })).portfolio).toEqual(
      portfolio,
    );
  });

  it('reads a version 3 file written before ratings were kept as having none', () => {
    const { kpiRatings: _, ...older } = contract;
    const text = versionThreeFile(older);
    expect(parsed(text).portfolio.contracts[0].kpiRatings).toBeUndefined();
  });

  it('refuses a rating outside the regulation’s scale or a period ending before it starts, naming the contract and field', () => {
    const [responseTime, availability] = contract.kpiRatings ?? [];
    const bad = {
      ...contract,
      kpiRatings: [
        { ...responseTime, rating: 'excellent' },
        { ...availability, periodEnd: '2025-09-30' },
      ],
    };
    const text = versionThreeFile(bad);
    const { error, issues } = errorOf(text);
    expect(error.code).toBe('PORTFOLIO_INVALID');
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Contract 1 \(reference 'NVH-INF-012'\), field 'kpiRatings\[0\]\.rating'/),
        "Contract 1 (reference 'NVH-INF-012'), field 'kpiRatings[1].periodEnd': is before the start of the period",
      ]),
    );
  });
});
