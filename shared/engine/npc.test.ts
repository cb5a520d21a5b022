import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CostLine, Option, Risk } from '../domain';
import { appraiseOption, type AppraisalPeriod } from './npc';

const option = { id: 'opt', optimismBias: undefined } satisfies Pick<Option, 'id' | 'optimismBias'>;
const period: AppraisalPeriod = { baseDate: '2025-06-01', periodYears: 10, discount: { rate: 0.035, longRate: 0.03, switchYear: 30 } };
let n = 0;
const ids = () => ({ id: `l${n++}`, optionId: 'opt', appraisalId: 'a' });
const recurring = (
  amount: number,
  startDate: string,
  endDate: string,
  indexationPct = 0,
  category: CostLine['category'] = 'support',
): CostLine => ({ ...ids(), label: 'r', category, kind: 'recurring', amount, startDate, endDate, indexationPct });
const oneOff = (amount: number, date: string, category: CostLine['category'] = 'implementation'): CostLine => ({
  ...ids(),
  label: 'o',
  category,
  kind: 'one-off',
  amount,
  date,
});
const risk = (impact: number, probability: number, landsOn?: string): Risk => ({
  ...ids(),
  title: 'r',
  category: 'financial',
  description: '',
  owner: '',
  mitigation: '',
  notes: '',
  inherent: { likelihood: 3, consequence: 3 },
  residual: { likelihood: 2, consequence: 3 },
  impact,
  probability,
  landsOn,
});

describe('DOMAIN.md section 4 worked check', () => {
  it('£1.2m a year for two years from 1 Apr 2025, base 1 Jun 2025, 3.5%: NPC £2,359,420', () => {
    const r = appraiseOption(option, [recurring(1_200_000, '2025-04-01', '2027-03-31')], [], period);
    expect(r.byYear[0]).toMatchObject({ fy: 2025, label: '2025/26', t: 0, df: 1, cost: 1_200_000 });
    expect(r.byYear[1]).toMatchObject({ fy: 2026, label: '2026/27', t: 1, cost: 1_200_000 });
    expect(r.wholeLifeCost).toBe(2_400_000);
    expect(r.npc).toBeCloseTo(1_200_000 + 1_200_000 / 1.035, 6);
    expect(Math.round(r.npc)).toBe(2_359_420);
    expect(r.cumulativeDiscounted.at(-1)).toBe(r.npc);
    expect(r.byYear).toHaveLength(10);
  });
});

describe('appraisal period', () => {
  it('excludes and reports costs outside the period', () => {
    const r = appraiseOption(
      option,
      [
        oneOff(10_000, '2025-03-31'), // 2024/25: before year 0
        oneOff(20_000, '2035-04-01'), // 2035/36: year 10, after the 10-year period
        oneOff(30_000, '2035-03-31'), // 2034/35: year 9, inside
      ],
      [],
      period,
    );
    expect(r.outsidePeriod.before).toBe(10_000);
    expect(r.outsidePeriod.after).toBe(20_000);
    expect(r.wholeLifeCost).toBe(30_000);
    expect(r.byYear[9].cost).toBe(30_000);
  });

  it('discounts year 31 at DF_30 / 1.03', () => {
    const long = { ...period, periodYears: 40 };
    const r = appraiseOption(option, [oneOff(1_000_000, '2056-05-01')], [], long); // 2056/57 = year 31
    expect(r.byYear[31].df).toBeCloseTo(1 / 1.035 ** 30 / 1.03, 15);
    expect(r.npc).toBeCloseTo(1_000_000 / 1.035 ** 30 / 1.03, 6);
  });

  it('ignores lines and risks of other options', () => {
    const other = { ...oneOff(99, '2025-07-01'), optionId: 'other' };
    const r = appraiseOption(option, [other], [{ ...risk(100, 1), optionId: 'other' }], period);
    expect(r.wholeLifeCost).toBe(0);
    expect(r.npcWithRisk).toBe(0);
  });
});

