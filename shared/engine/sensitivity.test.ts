import { describe, expect, it } from 'vitest';
import type { CostLine } from '../domain';
import { runSensitivity } from './sensitivity';
import { makeBenefit, makeOption, periodWith, recurringLine } from '../../test/support/builders';

const period = periodWith({ g: 0, periodYears: 10 });
const full = { startDate: '2025-04-01', durationMonths: 120 };

describe('sensitivity and switching values', () => {
  const bau = makeOption({ kind: 'business-as-usual', terms: full });
  const cheap = makeOption({ name: 'Cheap', terms: full });
  const dear = makeOption({ name: 'Dear', terms: full });
  const lines: CostLine[] = [
    recurringLine(bau.id, 50, '2025-04-01', '2035-03-31'),
    recurringLine(cheap.id, 100, '2025-04-01', '2035-03-31'),
    recurringLine(dear.id, 110, '2025-04-01', '2035-03-31'),
  ];

  it('in a cost-only comparison the preferred option is the lowest NPC_adj other than BAU', () => {
    const series = runSensitivity({ appraisal: period, options: [bau, cheap, dear], costLines: lines });
    expect(series.map((s) => s.key)).toEqual([
      'discount-rate',
      'indexation',
      `largest-line:${bau.id}`,
      `largest-line:${cheap.id}`,
      `largest-line:${dear.id}`,
    ]);
    expect(series[0].basePreferredId).toBe(cheap.id);
  });

  it('finds the switching value of the preferred option’s largest line (+10% makes it equal)', () => {
    const series = runSensitivity({ appraisal: period, options: [bau, cheap, dear], costLines: lines });
    const s = series.find((x) => x.key === `largest-line:${cheap.id}`)!;
    expect(s.switchesToId).toBe(dear.id);
    expect(s.switchingValue).toBeCloseTo(1.1, 3);
  });

  it('works on NPSV when benefits are monetised: more benefits can outweigh more cost', () => {
    const benefit = makeBenefit(dear.id, { cashflow: { kind: 'recurring', amount: 20, startDate: '2025-04-01', endDate: '2035-03-31' } });
    const series = runSensitivity({ appraisal: period, options: [bau, cheap, dear], costLines: lines, benefits: [benefit] });
    expect(series[0].basePreferredId).toBe(dear.id);
    const point = series[0].points[(series[0].points.length - 1) / 2];
    // NPSV of Dear against BAU: benefits of 20 a year against 60 a year more cost, same profile.
    const extraCost = point.npc[dear.id] - point.npc[bau.id];
    expect(point.measure[dear.id]).toBeCloseTo(extraCost / 3 - extraCost, 6);
  });
});
