import { describe, expect, it } from 'vitest';
import { costLineSchema, optionSchema, type CostLine, type Option } from '@shared/domain';
import { formatMoney } from '@shared/format';
import { computeEconomics } from '@shared/engine/economics';
import { groupRecords } from '@shared/engine/follow-on';
import { periodContext } from '@shared/engine/period';
import { costByYearRows, costByYearTables, costSeries, cumulativeRows, cumulativeTables, stackedExtent } from './chart-data';

// Base date 1 Apr 2025 so nothing is sunk; no deflation, so real equals cash.
const period = {
  baseDate: '2025-04-01',
  periodYears: 3,
  discount: { rate: 0.035, longRate: 0.03, switchYear: 30 },
  deflator: { assumedGrowthPct: 0, index: [], source: '', vintage: '' },
};
const makeOption = (development: number): Option =>
  optionSchema.parse({
    id: 'o',
    appraisalId: 'a',
    kind: 'direct-with-vendor',
    name: 'O',
    route: 'direct-award',
    terms: { startDate: '2025-04-01', durationMonths: 36 },
    optimismBias: { development: { pct: development }, serviceCharge: { pct: 0, mitigation: 't' }, duration: { pct: 0, mitigation: 't' } },
  });
const line = (over: Partial<CostLine> & Pick<CostLine, 'kind' | 'category' | 'amount'>): CostLine =>
  costLineSchema.parse({
    id: `${over.category}-${over.kind}`,
    optionId: 'o',
    appraisalId: 'a',
    label: over.category,
    startDate: '2025-04-01',
    endDate: '2027-03-31',
    indexationPct: 0,
    date: '2025-07-01',
    ...over,
    ...(over.kind === 'one-off' ? { startDate: undefined, endDate: undefined, indexationPct: undefined } : { date: undefined }),
  });
const economicsOf = (option: Option, lines: CostLine[]) =>
  computeEconomics(option, groupRecords([option], lines), periodContext(period), { defaultImplementationMonths: 18 });

const costs = economicsOf(makeOption(10), [
  line({ kind: 'recurring', category: 'support', amount: 1_200_000 }),
  line({ kind: 'one-off', category: 'implementation', amount: 500_000 }),
  line({ kind: 'one-off', category: 'residual-value', amount: -200_000, date: '2026-05-01' }),
]);

describe('cost chart data', () => {
  it('lists used categories in domain order, then optimism bias', () => {
    expect(costSeries(costs).map((s) => s.key)).toEqual(['support', 'implementation', 'residual-value', 'optimismBias']);
    expect(costSeries(costs).at(-1)?.label).toBe('Optimism bias');
  });

  it('keeps the engine’s per-year amounts and stacks a residual value below zero', () => {
    const rows = costByYearRows(costs);
    expect(rows.map((r) => r.label)).toEqual(['2025/26', '2026/27', '2027/28']);
    expect(rows[0].support).toBe(1_200_000);
    expect(rows[0].optimismBias).toBeCloseTo(50_000, 6);
    expect(rows[1]['residual-value']).toBe(-200_000);
    expect(
      stackedExtent(
        rows,
        costSeries(costs).map((s) => s.key),
      ),
    ).toEqual([-200_000, 1_750_000]);
  });

  it('tabulates each year with discount factor and present value; totals are WLC and NPC', () => {
    const tables = costByYearTables(costs, 'Costs');
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.columns.map((c) => c.label)).toEqual([
      'Financial year',
      'Support and maintenance',
      'Implementation',
      'Residual value',
      'Optimism bias',
      'Cost',
      'Discount factor',
      'Present value',
    ]);
    expect(table.rows[0].cells).toEqual(['£1,200,000', '£500,000', '—', '£50,000', '£1,750,000', '1.0000', '£1,750,000']);
    expect(table.rows[1].cells[5]).toBe('0.9662');
    expect(table.foot?.[0].header).toBe('Total (whole-life cost; NPC)');
    expect(table.foot?.[0].cells.at(-3)).toBe('£2,750,000');
    expect(table.foot?.[0].cells.at(-1)).toBe(formatMoney(costs.optimismBias.npc));
  });

  it('splits many categories over tables of at most eight money columns, discounting last', () => {
    const categories = [
      'licence',
      'support',
      'hosting',
      'staff',
      'exit',
      'other',
      'migration',
      'dual-running',
      'implementation',
      'hosting-transfer',
    ] as const;
    const wide = economicsOf(
      makeOption(0),
      categories.map((category) => line({ kind: 'recurring', category, amount: 1000 })),
    );
    const tables = costByYearTables(wide, 'Costs');
    expect(tables.map((t) => t.caption)).toEqual(['Costs (part 1 of 2)', 'Costs (part 2 of 2)']);
    expect(tables.map((t) => t.columns.length - 1)).toEqual([8, 5]);
    expect(tables[1].columns.slice(-3).map((c) => c.label)).toEqual(['Cost', 'Discount factor', 'Present value']);
    expect(tables[1].foot?.[0].cells.at(-3)).toBe(formatMoney(wide.optimismBias.wholeLifeReal));
    for (const t of tables) expect(t.rows).toHaveLength(3);
  });
});

describe('cumulative chart data', () => {
  const series = Array.from({ length: 7 }, (_, i) => ({ id: `o${i}`, name: `Option ${i + 1}`, costs }));
  it('has one row per year with each option’s running total; the last equals NPC', () => {
    const rows = cumulativeRows(series);
    expect(rows).toHaveLength(3);
    expect(rows[2].o3).toBe(costs.npc);
    expect(cumulativeRows([])).toEqual([]);
  });
  it('splits wide tables into parts of five options', () => {
    const tables = cumulativeTables(series, 'Cumulative');
    expect(tables.map((t) => t.columns.length)).toEqual([6, 3]);
    expect(tables[1].caption).toBe('Cumulative (part 2 of 2)');
  });
});
