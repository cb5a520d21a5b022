import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, type Benefit, type CostLine, type Criterion, type Option, type Risk } from '../domain';
import { appraiseAll, type AppraiseAllInput } from './appraise';
import { strictlyBest } from './best-marks';
import { flowOfLine, flowTotal } from './flows';
import { makeBenefit, makeOption, makeRisk, periodWith, recurringLine } from '../../test/support/builders';

const criteria: Criterion[] = [
  { id: 'q', appraisalId: 'a', name: 'Quality', weight: 60, order: 0 },
  { id: 'd', appraisalId: 'a', name: 'Deliverability', weight: 40, order: 1 },
];
const contract = contractSchema.parse({
  reference: 'EPR-1',
  title: 'EPR',
  category: 'EPR',
  supplier: 'S',
  contractingModel: 'direct',
  startDate: '2017-07-01',
  currentEndDate: '2025-03-31',
  maximumEndDate: '2027-03-31',
  annualValue: 1_000_000,
});
const PERIOD = periodWith({ g: 0, periodYears: 5 });
/** Period 1 Apr 2025 – 31 Mar 2030. */
const yearly = (optionId: string, amount: number, from = 0, to = 4): CostLine =>
  recurringLine(optionId, amount, `${2025 + from}-04-01`, `${2026 + to}-03-31`);
const risky = (o: Option, score: [number, number] = [2, 2]) =>
  makeRisk(o.id, { residual: { likelihood: score[0], consequence: score[1] }, impact: 10, probability: 0.1 });

function run(options: Option[], lines: CostLine[], risks: Risk[] = [], benefits: Benefit[] = [], over: Partial<AppraiseAllInput> = {}) {
  return appraiseAll({
    appraisal: PERIOD,
    options,
    costLines: lines,
    risks,
    benefits,
    criteria,
    contracts: [contract],
    settings: DEFAULT_SETTINGS,
    today: '2025-01-15',
    ...over,
  });
}

const fullTerm = { startDate: '2025-04-01', durationMonths: 60 };

describe('the counterfactual and business as usual', () => {
  const bau = makeOption({ kind: 'business-as-usual', name: 'BAU', terms: fullTerm });
  const a = makeOption({ name: 'A', terms: fullTerm, scores: { q: 9, d: 9 }, preferredWayForward: true });
  const b = makeOption({ name: 'B', kind: 're-procure', terms: fullTerm, scores: { q: 5, d: 5 } });
  const dm = makeOption({ name: 'Do minimum', kind: 'do-minimum', terms: fullTerm });
  const lines = [yearly(bau.id, 100), yearly(a.id, 150), yearly(b.id, 300), yearly(dm.id, 120)];
  const risks = [risky(bau), risky(a), risky(b), risky(dm)];
  const r = run([bau, a, b, dm], lines, risks);

  it('defaults to BAU, which is never marked best even when cheapest, and is flagged not viable with its reason', () => {
    expect(r.counterfactual).toMatchObject({ optionId: bau.id, isBusinessAsUsual: true, problems: [] });
    expect(r.best.npc).not.toBe(bau.id);
    const bauResult = r.options.find((o) => o.option.id === bau.id)!;
    expect(bauResult.viability).toEqual({
      viable: false,
      reason: 'the contract cannot run beyond 31 Mar 2027 (the appraisal period runs to 31 Mar 2030)',
    });
    expect(bauResult.incremental).toBeNull();
    expect(bauResult.isCounterfactual).toBe(true);
  });

  it('measures the others against it: ΔPVC and NPSV, cost-only ranking by NPC_adj', () => {
    const ar = r.options.find((o) => o.option.id === a.id)!;
    expect(ar.incremental?.deltaPvc).toBeCloseTo(ar.costs.npc - r.options[0].costs.npc, 9);
    expect(r.ranking.measure).toBe('npc');
    expect(r.best.npc).toBe(dm.id);
  });

  it('says the short list is complete with BAU, a do-minimum, a preferred way forward and one other viable option', () => {
    expect(r.shortList).toEqual({ complete: true, missing: [], text: 'Short list complete.' });
    const without = run([a, b], [yearly(a.id, 1), yearly(b.id, 2)]);
    expect(without.shortList.complete).toBe(false);
    expect(without.shortList.text).toBe(
      'Short list incomplete: it needs a business-as-usual option (or a counterfactual chosen with a written reason) and a do-minimum option.',
    );
    expect(without.counterfactual.optionId).toBeNull();
    expect(without.options[0].flags.map((f) => f.check)).toContain('short-list-incomplete');
  });

  it('a do-minimum may stand in as the counterfactual only with a written reason', () => {
    const noReason = run([bau, a, dm], lines, risks, [], { appraisal: { ...PERIOD, counterfactual: { optionId: dm.id, reason: '' } } });
    expect(noReason.counterfactual.problems[0]).toContain('no reason is written');
    const withReason = run([bau, a, dm], lines, risks, [], {
      appraisal: { ...PERIOD, counterfactual: { optionId: dm.id, reason: 'BAU is not lawful' } },
    });
    expect(withReason.counterfactual).toMatchObject({ optionId: dm.id, isBusinessAsUsual: false, problems: [] });
    expect(withReason.options.find((o) => o.option.id === bau.id)?.incremental).not.toBeNull();
  });
});

