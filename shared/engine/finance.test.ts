import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ApprovalLimit, type CostLine, type Option } from '../domain';
import { affordability } from './affordability';
import { approvalRoute } from './approval';
import { computeEconomics } from './economics';
import { groupRecords } from './follow-on';
import { periodContext } from './period';
import { makeBenefit, makeOption, oneOffLine, periodWith, recurringLine } from '../../test/support/builders';

const period = periodWith({ g: 0, periodYears: 5 });
const ctx = periodContext(period);
const economics = (o: Option, lines: CostLine[], benefits = [] as ReturnType<typeof makeBenefit>[]) =>
  computeEconomics(o, groupRecords([o], lines, [], benefits), ctx, { defaultImplementationMonths: 18 });

describe('affordability (financial case)', () => {
  const onPrem = makeOption({ hosting: { targetModel: 'on-premise' } });
  const saas = makeOption({ hosting: { targetModel: 'vendor-hosted' } });

  it('splits capital and revenue by category and target hosting, marked assumed until confirmed', () => {
    const lines = (id: string) => [
      oneOffLine(id, 1_000_000, '2025-06-01', { category: 'licence' }),
      oneOffLine(id, 500_000, '2025-06-01', { category: 'support' }),
    ];
    const trust = affordability(onPrem, economics(onPrem, lines(onPrem.id)), ctx, DEFAULT_SETTINGS, []);
    expect(trust.years[0]).toMatchObject({ capital: 1_000_000, revenue: 500_000, assumed: true });
    const cloud = affordability(saas, economics(saas, lines(saas.id)), ctx, DEFAULT_SETTINGS, []);
    expect(cloud.years[0]).toMatchObject({ capital: 0, revenue: 1_500_000 });
    const confirmed = oneOffLine(onPrem.id, 100, '2025-06-01', { category: 'licence', spend: { type: 'revenue', confirmed: true } });
    expect(affordability(onPrem, economics(onPrem, [confirmed]), ctx, DEFAULT_SETTINGS, []).years[0]).toMatchObject({
      revenue: 100,
      assumed: false,
    });
  });

  it('adds irrecoverable VAT at 20% unless the line records a recoverable heading', () => {
    const off = oneOffLine(onPrem.id, 1000, '2025-06-01', { category: 'support' });
    const on = oneOffLine(onPrem.id, 1000, '2025-06-01', {
      category: 'support',
      vat: { recoverable: true, heading: '14', reason: 'Bespoke service' },
    });
    expect(affordability(onPrem, economics(onPrem, [off]), ctx, DEFAULT_SETTINGS, []).years[0]).toMatchObject({ vat: 200, total: 1200 });
    expect(affordability(onPrem, economics(onPrem, [on]), ctx, DEFAULT_SETTINGS, []).years[0]).toMatchObject({ vat: 0, total: 1000 });
  });

  it('takes realised CRBs off the revenue requirement, keeps staff time out, and shows the funding gap', () => {
    const lines = [
      recurringLine(onPrem.id, 100_000, '2025-04-01', '2030-03-31', { category: 'support' }),
      recurringLine(onPrem.id, 50_000, '2025-04-01', '2030-03-31', { category: 'staff', staffCash: false }),
    ];
    const crb = makeBenefit(onPrem.id, {
      type: 'CRB',
      shortfallPct: 10,
      cashflow: { kind: 'recurring', amount: 20_000, startDate: '2025-04-01', endDate: '2030-03-31' },
    });
    const a = affordability(onPrem, economics(onPrem, lines, [crb]), ctx, DEFAULT_SETTINGS, [
      { fy: 2025, source: 'revenue-budget', amount: 90_000 },
    ]);
    expect(a.years[0]).toMatchObject({
      revenue: 100_000,
      vat: 20_000,
      cashReleasingBenefits: 18_000,
      net: 102_000,
      funding: 90_000,
      gap: 12_000,
    });
  });

  it('depreciates capital straight-line over 5 years and charges the PDC dividend on average net book value', () => {
    const a = affordability(
      onPrem,
      economics(onPrem, [
        oneOffLine(onPrem.id, 1_000_000, '2025-06-01', { category: 'licence', vat: { recoverable: true, heading: '14', reason: 'r' } }),
      ]),
      ctx,
      DEFAULT_SETTINGS,
      [],
    );
    expect(a.years.map((y) => y.depreciation)).toEqual([200_000, 200_000, 200_000, 200_000, 200_000]);
    expect(a.years[0].pdcDividend).toBeCloseTo((0.035 * (0 + 800_000)) / 2, 6);
  });

  it('reconciles NPC_adj to the cash total step by step', () => {
    const o = makeOption({ optimismBias: { development: { pct: 50 }, serviceCharge: { pct: 10 }, duration: { pct: 0, mitigation: 'x' } } });
    const p = periodContext(periodWith({ g: 2, periodYears: 5, baseDate: '2025-06-01' }));
    const lines = [
      recurringLine(o.id, 100_000, '2025-04-01', '2030-03-31'),
      oneOffLine(o.id, 10_000, '2026-06-01', { category: 'contingency' }),
    ];
    const e = computeEconomics(o, groupRecords([o], lines), p, { defaultImplementationMonths: 18 });
    const a = affordability(o, e, p, DEFAULT_SETTINGS, []);
    const steps = a.reconciliation;
    const end = steps.reduce((s, x) => s + x.amount, 0);
    expect(end).toBeCloseTo(steps.at(-1)!.subtotal!, 6);
    expect(end).toBeCloseTo(a.totals.total + a.committedBefore, 6);
  });
});

