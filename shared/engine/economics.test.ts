import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Benefit, CostLine, Option, Risk } from '../domain';
import { discountFactor, HEALTH_DISCOUNT } from './discount';
import { computeEconomics } from './economics';
import { groupRecords } from './follow-on';
import { periodContext, type AppraisalPeriod } from './period';
import { makeOption, makeRisk, oneOffLine, periodWith, recurringLine } from '../../test/support/builders';

const SETTINGS = { defaultImplementationMonths: 18 };
function econ(
  option: Option,
  lines: CostLine[],
  period: AppraisalPeriod,
  risks: Risk[] = [],
  benefits: Benefit[] = [],
  others: Option[] = [],
) {
  return computeEconomics(option, groupRecords([option, ...others], lines, risks, benefits), periodContext(period), SETTINGS);
}

describe('docs/domain.md §4 worked checks', () => {
  const o = makeOption();
  const line = () => recurringLine(o.id, 1_200_000, '2025-04-01', '2027-03-31');

  it('1. g = 0: NPC £2,359,420.29, EAC £274,106.21, whole-life £2,400,000', () => {
    const r = econ(o, [line()], periodWith({ g: 0 }));
    expect(r.byYear[0].cash).toBe(1_200_000);
    expect(r.byYear[1].cash).toBe(1_200_000);
    expect(r.npc).toBeCloseTo(2_359_420.29, 2);
    expect(r.eac).toBeCloseTo(274_106.21, 2);
    expect(r.riskAdjusted.wholeLifeCash).toBe(2_400_000);
    expect(r.riskAdjusted.wholeLifeReal).toBe(2_400_000);
  });

  it('1. g = 2%: NPC £2,336,686.56, EAC £271,465.11, whole-life £2,400,000 cash and £2,376,470.59 real', () => {
    const r = econ(o, [line()], periodWith({ g: 2 }));
    expect(r.npc).toBeCloseTo(2_336_686.56, 2);
    expect(r.eac).toBeCloseTo(271_465.11, 2);
    expect(r.base.wholeLifeCash).toBeCloseTo(2_400_000, 6);
    expect(r.base.wholeLifeReal).toBeCloseTo(2_376_470.59, 2);
  });

  it('2. base date 1 Jun 2025: 61 days (£200,547.95) are sunk and NPC is £2,158,872.34', () => {
    const r = econ(o, [line()], periodWith({ g: 0, baseDate: '2025-06-01' }));
    expect(r.sunkCash).toBeCloseTo(200_547.95, 2);
    expect(r.npc).toBeCloseTo(2_158_872.34, 2);
  });

  it('discount factors: DF_1, DF_10, DF_30, DF_31, DF_40, DF_75 and the health schedule', () => {
    const d = { rate: 0.035, longRate: 0.03, switchYear: 30 };
    expect(discountFactor(1, d)).toBeCloseTo(0.966184, 6);
    expect(discountFactor(10, d)).toBeCloseTo(0.708919, 6);
    expect(discountFactor(30, d)).toBeCloseTo(0.356278, 6);
    expect(discountFactor(31, d)).toBeCloseTo(0.345901, 6);
    expect(discountFactor(40, d)).toBeCloseTo(0.265105, 6);
    expect(discountFactor(75, d)).toBeCloseTo(0.094214, 6);
    expect(discountFactor(1, HEALTH_DISCOUNT)).toBeCloseTo(0.985222, 6);
    expect(discountFactor(10, HEALTH_DISCOUNT)).toBeCloseTo(0.861667, 6);
  });

  it('£1,000 cash in each of years 0–5 at 2% is £1,000, 980, 961, 942, 924, 906 real', () => {
    const lines = [0, 1, 2, 3, 4, 5].map((t) => oneOffLine(o.id, 1000, `${2025 + t}-06-01`));
    const r = econ(o, lines, periodWith({ g: 2 }));
    expect(r.byYear.slice(0, 6).map((y) => Math.round(y.real))).toEqual([1000, 980, 961, 942, 924, 906]);
  });

  it('£1.2m a year from 1 Oct 2027 to 30 Sep 2028 costs £600,000.00 in 2027/28 and £601,643.84 in 2028/29', () => {
    const r = econ(o, [recurringLine(o.id, 1_200_000, '2027-10-01', '2028-09-30')], periodWith({ g: 0 }));
    expect(r.byYear[2].cash).toBeCloseTo(600_000, 2);
    expect(r.byYear[3].cash).toBeCloseTo(601_643.84, 2);
  });

  it('a constant-price line is already real; its cash value is inflated', () => {
    const r = econ(o, [oneOffLine(o.id, 1000, '2027-06-01', { basis: 'constant' })], periodWith({ g: 2 }));
    expect(r.byYear[2].real).toBeCloseTo(1000, 9);
    expect(r.byYear[2].cash).toBeCloseTo(1000 * 1.02 ** 2, 9);
  });
});