describe('honest best marks', () => {
  it('options without risks are "not assessed" and never best; ties mark nothing', () => {
    const a = makeOption({ terms: fullTerm, scores: { q: 5, d: 5 } });
    const b = makeOption({ terms: fullTerm, scores: { q: 5, d: 5 } });
    const c = makeOption({ terms: fullTerm, scores: { q: 9, d: 9 } });
    const r = run([a, b, c], [yearly(a.id, 100), yearly(b.id, 100), yearly(c.id, 10)], [risky(a), risky(b)]);
    // c is cheapest and scores highest but has no risks: not eligible.
    expect(r.options[2].costs.riskAssessed).toBe(false);
    expect(r.best.npc).toBeNull(); // a and b tie
    expect(r.best.score).toBeNull();
    expect(r.best.topRisk).toBeNull();
  });

  it('an option with a coverage gap is never marked best, however cheap', () => {
    const pounds = fc.integer({ min: 1, max: 1_000_000 });
    const shortOfFiveYears = fc.integer({ min: 1, max: 59 });
    fc.assert(
      fc.property(pounds, pounds, shortOfFiveYears, (x, y, months) => {
        const short = makeOption({ terms: { startDate: '2025-04-01', durationMonths: months } });
        const full = makeOption({ terms: fullTerm });
        const other = makeOption({ terms: fullTerm });
        const r = run(
          [short, full, other],
          [yearly(short.id, x, 0, 0), yearly(full.id, y), yearly(other.id, y + 1)],
          [risky(short), risky(full), risky(other)],
        );
        expect(r.options[0].coverage.complete).toBe(false);
        expect(Object.values(r.best)).not.toContain(short.id);
      }),
      { numRuns: 40 },
    );
  });

  it('strictlyBest needs two eligible values and a clear winner', () => {
    expect(strictlyBest([{ id: 'a', value: 1, eligible: true }], 'lowest', 0)).toBeNull();
    expect(
      strictlyBest(
        [
          { id: 'a', value: 1, eligible: true },
          { id: 'b', value: 1.004, eligible: true },
        ],
        'lowest',
        0.005,
      ),
    ).toBeNull();
    expect(
      strictlyBest(
        [
          { id: 'a', value: 1, eligible: true },
          { id: 'b', value: 2, eligible: true },
          { id: 'c', value: 0, eligible: false },
        ],
        'lowest',
        0,
      ),
    ).toBe('a');
  });
});

