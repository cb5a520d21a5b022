import { describe, expect, it } from 'vitest';
import { optionSchema, type CostLine, type Option } from '../domain';
import { appraiseOption, type AppraisalPeriod } from './npc';
import { largestLine, runSensitivity } from './sensitivity';

const period: AppraisalPeriod = { baseDate: '2025-06-01', periodYears: 10, discount: { rate: 0.035, longRate: 0.03, switchYear: 30 } };
const opt = (id: string): Option =>
  optionSchema.parse({
    id,
    appraisalId: 'a',
    kind: 're-procure',
    name: `Option ${id}`,
    route: 'open',
    terms: { startDate: '2025-04-01', durationMonths: 120 },
  });
const A = opt('A');
const B = opt('B');
const oneOff = (optionId: string, amount: number, date: string, id = `${optionId}-1`): CostLine => ({
  id,
  optionId,
  appraisalId: 'a',
  label: 'One-off',
  category: 'implementation',
  kind: 'one-off',
  amount,
  date,
});
const recurring = (optionId: string, amount: number, id = `${optionId}-r`): CostLine => ({
  id,
  optionId,
  appraisalId: 'a',
  label: 'Support',
  category: 'support',
  kind: 'recurring',
  amount,
  startDate: '2025-04-01',
  endDate: '2035-03-31',
  indexationPct: 0,
});

describe('discount-rate sensitivity', () => {
  // A costs £1m now; B costs £1m × 1.04^5 in year 5, so they are equal at exactly 4%.
  const lines = [oneOff('A', 1_000_000, '2025-07-01'), oneOff('B', 1_000_000 * 1.04 ** 5, '2030-07-01')];

  it('finds the switching rate by bisection', () => {
    const s = runSensitivity({ appraisal: period, options: [A, B], costLines: lines }).find((x) => x.key === 'discount-rate')!;
    expect(s.baseValue).toBe(0.035);
    expect(s.basePreferredId).toBe('A');
    expect(s.switchingValue).toBeCloseTo(0.04, 7);
    expect(s.switchesToId).toBe('B');
    expect(s.switchingBelow).toBeNull();
    expect(s.points[0].value).toBeCloseTo(0.028, 12);
    expect(s.points.at(-1)!.value).toBeCloseTo(0.042, 12);
    expect(s.points.at(-1)!.preferredId).toBe('B');
  });

  it('reports NPCs equal to a full re-appraisal at that rate', () => {
    const s = runSensitivity({ appraisal: period, options: [A, B], costLines: lines }).find((x) => x.key === 'discount-rate')!;
    for (const p of [s.points[0], s.points[7], s.points[20]]) {
      const b = appraiseOption(B, lines, [], { ...period, discount: { ...period.discount, rate: p.value } });
      expect(p.npc.B).toBeCloseTo(b.npc, 6);
    }
  });
});

describe('indexation sensitivity', () => {
  // B costs exactly what A's recurring line costs with 1 point of indexation: they switch at +1.
  const aLine = recurring('A', 100_000);
  const atOnePoint = appraiseOption(A, [aLine], [], period, { indexationDeltaPct: 1 }).npc;
  const lines = [aLine, oneOff('B', atOnePoint, '2025-07-01')];
  const s = runSensitivity({ appraisal: period, options: [A, B], costLines: lines }).find((x) => x.key === 'indexation')!;

  it('finds the switching delta', () => {
    expect(s.basePreferredId).toBe('A');
    expect(s.switchingValue).toBeCloseTo(1, 5);
    expect(s.switchesToId).toBe('B');
  });

  it('matches re-spreading the lines at each delta', () => {
    for (const p of s.points) {
      const want = appraiseOption(A, [aLine], [], period, { indexationDeltaPct: p.value }).npc;
      expect(Math.abs(p.npc.A - want)).toBeLessThanOrEqual(1e-9 * want);
    }
  });
});

describe('largest-line sensitivity', () => {
  const aLine = recurring('A', 100_000);
  const npcA = appraiseOption(A, [aLine], [], period).npc;
  const lines = [aLine, oneOff('A', 1000, '2025-07-01', 'A-small'), oneOff('B', 1.1 * (npcA + 1000), '2025-07-01')];

  it("scales each option's largest line and finds where the preference flips", () => {
    const series = runSensitivity({ appraisal: period, options: [A, B], costLines: lines });
    const a = series.find((x) => x.key === 'largest-line:A')!;
    expect(a.costLineId).toBe('A-r');
    // A(f) = f × npcA + 1000 equals B = 1.1 × (npcA + 1000) at f = (1.1 × (npcA + 1000) − 1000) / npcA.
    expect(a.switchingValue).toBeCloseTo((1.1 * (npcA + 1000) - 1000) / npcA, 6);
    const b = series.find((x) => x.key === 'largest-line:B')!;
    expect(b.switchingValue).toBeCloseTo((npcA + 1000) / (1.1 * (npcA + 1000)), 6);
    expect(b.switchingBelow).toBe(b.switchingValue);
  });

  it('returns null when nothing switches within the range', () => {
    const far = [aLine, oneOff('B', 10 * npcA, '2025-07-01')];
    for (const s of runSensitivity({ appraisal: period, options: [A, B], costLines: far, rangePct: 20 })) {
      expect(s.switchingValue).toBeNull();
      expect(s.points.every((p) => p.preferredId === 'A')).toBe(true);
    }
  });

  it('honours a user-set range and step count', () => {
    const s = runSensitivity({ appraisal: period, options: [A, B], costLines: lines, rangePct: 50, steps: 10 })[0];
    expect(s.points).toHaveLength(11);
    expect(s.points[0].value).toBeCloseTo(0.0175, 12);
    expect(s.points[5].value).toBe(0.035);
  });

  it('ignores benefits when choosing the largest line', () => {
    const benefit: CostLine = { ...oneOff('A', -5_000_000, '2025-07-01', 'A-b'), category: 'benefit' };
    expect(largestLine(A, [aLine, benefit], period)?.id).toBe('A-r');
  });
});