describe('benefits, optimism bias and risk allowance', () => {
  it('nets off benefits entered as negative amounts', () => {
    const r = appraiseOption(option, [oneOff(100_000, '2025-07-01'), oneOff(-40_000, '2025-08-01', 'benefit')], [], period);
    expect(r.wholeLifeCost).toBe(60_000);
    expect(r.byCategory.benefit?.wholeLife).toBe(-40_000);
  });

  it('uplifts one-off costs only, reported separately', () => {
    const biased = { id: 'opt', optimismBias: { pct: 41, rationale: 'Outsourcing opex upper bound' } };
    const r = appraiseOption(
      biased,
      [
        oneOff(100_000, '2026-07-01'), // year 1
        recurring(50_000, '2025-04-01', '2026-03-31'),
        oneOff(-10_000, '2025-07-01', 'benefit'),
      ],
      [],
      period,
    );
    expect(r.optimismBiasUplift.pct).toBe(41);
    expect(r.optimismBiasUplift.wholeLife).toBeCloseTo(41_000, 9);
    expect(r.optimismBiasUplift.npc).toBeCloseTo(41_000 / 1.035, 9);
    expect(r.wholeLifeCost).toBeCloseTo(100_000 + 41_000 + 50_000 - 10_000, 9);
    expect(r.byYear[1].optimismBias).toBeCloseTo(41_000, 9);
  });

  it('adds probability × impact in the year the risk lands, reporting NPC with and without', () => {
    const r = appraiseOption(
      option,
      [oneOff(1_000_000, '2025-07-01')],
      [
        risk(400_000, 0.25, '2027-06-01'), // year 2
        risk(80_000, 0.5), // no date: year 0
        { ...risk(1, 1), impact: undefined }, // no impact: ignored
      ],
      period,
    );
    expect(r.riskAllowance.wholeLife).toBe(140_000);
    expect(r.riskAllowance.npc).toBeCloseTo(100_000 / 1.035 ** 2 + 40_000, 6);
    expect(r.npc).toBe(1_000_000);
    expect(r.npcWithRisk).toBeCloseTo(1_000_000 + r.riskAllowance.npc, 6);
    expect(r.byYear[2].risk).toBe(100_000);
  });

  it('reports a risk landing outside the period without counting it', () => {
    const r = appraiseOption(option, [], [risk(100_000, 0.5, '2040-01-01')], period);
    expect(r.riskAllowance.wholeLife).toBe(0);
    expect(r.outsidePeriod.riskAllowance).toBe(50_000);
  });
});

const arbLine = fc.oneof(
  fc
    .record({ amount: fc.double({ min: 0, max: 5e6, noNaN: true }), day: fc.integer({ min: -400, max: 4000 }) })
    .map(({ amount, day }) => oneOff(amount, new Date(Date.UTC(2025, 5, 1 + day)).toISOString().slice(0, 10))),
  fc
    .record({
      amount: fc.double({ min: 0, max: 5e6, noNaN: true }),
      day: fc.integer({ min: -400, max: 3600 }),
      len: fc.integer({ min: 0, max: 3000 }),
      idx: fc.integer({ min: 0, max: 800 }),
    })
    .map(({ amount, day, len, idx }) =>
      recurring(
        amount,
        new Date(Date.UTC(2025, 5, 1 + day)).toISOString().slice(0, 10),
        new Date(Date.UTC(2025, 5, 1 + day + len)).toISOString().slice(0, 10),
        idx / 100,
      ),
    ),
);

describe('NPC properties', () => {
  it('with a 0% rate NPC equals whole-life cost', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 8 }), (lines) => {
        const r = appraiseOption(option, lines, [], { ...period, discount: { rate: 0, longRate: 0, switchYear: 30 } });
        expect(Math.abs(r.npc - r.wholeLifeCost)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.wholeLifeCost));
      }),
    );
  });

  it('NPC never exceeds whole-life cost when all costs are positive', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 8 }), fc.integer({ min: 0, max: 200 }), (lines, bp) => {
        const r = appraiseOption(option, lines, [], { ...period, discount: { rate: bp / 1000, longRate: 0.03, switchYear: 30 } });
        expect(r.npc).toBeLessThanOrEqual(r.wholeLifeCost * (1 + 1e-12) + 1e-9);
      }),
    );
  });

  it('moving a one-off cost later never raises NPC', () => {
    fc.assert(
      fc.property(
        // From year 0 onwards: moving a cost from before the period into it would of course count it.
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.integer({ min: -61, max: 4000 }),
        fc.integer({ min: 0, max: 3000 }),
        (amount, day, later) => {
          const d1 = new Date(Date.UTC(2025, 5, 1 + day)).toISOString().slice(0, 10);
          const d2 = new Date(Date.UTC(2025, 5, 1 + day + later)).toISOString().slice(0, 10);
          const a = appraiseOption(option, [oneOff(amount, d1)], [], period).npc;
          const b = appraiseOption(option, [oneOff(amount, d2)], [], period).npc;
          expect(b).toBeLessThanOrEqual(a);
        },
      ),
    );
  });
});