describe('follow-on and coverage', () => {
  const reprocure = makeOption({ name: 'Re-procure', kind: 're-procure', terms: { startDate: '2026-04-01', durationMonths: 120 } });
  const bridge = makeOption({
    name: 'Bridge',
    kind: 'do-minimum',
    terms: { startDate: '2025-04-01', durationMonths: 24 },
    followOn: { kind: 'option', optionId: reprocure.id, from: '2027-04-01' },
  });
  const reLines = [
    recurringLine(reprocure.id, 1_200_000, '2026-04-01', '2036-03-31', { indexationPct: 3 }),
    recurringLine(reprocure.id, 500_000, '2025-10-01', '2026-03-31'), // before its start: left out as a follow-on
  ];
  const bridgeLine = recurringLine(bridge.id, 900_000, '2025-04-01', '2027-03-31');

  it('a bridge followed by re-procurement covers the period and carries the re-procurement shifted a year later', () => {
    const r = run([bridge, reprocure], [bridgeLine, ...reLines], [risky(bridge), risky(reprocure)], [], {
      appraisal: periodWith({ g: 0, periodYears: 10 }),
    });
    const b = r.options[0];
    expect(b.coverage).toMatchObject({ complete: true, followOn: { kind: 'option', name: 'Re-procure', from: '2027-04-01' } });
    // Year 2 (2027/28) is the re-procurement's first year, shifted from 2026/27.
    expect(b.costs.byYear[2].cash).toBeCloseTo(1_200_000, 6);
    expect(b.costs.byYear[0].cash).toBeCloseTo(900_000, 6);
    expect(b.costs.byYear[1].cash).toBeCloseTo(900_000, 6);
  });

  it('without a follow-on the bridge is incomplete, with its gap in months', () => {
    const alone = makeOption({ terms: { startDate: '2025-04-01', durationMonths: 24 } });
    const r = run([alone], [recurringLine(alone.id, 1, '2025-04-01', '2027-03-31')]);
    expect(r.options[0].coverage).toMatchObject({ complete: false, gapMonths: 36, gaps: [{ from: '2027-04-01', to: '2030-03-31' }] });
    expect(r.options[0].flags.map((f) => f.check)).toContain('coverage-gap');
  });

  it('shifting a follow-on keeps each of its lines’ totals', () => {
    const shiftDays = fc.integer({ min: 0, max: 2000 });
    const lengthDays = fc.integer({ min: 1, max: 3000 });
    const indexationPct = fc.integer({ min: 0, max: 5 });
    fc.assert(
      fc.property(shiftDays, lengthDays, indexationPct, (shift, length, idx) => {
        const start = new Date(Date.UTC(2026, 3, 1));
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        const end = new Date(start.getTime() + length * 86_400_000);
        const follower = makeOption({ terms: { startDate: iso(start), durationMonths: 120 } });
        const line = recurringLine(follower.id, 365_000, iso(start), iso(end), { indexationPct: idx });
        const from = iso(new Date(start.getTime() + shift * 86_400_000));
        const host = makeOption({
          terms: { startDate: '2025-04-01', durationMonths: 12 },
          followOn: { kind: 'option', optionId: follower.id, from },
        });
        const long = periodWith({ g: 0, periodYears: 40 });
        const r = run([host, follower], [line], [], [], { appraisal: long });
        expect(r.options[0].costs.base.wholeLifeCash).toBeCloseTo(flowTotal(flowOfLine(line)), 4);
      }),
      { numRuns: 40 },
    );
  });

  it('a follow-on loop is reported rather than followed forever', () => {
    const x = makeOption({ terms: { startDate: '2025-04-01', durationMonths: 12 } });
    const y = makeOption({
      terms: { startDate: '2026-04-01', durationMonths: 12 },
      followOn: { kind: 'option', optionId: x.id, from: '2027-04-01' },
    });
    x.followOn = { kind: 'option', optionId: y.id, from: '2026-04-01' };
    const r = run([x, y], []);
    expect(r.options[0].coverage.problem).toContain('leads back to');
    expect(r.options[0].coverage.complete).toBe(false);
  });
});

describe('benefits and the economic case', () => {
  it('ranks by NPSV when benefits exist, and warns when a CRB matches a counterfactual cost line', () => {
    const bau = makeOption({ kind: 'business-as-usual', terms: fullTerm });
    const a = makeOption({ terms: fullTerm });
    const lines = [
      yearly(bau.id, 100_000),
      recurringLine(bau.id, 20_000, '2025-04-01', '2030-03-31', { label: 'Paper records storage' }),
      yearly(a.id, 110_000),
    ];
    const benefits = [
      makeBenefit(a.id, {
        type: 'CRB',
        label: 'Paper records storage',
        cashflow: { kind: 'recurring', amount: 20_000, startDate: '2025-04-01', endDate: '2030-03-31' },
      }),
    ];
    const r = run([bau, a], lines, [], benefits);
    expect(r.ranking.measure).toBe('npsv');
    expect(r.options[1].warnings.crbMatches[0]).toContain("matches the counterfactual's cost line 'Paper records storage'");
  });
});
