import { describe, expect, it } from 'vitest';
import type { Benefit, CostLine, Option } from '../domain';
import { computeEconomics } from './economics';
import { groupRecords } from './follow-on';
import { incrementalMeasures, valueForMoneyBand, VALUE_FOR_MONEY_LABEL } from './incremental';
import { periodContext } from './period';
import { makeBenefit, makeOption, periodWith, recurringLine } from '../../test/support/builders';

/** £x a year in each financial year from year `from` to year `to` of a period starting 1 Apr 2025. */
const yearly = (optionId: string, amount: number, from: number, to: number): CostLine =>
  recurringLine(optionId, amount, `${2025 + from}-04-01`, `${2026 + to}-03-31`);
const yearlyBenefit = (optionId: string, amount: number, from: number, to: number): Benefit =>
  makeBenefit(optionId, {
    type: 'NCRB',
    cashflow: { kind: 'recurring', amount, startDate: `${2025 + from}-04-01`, endDate: `${2026 + to}-03-31` },
  });

describe('docs/domain.md §4 worked check 3 (5-year period, g = 0, no OB or risk)', () => {
  const bau = makeOption({ kind: 'business-as-usual' });
  const a = makeOption();
  const b = makeOption();
  const lines = [yearly(bau.id, 4_000_000, 0, 4), yearly(a.id, 4_500_000, 0, 4), yearly(b.id, 3_800_000, 0, 4)];
  const benefits = [yearlyBenefit(a.id, 1_000_000, 1, 4), yearlyBenefit(b.id, 200_000, 1, 4)];
  const records = groupRecords([bau, a, b], lines, [], benefits);
  const ctx = periodContext(periodWith({ g: 0, periodYears: 5 }));
  const e = (o: Option) => computeEconomics(o, records, ctx, { defaultImplementationMonths: 18 });
  const [eb, ea, eB] = [e(bau), e(a), e(b)];
  const measure = (x: typeof ea) => incrementalMeasures({ npcAdj: x.npc, pvb: x.benefits.pvb }, { npcAdj: eb.npc, pvb: eb.benefits.pvb });

  it('BAU £4.0m a year: NPC £18,692,316.83', () => {
    expect(eb.npc).toBeCloseTo(18_692_316.83, 2);
  });

  it('option A: NPC £21,028,856.44, PVB £3,673,079.21, ΔPVC £2,336,539.60, NPSV £1,336,539.60, BCR 1.5720', () => {
    expect(ea.npc).toBeCloseTo(21_028_856.44, 2);
    expect(ea.benefits.pvb).toBeCloseTo(3_673_079.21, 2);
    const m = measure(ea);
    expect(m.deltaPvc).toBeCloseTo(2_336_539.6, 2);
    expect(m.npsv).toBeCloseTo(1_336_539.6, 2);
    expect(m.bcr).toBeCloseTo(1.572, 4);
    expect(m.outcome).toBe('bcr');
  });

  it('option B: NPC £17,757,700.99, ΔPVC −£934,615.84, dominates, NPSV £1,669,231.68, no BCR', () => {
    expect(eB.npc).toBeCloseTo(17_757_700.99, 2);
    expect(eB.benefits.pvb).toBeCloseTo(734_615.84, 2);
    const m = measure(eB);
    expect(m.deltaPvc).toBeCloseTo(-934_615.84, 2);
    expect(m.npsv).toBeCloseTo(1_669_231.68, 2);
    expect(m.bcr).toBeNull();
    expect(m.outcomeText).toBe('dominates the counterfactual (no more cost, no fewer benefits)');
  });
});

describe('outcomes where no BCR exists, by hand', () => {
  it('negative NPSV with BCR < 1: costs £1,000 more for £600 of benefits', () => {
    const m = incrementalMeasures({ npcAdj: 11_000, pvb: 600 }, { npcAdj: 10_000, pvb: 0 });
    expect(m).toMatchObject({ deltaPvc: 1000, deltaPvb: 600, npsv: -400, bcr: 0.6, outcome: 'bcr' });
  });
  it('saves cost but loses benefits: £500 saved for £250 forgone is £2 saved per £1, NPSV > 0', () => {
    const m = incrementalMeasures({ npcAdj: 9_500, pvb: -250 }, { npcAdj: 10_000, pvb: 0 });
    expect(m).toMatchObject({ outcome: 'saves-cost-loses-benefits', savedPerBenefitForgone: 2, npsv: 250, bcr: null });
    expect(m.outcomeText).toBe('saves cost but loses benefits: £2.00 saved per £1 of benefit forgone');
  });
  it('writes a large ratio as every screen writes figures: grouped in thousands, pounds to the penny', () => {
    const bcr = incrementalMeasures({ npcAdj: 10_001, pvb: 1_234.5 }, { npcAdj: 10_000, pvb: 0 });
    expect(bcr.outcomeText).toBe('benefit–cost ratio 1,234.5 against the counterfactual');
    const saves = incrementalMeasures({ npcAdj: 10_000 - 1_234_567.5, pvb: -1_000 }, { npcAdj: 10_000, pvb: 0 });
    expect(saves.outcomeText).toBe('saves cost but loses benefits: £1,234.57 saved per £1 of benefit forgone');
  });
  it('no cost difference but fewer benefits: dominated by the counterfactual', () => {
    expect(incrementalMeasures({ npcAdj: 10_000, pvb: -1 }, { npcAdj: 10_000, pvb: 0 }).outcome).toBe('dominated');
  });
  it('more cost and fewer benefits still has a (negative) BCR', () => {
    expect(incrementalMeasures({ npcAdj: 10_100, pvb: -50 }, { npcAdj: 10_000, pvb: 0 }).bcr).toBeCloseTo(-0.5, 12);
  });
});

describe('value for money bands', () => {
  it('are off unless switched on, and then only where a BCR exists', () => {
    expect(incrementalMeasures({ npcAdj: 2, pvb: 3 }, { npcAdj: 1, pvb: 0 }).valueForMoney).toBeNull();
    expect(incrementalMeasures({ npcAdj: 2, pvb: 5 }, { npcAdj: 1, pvb: 0 }, true).valueForMoney?.category).toBe('very-high');
    expect(incrementalMeasures({ npcAdj: 1, pvb: 3 }, { npcAdj: 2, pvb: 0 }, true).valueForMoney).toBeNull();
  });
  it.each([
    [-0.1, 'very-poor'],
    [0, 'very-poor'],
    [0.0001, 'poor'],
    [0.9999, 'poor'],
    [1, 'low'],
    [1.4999, 'low'],
    [1.5, 'medium'],
    [2, 'high'],
    [3.9999, 'high'],
    [4, 'very-high'],
  ])('BCR %f is %s (half-open bands)', (bcr, category) => {
    expect(valueForMoneyBand(bcr).category).toBe(category);
  });
  it('carry the exact label', () => {
    expect(VALUE_FOR_MONEY_LABEL).toBe(
      'DfT value for money bands (transport), for reference only: HM Treasury does not endorse BCR thresholds and a BCR below 1 is not automatically poor value',
    );
  });
});
