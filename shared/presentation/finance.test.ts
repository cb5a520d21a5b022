import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain';
import { affordability } from '../engine/affordability';
import { appraiseAll } from '../engine/appraise';
import { buildBenchAppraisal } from '../../test/support/bench-workload';
import { computeEconomics } from '../engine/economics';
import { groupRecords } from '../engine/follow-on';
import { periodContext } from '../engine/period';
import { makeBenefit, makeOption, oneOffLine, periodWith, recurringLine } from '../../test/support/builders';
import { formatMoney } from '../format';
import { affordabilityTable, benefitsByTypeTable, reconciliationTable } from './finance';

const period = periodWith({ g: 0, periodYears: 3 });
const ctx = periodContext(period);
const option = makeOption({ hosting: { targetModel: 'on-premise' } });
const lines = [
  oneOffLine(option.id, 1_000_000, '2025-06-01', { category: 'licence' }),
  recurringLine(option.id, 100_000, '2025-04-01', '2028-03-31', { category: 'support' }),
  oneOffLine(option.id, 50_000, '2025-01-01', { category: 'support' }),
];
const crb = makeBenefit(option.id, {
  type: 'CRB',
  cashflow: { kind: 'recurring', amount: 20_000, startDate: '2026-04-01', endDate: '2028-03-31' },
});
const costs = computeEconomics(option, groupRecords([option], lines, [], [crb]), ctx, { defaultImplementationMonths: 18 });
const aff = affordability(option, costs, ctx, DEFAULT_SETTINGS, [{ fy: 2025, source: 'trust-capital', amount: 1_500_000 }]);

describe('the affordability table', () => {
  const table = affordabilityTable(aff, 'Affordability');
  const row = (key: string) => table.rows.find((r) => r.key === key)!;

  it('lays years across with a total, each marked where the capital/revenue split is assumed', () => {
    expect(table.caption).toBe('Affordability; (assumed): some of that year’s capital/revenue split is not yet confirmed by finance');
    expect(table.columns.map((c) => c.label)).toEqual([
      'Cash, £ including irrecoverable VAT',
      '2025/26 (assumed)',
      '2026/27 (assumed)',
      '2027/28 (assumed)',
      'Total',
    ]);
  });

  it('shows capital, revenue, VAT, the requirement net of realised CRBs, funding and the gap, to the pound', () => {
    expect(row('capital').cells).toEqual(['£1,000,000', '—', '—', '£1,000,000']);
    expect(row('revenue').cells).toEqual(['£100,000', '£100,000', '£100,000', '£300,000']);
    expect(row('vat').cells).toEqual(['£220,000', '£20,000', '£20,000', '£260,000']);
    expect(row('cashReleasingBenefits').cells).toEqual(['—', '£20,000', '£20,000', '£40,000']);
    expect(row('funding').cells[0]).toBe('£1,500,000');
    expect(row('gap').cells[0]).toBe(formatMoney(aff.years[0].gap));
    expect(aff.years[0].gap).toBeLessThan(0);
  });

  it('puts costs committed before the base date on a row of their own, in the total only', () => {
    expect(row('sunk').cells).toEqual(['—', '—', '—', '£50,000']);
  });

  it('reconciles NPC_adj to the cash total in steps, ending at the total plus sunk costs', () => {
    const rec = reconciliationTable(aff, 'Reconciliation');
    expect(rec.rows[0].cells).toEqual(['', formatMoney(costs.npc)]);
    expect(rec.rows[rec.rows.length - 1].cells[1]).toBe(formatMoney(aff.totals.total + aff.committedBefore));
  });
});

describe('benefits by type across options', () => {
  it('gives each option’s PVB by type after shortfall, the total, the figure before shortfall and the unmonetised count', () => {
    const input = buildBenchAppraisal();
    const result = appraiseAll(input);
    const table = benefitsByTypeTable(result);
    table.rows.forEach((row, i) => {
      const b = result.options[i].costs.benefits;
      // Each figure under its own heading, so a swapped column fails too.
      const byHeading = Object.fromEntries(table.columns.slice(1).map((c, k) => [c.label, row.cells[k]]));
      expect(byHeading).toEqual({
        'Cash-releasing': formatMoney(b.byType.CRB),
        'Non-cash-releasing': formatMoney(b.byType.NCRB),
        Societal: formatMoney(b.byType.SB),
        'Total (PVB)': formatMoney(b.pvb),
        'Before shortfall': formatMoney(b.pvbBeforeShortfall),
        Unmonetisable: String(b.unmonetised.length),
      });
    });
  });
});
