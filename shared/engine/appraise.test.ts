import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, optionSchema, type CostLine, type Criterion, type Option, type Risk } from '../domain';
import { appraiseAll, isMarkedBest } from './appraise';

const appraisal = { baseDate: '2025-06-01', periodYears: 10, discount: { rate: 0.035, longRate: 0.03, switchYear: 30 } };
const criteria: Criterion[] = [
  { id: 'q', appraisalId: 'a', name: 'Quality', weight: 60, order: 0 },
  { id: 'd', appraisalId: 'a', name: 'Deliverability', weight: 40, order: 1 },
];
const option = (id: string, scores: Record<string, number>, over: Partial<Option> = {}): Option =>
  optionSchema.parse({
    id,
    appraisalId: 'a',
    kind: 'direct-with-vendor',
    name: id,
    route: 'direct-award',
    legalGround: 'pa2023-sch5-technical',
    terms: { startDate: '2027-07-01', durationMonths: 24 },
    scores,
    ...over,
  });
const line = (optionId: string, amount: number): CostLine => ({
  id: `${optionId}-l`,
  optionId,
  appraisalId: 'a',
  label: 'Support',
  category: 'support',
  kind: 'recurring',
  amount,
  startDate: '2025-04-01',
  endDate: '2027-03-31',
  indexationPct: 0,
});
const risk = (optionId: string, l: number, c: number, impact?: number): Risk => ({
  id: `${optionId}-r${l}${c}`,
  optionId,
  appraisalId: 'a',
  title: 'R',
  category: 'supplier',
  description: '',
  owner: '',
  mitigation: '',
  notes: '',
  inherent: { likelihood: 5, consequence: 5 },
  residual: { likelihood: l, consequence: c },
  impact,
  probability: impact ? 1 : undefined,
});
const contracts = [
  contractSchema.parse({
    reference: 'EPR-1',
    title: 'EPR',
    category: 'EPR',
    supplier: 'S',
    contractingModel: 'direct',
    startDate: '2017-07-01',
    currentEndDate: '2027-06-30',
    annualValue: 1_200_000,
    totalValue: 12_000_000,
  }),
];

describe('appraiseAll', () => {
  const options = [option('A', { q: 8, d: 6 }), option('B', { q: 6, d: 9 }), option('C', { q: 0, d: 0 })];
  const result = appraiseAll({
    appraisal,
    options,
    criteria,
    contracts,
    settings: DEFAULT_SETTINGS,
    today: '2026-06-01',
    costLines: [line('A', 1_200_000), line('B', 1_000_000), line('C', 1_000_000)],
    risks: [risk('A', 2, 2), risk('B', 4, 4, 500_000), risk('B', 1, 1)],
  });
  const byId = Object.fromEntries(result.options.map((r) => [r.option.id, r]));

  it('computes costs, scores and NPC per point per option', () => {
    expect(Math.round(byId.A.costs.npc)).toBe(2_359_420);
    expect(byId.A.weightedScore).toBeCloseTo(0.6 * 8 + 0.4 * 6, 12);
    expect(byId.A.npcPerPoint).toBeCloseTo(byId.A.costs.npc / byId.A.weightedScore, 6);
    expect(byId.C.npcPerPoint).toBeNull();
    expect(byId.B.costs.riskAllowance.wholeLife).toBe(500_000);
  });

  it('attaches the highest residual risk and all six feasibility checks', () => {
    expect(byId.B.highestResidual?.score).toBe(16);
    expect(byId.C.highestResidual).toBeNull();
    expect(byId.A.feasibility).toHaveLength(6);
    expect(byId.A.flags.map((f) => f.check)).toEqual(['above-threshold']);
  });

  it('marks the best option on each row, with ties', () => {
    expect(result.best.lowestWholeLifeCost).toEqual(['B', 'C']);
    expect(result.best.lowestNpc).toEqual(['B', 'C']);
    expect(result.best.lowestNpcWithRisk).toEqual(['C']);
    // A = 0.6×8 + 0.4×6 = 7.2 and B = 0.6×6 + 0.4×9 = 7.2: a tie names both.
    expect(result.best.highestScore).toEqual(['A', 'B']);
    expect(result.best.lowestNpcPerPoint).toEqual(['B']);
    expect(result.best.lowestTopRisk).toEqual(['C']);
    expect(result.weights.ok).toBe(true);
  });

  it('marks an option best only where it stands out: a row where every option ties marks none', () => {
    // B and C tie on NPC, A is dearer: both are marked. Scores tie for A and B, C is lower: both marked.
    expect(isMarkedBest(result.best.lowestNpc, 'B', 3)).toBe(true);
    expect(isMarkedBest(result.best.lowestNpc, 'A', 3)).toBe(false);
    expect(isMarkedBest(result.best.highestScore, 'A', 3)).toBe(true);
    // Nothing scored yet: every option is "highest" at 0, which tells the reader nothing.
    expect(isMarkedBest(['A', 'B', 'C'], 'A', 3)).toBe(false);
    // A single option has nothing to be compared with.
    expect(isMarkedBest(['A'], 'A', 1)).toBe(false);
  });
});