describe('real terms regressions', () => {
  const amounts = fc.integer({ min: 1, max: 5_000_000 });
  const offsets = fc.integer({ min: 0, max: 3000 });
  const day = (offset: number) => new Date(Date.UTC(2025, 3, 1 + offset)).toISOString().slice(0, 10);

  it('with g = 0 every figure equals the nominal one (real = cash)', () => {
    fc.assert(
      fc.property(amounts, offsets, offsets, fc.integer({ min: 0, max: 5 }), (amount, a, b, idx) => {
        const o = makeOption();
        const r = econ(
          o,
          [recurringLine(o.id, amount, day(Math.min(a, b)), day(Math.max(a, b)), { indexationPct: idx })],
          periodWith({ g: 0 }),
        );
        for (const y of r.byYear) expect(y.real).toBe(y.cash);
        expect(r.base.wholeLifeReal).toBe(r.base.wholeLifeCash);
      }),
      { numRuns: 60 },
    );
  });

  it('raising the deflator never raises the NPC of positive cash costs', () => {
    fc.assert(
      fc.property(amounts, offsets, offsets, fc.double({ min: 0, max: 8, noNaN: true }), (amount, a, b, g) => {
        const o = makeOption();
        const lines = [recurringLine(o.id, amount, day(Math.min(a, b)), day(Math.max(a, b)))];
        expect(econ(o, lines, periodWith({ g: g + 0.5 })).npc).toBeLessThanOrEqual(econ(o, lines, periodWith({ g })).npc + 1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('a published index: beyond its last year it grows at the last year’s rate', () => {
    const o = makeOption();
    const period = periodWith({
      deflator: {
        assumedGrowthPct: 2,
        index: [
          { fy: 2025, value: 100 },
          { fy: 2026, value: 103 },
        ],
        source: 'OBR',
        vintage: 'March 2026',
      },
    });
    const r = econ(o, [oneOffLine(o.id, 1000, '2027-06-01')], period);
    expect(r.byYear[2].real).toBeCloseTo(1000 / 1.03 ** 2, 9);
  });
});

describe('three layers of net present cost', () => {
  it('development and service-charge uplifts apply by category; risk expected values add on top', () => {
    const o = makeOption({
      optimismBias: { development: { pct: 200 }, serviceCharge: { pct: 41 }, duration: { pct: 0, mitigation: 'none' } },
    });
    const lines = [
      oneOffLine(o.id, 100_000, '2025-06-01', { category: 'implementation' }),
      oneOffLine(o.id, 100_000, '2025-06-01', { category: 'licence' }),
      oneOffLine(o.id, 100_000, '2025-06-01', { category: 'staff' }),
    ];
    const r = econ(o, lines, periodWith({ g: 0 }), [makeRisk(o.id, { impact: 50_000, probability: 0.5 })]);
    expect(r.base.npc).toBeCloseTo(300_000, 6);
    expect(r.optimismBias.npc).toBeCloseTo(300_000 + 200_000 + 41_000, 6);
    expect(r.uplifts.development.npc).toBeCloseTo(200_000, 6);
    expect(r.uplifts.serviceCharge.npc).toBeCloseTo(41_000, 6);
    expect(r.npc).toBeCloseTo(541_000 + 25_000, 6);
    expect(r.riskAssessed).toBe(true);
  });

  it('no risks recorded: NPC_adj = NPC_OB and the option is not assessed for risk', () => {
    const o = makeOption();
    const r = econ(o, [oneOffLine(o.id, 1000, '2025-06-01')], periodWith({ g: 0 }));
    expect(r.npc).toBe(r.optimismBias.npc);
    expect(r.riskAssessed).toBe(false);
  });

  it('duration bias moves go-live by round(18 × 54%) = 10 months, extending a bridge that runs until go-live', () => {
    const o = makeOption({
      newSystem: true,
      terms: { startDate: '2025-04-01', durationMonths: 120 },
      optimismBias: { development: { pct: 0, mitigation: 'x' }, serviceCharge: { pct: 0, mitigation: 'x' }, duration: { pct: 54 } },
    });
    const bridge = recurringLine(o.id, 1_200_000, '2025-04-01', '2026-09-30', { goLiveLink: 'until-go-live' });
    const r = econ(o, [bridge], periodWith({ g: 0 }));
    expect(r.goLive).toMatchObject({ planned: '2026-10-01', withOptimismBias: '2027-08-01', shiftMonths: 10 });
    // Ten more months of the bridge (1 Oct 2026 – 31 Jul 2027): in 2026/27 and 2027/28.
    expect(r.optimismBias.wholeLifeCash - r.base.wholeLifeCash).toBeCloseTo((1_200_000 * 182) / 365 + (1_200_000 * 122) / 366, 4);
    expect(r.uplifts.duration.npc).toBeCloseTo(r.optimismBias.npc - r.base.npc, 6);
  });

  it('contingency is out of the economic case when the option has optimism bias or a risk allowance', () => {
    const plain = makeOption();
    const contingency = (id: string) => oneOffLine(id, 10_000, '2025-06-01', { category: 'contingency' });
    expect(econ(plain, [contingency(plain.id)], periodWith({ g: 0 })).npc).toBe(10_000);
    const risky = makeOption();
    const r = econ(risky, [contingency(risky.id)], periodWith({ g: 0 }), [makeRisk(risky.id, { impact: 1000, probability: 0.1 })]);
    expect(r.npc).toBeCloseTo(100, 9);
    expect(r.contingency).toEqual({ includedInEconomicCase: false, cash: 10_000, real: 10_000 });
  });
});
