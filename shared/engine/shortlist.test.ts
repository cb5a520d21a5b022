import { describe, expect, it } from 'vitest';
import { contractSchema, costLineSchema, criterionSchema, DEFAULT_SETTINGS, optionSchema, type ContractInput } from '../domain';
import { findLegalGround } from '../law';
import { annualValueOf, proposeShortlist, SHORTLIST_ASSUMPTIONS } from './shortlist';

const contract = (over: Partial<ContractInput> = {}) =>
  contractSchema.parse({
    reference: 'EPR-001',
    title: 'Electronic patient record',
    category: 'EPR',
    supplier: 'BT',
    vendor: 'Cerner',
    contractingModel: 'via-lsp',
    primeContractor: 'BT',
    startDate: '2017-07-01',
    currentEndDate: '2027-06-30',
    annualValue: 1_200_000,
    hostingModel: 'lsp-data-centre',
    hostingProvider: 'BT',
    hostingEndDate: '2027-06-30',
    modules: ['PAS', 'ePMA'],
    ...over,
  });

function propose(over: Partial<ContractInput> = {}, today = '2026-06-01') {
  let i = 0;
  return proposeShortlist(contract(over), DEFAULT_SETTINGS, today, () => `id-${i++}`, 'app-1');
}

describe('proposeShortlist', () => {
  it('returns valid, uniquely identified records', () => {
    const p = propose();
    for (const o of p.options) expect(optionSchema.parse(o)).toEqual(o);
    for (const l of p.costLines) expect(costLineSchema.parse(l)).toEqual(l);
    for (const c of p.criteria) expect(criterionSchema.parse(c)).toEqual(c);
    const ids = [...p.options, ...p.costLines, ...p.criteria].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(p.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(p.costLines.every((l) => p.options.some((o) => o.id === l.optionId))).toBe(true);
  });

  it('includes extend-via-lsp only for contracts held via an LSP', () => {
    expect(propose().options.map((o) => o.kind)).toEqual([
      'do-minimum',
      'extend-via-lsp',
      'direct-with-vendor',
      'framework-call-off',
      're-procure',
    ]);
    expect(propose({ contractingModel: 'direct' }).options.map((o) => o.kind)).not.toContain('extend-via-lsp');
  });

  it('do minimum: a 24-month bridge modification at the current annual value', () => {
    const p = propose();
    const o = p.options.find((x) => x.kind === 'do-minimum')!;
    expect(o).toMatchObject({ route: 'modification', extensionMonths: 24, newSystem: false });
    expect(o.terms).toMatchObject({ startDate: '2027-07-01', durationMonths: 24 });
    const lines = p.costLines.filter((l) => l.optionId === o.id);
    expect(lines).toEqual([
      expect.objectContaining({ kind: 'recurring', amount: 1_200_000, startDate: '2027-07-01', endDate: '2029-06-30' }),
    ]);
  });

  it('direct with vendor: 7 years by direct award on technical grounds, hosting moved to the vendor', () => {
    const p = propose();
    const o = p.options.find((x) => x.kind === 'direct-with-vendor')!;
    expect(o).toMatchObject({ route: 'direct-award', regime: 'PA2023', legalGround: 'pa2023-sch5-technical' });
    expect(findLegalGround(o.legalGround)?.kind).toBe('direct-award');
    expect(o.terms.durationMonths).toBe(84);
    expect(o.hosting).toMatchObject({ currentModel: 'lsp-data-centre', targetModel: 'vendor-hosted' });
    expect(
      p.costLines
        .filter((l) => l.optionId === o.id)
        .map((l) => l.category)
        .sort(),
    ).toEqual(['hosting-transfer', 'support']);
  });

  it('uses the PCR 2015 equivalents before 24 Feb 2025', () => {
    const p = propose({}, '2024-06-01');
    expect(p.options.find((x) => x.kind === 'direct-with-vendor')).toMatchObject({
      route: 'negotiated-without-publication',
      regime: 'PCR2015',
      legalGround: 'pcr2015-reg32-technical',
    });
    expect(p.options.find((x) => x.kind === 're-procure')?.route).toBe('open');
  });

  it('re-procure: a new system over 10 years with implementation and migration one-offs', () => {
    const p = propose();
    const o = p.options.find((x) => x.kind === 're-procure')!;
    expect(o).toMatchObject({ route: 'competitive-flexible', newSystem: true });
    expect(o.terms.durationMonths).toBe(120);
    // Open procedure takes 12 months from 1 Jun 2026: the start is the later of that and the day after the end.
    expect(o.terms.startDate).toBe('2027-07-01');
    const lines = p.costLines.filter((l) => l.optionId === o.id);
    const impl = lines.find((l) => l.category === 'implementation')!;
    const mig = lines.find((l) => l.category === 'migration')!;
    expect(impl).toMatchObject({ kind: 'one-off', amount: 1_200_000 * SHORTLIST_ASSUMPTIONS.implementationFactorEpr, date: '2027-07-01' });
    expect(mig).toMatchObject({ kind: 'one-off', amount: 1_200_000 * SHORTLIST_ASSUMPTIONS.migrationFactor, date: '2029-01-01' });
    expect(o.assumptions).toContain('implementation');
  });

  it('starts a new procurement no earlier than its lead time allows', () => {
    const p = propose({}, '2027-01-15');
    expect(p.options.find((x) => x.kind === 're-procure')?.terms.startDate).toBe('2028-01-15');
    expect(p.options.find((x) => x.kind === 'framework-call-off')?.terms.startDate).toBe('2027-07-15');
  });

  it('derives the annual value from the total when needed and adds one line per contract', () => {
    const hosting = contract({
      reference: 'HOST-1',
      title: 'Hosting',
      category: 'hosting',
      annualValue: undefined,
      totalValue: 1_000_000,
      startDate: '2022-07-01',
      currentEndDate: '2027-06-30',
    });
    expect(annualValueOf(hosting)).toBeCloseTo((1_000_000 * 365) / 1826, 6);
    let i = 0;
    const p = proposeShortlist([contract(), hosting], DEFAULT_SETTINGS, '2026-06-01', () => `x${i++}`, 'app');
    const bridge = p.options[0];
    const lines = p.costLines.filter((l) => l.optionId === bridge.id);
    expect(lines.map((l) => l.category)).toEqual(['support', 'hosting']);
  });

  it('refuses an empty contract list', () => {
    expect(() => proposeShortlist([], DEFAULT_SETTINGS, '2026-06-01', () => 'x')).toThrow(/at least one contract/);
  });
});