describe('approval route', () => {
  const option = makeOption({
    terms: { startDate: '2025-04-01', durationMonths: 12, extensionOptions: [{ months: 12 }] },
    hosting: { targetModel: 'on-premise' },
  });
  const tiers = (capital: number) => {
    // £x capital ex VAT → × 1.2 with irrecoverable VAT.
    const lines = [oneOffLine(option.id, capital / 1.2, '2025-06-01', { category: 'licence' })];
    const e = economics(option, lines);
    return approvalRoute(option, e.contributions.lines, ctx, DEFAULT_SETTINGS);
  };

  it('needs NHS England above £25m of capital incl. VAT and HM Treasury above £300m (each limit itself stays below)', () => {
    const capitals = [25_000_000, 25_000_000.01, 300_000_000, 300_000_000.01];
    expect(capitals.map((capital) => tiers(capital).tier)).toEqual(['trust-board', 'nhs-england', 'nhs-england', 'hm-treasury']);
  });

  it('tests revenue at £150m and the whole-life test at £30m; counts extension options, not the appraisal period', () => {
    const revenueAt = (amount: number) => {
      const lines = [recurringLine(option.id, amount / 2 / 1.2, '2025-04-01', '2027-03-31', { category: 'support' })];
      return approvalRoute(option, economics(option, lines).contributions.lines, ctx, DEFAULT_SETTINGS);
    };
    expect(revenueAt(30_000_000).tier).toBe('trust-board');
    expect(revenueAt(30_000_001).tier).toBe('nhs-england');
    expect(revenueAt(150_000_000).tier).toBe('nhs-england');
    const over = revenueAt(150_000_002);
    expect(over.tier).toBe('hm-treasury');
    expect(over.term).toEqual({ from: '2025-04-01', to: '2027-03-31', months: 24 });
    expect(over.leadMonths).toBe(1 + 8 + 3);
    expect(over.tests.find((t) => t.limit.basis === 'revenue' && t.limit.tier === 'hm-treasury')?.text).toMatch(
      /^Revenue £150,000,002 is above the £150,000,000 limit → HM Treasury\.$/,
    );
  });

  it('uses the trust’s own limits table', () => {
    const own: ApprovalLimit[] = [{ tier: 'nhs-england', basis: 'capital', limit: 10_000_000, source: 'Trust SFIs', assumed: false }];
    const lines = [oneOffLine(option.id, 10_000_000, '2025-06-01', { category: 'licence' })];
    const r = approvalRoute(option, economics(option, lines).contributions.lines, ctx, { ...DEFAULT_SETTINGS, approvalLimits: own });
    expect(r).toMatchObject({ tier: 'nhs-england', capital: 12_000_000, vat: 2_000_000, assumed: { limits: false } });
  });
});
