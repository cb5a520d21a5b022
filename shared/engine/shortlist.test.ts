import { describe, expect, it } from 'vitest';
import {
  appraisalSchema,
  contractSchema,
  costLineSchema,
  criterionSchema,
  DEFAULT_SETTINGS,
  optionSchema,
  type ContractInput,
} from '../domain';
import { findLegalGround } from '../law';
import { appraiseAll } from './appraise';
import { describeAssumptions } from './assumptions';
import { annualValueOf, proposeShortlist } from './shortlist';

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
const hostingContract = contractSchema.parse({
  reference: 'HOST-1',
  title: 'Remote hosting',
  category: 'hosting',
  supplier: 'Kestrel',
  contractingModel: 'framework',
  startDate: '2020-04-01',
  currentEndDate: '2027-03-31',
  annualValue: 400_000,
  hostingModel: 'third-party',
  hostingEndDate: '2027-03-31',
});

function propose(over: Partial<ContractInput> = {}, today = '2026-06-01', linked = [hostingContract].slice(0, 0)) {
  let i = 0;
  return proposeShortlist(contract(over), DEFAULT_SETTINGS, today, () => `id-${i++}`, 'app-1', linked);
}
const byKind = (p: ReturnType<typeof propose>, kind: string) => p.options.find((o) => o.kind === kind)!;
const linesOf = (p: ReturnType<typeof propose>, id: string) => p.costLines.filter((l) => l.optionId === id);

describe('proposeShortlist', () => {
  it('returns valid, uniquely identified records in reading order, BAU first', () => {
    const p = propose();
    for (const o of p.options) expect(optionSchema.parse(o)).toEqual(o);
    for (const l of p.costLines) expect(costLineSchema.parse(l)).toEqual(l);
    for (const c of p.criteria) expect(criterionSchema.parse(c)).toEqual(c);
    const ids = [...p.options, ...p.costLines, ...p.criteria].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(p.options.map((o) => o.kind)).toEqual([
      'business-as-usual',
      'do-minimum',
      'extend-via-lsp',
      'direct-with-vendor',
      'framework-call-off',
      're-procure',
    ]);
    expect(p.options.map((o) => o.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(propose({ contractingModel: 'direct' }).options.map((o) => o.kind)).not.toContain('extend-via-lsp');
  });

  it('always includes business as usual, carrying the current contract to the end of the period', () => {
    const p = propose({ contractingModel: 'direct' });
    const bau = byKind(p, 'business-as-usual');
    expect(linesOf(p, bau.id)).toEqual([expect.objectContaining({ startDate: '2027-07-01', endDate: '2036-03-31', amount: 1_200_000 })]);
  });

  it('do minimum: a 24-month bridge followed by re-procurement from the day after it ends', () => {
    const p = propose();
    const o = byKind(p, 'do-minimum');
    expect(o).toMatchObject({ route: 'modification', extensionMonths: 24, newSystem: false });
    expect(o.terms).toMatchObject({ startDate: '2027-07-01', durationMonths: 24 });
    expect(o.followOn).toEqual({ kind: 'option', optionId: byKind(p, 're-procure').id, from: '2029-07-01' });
  });

  it('new systems: implementation at the editable multiple, a bridge until go-live and dual running after it', () => {
    const p = propose();
    const o = byKind(p, 're-procure');
    expect(o).toMatchObject({ newSystem: true, bridgeAvailable: true, implementationMonths: 18 });
    const lines = linesOf(p, o.id);
    const impl = lines.find((l) => l.category === 'implementation')!;
    expect(impl.amount).toBe(1_200_000 * DEFAULT_SETTINGS.shortlist.implementationMultipleEpr);
    // Signed 1 Jun 2027 (today + 12 months) is before the contract ends, so it starts 1 Jul 2027.
    expect(lines.find((l) => l.goLiveLink === 'until-go-live')).toMatchObject({ startDate: '2027-07-01', endDate: '2028-12-31' });
    expect(lines.find((l) => l.category === 'dual-running')).toMatchObject({
      startDate: '2029-01-01',
      endDate: '2029-03-31',
      goLiveLink: 'from-go-live',
    });
  });

  it('direct with the vendor proposes vendor hosting when the current hosting ends within the new term', () => {
    const p = propose({ hostingModel: 'third-party', hostingEndDate: '2027-03-31' });
    const o = byKind(p, 'direct-with-vendor');
    expect(o.hosting).toMatchObject({ targetModel: 'vendor-hosted', provider: 'Cerner' });
    expect(o.rationale).toContain('under one roof');
    expect(findLegalGround(o.legalGround)).toBeDefined();
  });

  it('…including when the hosting is a separate linked hosting contract, and costs the hosting gap', () => {
    let i = 0;
    const p = proposeShortlist(
      contract({ hostingModel: 'third-party', hostingEndDate: undefined }),
      DEFAULT_SETTINGS,
      '2026-06-01',
      () => `x${i++}`,
      'app',
      [hostingContract],
    );
    const o = p.options.find((x) => x.kind === 'direct-with-vendor')!;
    expect(o.hosting.targetModel).toBe('vendor-hosted');
    const gap = p.costLines.find((l) => l.optionId === o.id && l.label.startsWith('Hosting gap'))!;
    // Hosting ends 31 Mar 2027; the vendor's goes live 6 months after the 1 Jul 2027 start.
    expect(gap).toMatchObject({ startDate: '2027-04-01', endDate: '2027-12-31', amount: 400_000 });
  });

  it('makes a new appraisal like for like: every proposed option covers the period', () => {
    let i = 0;
    const today = '2026-06-01';
    const contracts = [contract({ hostingModel: 'third-party', hostingEndDate: '2027-03-31' })];
    const p = proposeShortlist(contracts, DEFAULT_SETTINGS, today, () => `y${i++}`, 'app', [hostingContract]);
    const appraisal = appraisalSchema.parse({
      id: 'app',
      title: 'EPR',
      contractRefs: ['EPR-001'],
      baseDate: today,
      createdAt: '',
      updatedAt: '',
    });
    const r = appraiseAll({ appraisal, ...p, risks: [], contracts, linkedContracts: [hostingContract], settings: DEFAULT_SETTINGS, today });
    for (const o of r.options) expect(o.coverage.complete, o.option.name).toBe(true);
    // The assumptions are worked out from the lines, so they follow any edit.
    const direct = p.options.find((x) => x.kind === 'direct-with-vendor')!;
    const text = describeAssumptions(direct, p.costLines);
    expect(text.join(' ')).toContain('Hosting by Cerner');
    const edited = p.costLines.map((l) => (l.optionId === direct.id && l.category === 'support' ? { ...l, amount: 999 } : l));
    expect(describeAssumptions(direct, edited).join(' ')).toContain('£999 a year');
  });
});

describe('annualValueOf', () => {
  it('uses the annual value, else the total pro rata, else 0', () => {
    expect(annualValueOf(contract())).toBe(1_200_000);
    expect(
      annualValueOf(contract({ annualValue: undefined, totalValue: 3_650_000, startDate: '2026-07-01', currentEndDate: '2027-06-30' })),
    ).toBeCloseTo(3_650_000, 0);
    expect(annualValueOf(contract({ annualValue: undefined }))).toBe(0);
  });
});
