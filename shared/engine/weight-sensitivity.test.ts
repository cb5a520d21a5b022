import { describe, expect, it } from 'vitest';
import type { Criterion } from '../domain';
import { makeOption } from '../../test/support/builders';
import { rescaledWeights, weightSensitivity } from './weight-sensitivity';

const criteria: Criterion[] = [
  { id: 'a', appraisalId: 'x', name: 'Clinical', weight: 50, order: 0 },
  { id: 'b', appraisalId: 'x', name: 'Deliverability', weight: 30, order: 1 },
  { id: 'c', appraisalId: 'x', name: 'Fit', weight: 20, order: 2 },
];

describe('weight sensitivity', () => {
  it('moves one weight by 10 points and rescales the rest to total 100', () => {
    const w = rescaledWeights(criteria, 'a', 10);
    expect(w.a).toBe(60);
    expect(w.b).toBeCloseTo(24, 9);
    expect(w.c).toBeCloseTo(16, 9);
    expect(w.a + w.b + w.c).toBeCloseTo(100, 9);
  });

  it('reports where the top option changes, leaving business as usual out', () => {
    const clinical = makeOption({ name: 'Clinical', scores: { a: 10, b: 4, c: 5 } });
    const deliverable = makeOption({ name: 'Deliverable', scores: { a: 7, b: 9, c: 6 } });
    const bau = makeOption({ kind: 'business-as-usual', scores: { a: 10, b: 10, c: 10 } });
    // Base: 7.2 vs 7.4; with clinical +10: 7.76 vs 7.08.
    const r = weightSensitivity([clinical, deliverable, bau], criteria);
    expect(r.base).toEqual([deliverable.id, clinical.id]);
    const up = r.cases.find((c) => c.criterionId === 'a' && c.delta === 10)!;
    expect(up.changesTop).toBe(true);
    expect(r.cases.find((c) => c.criterionId === 'a' && c.delta === -10)!.changesTop).toBe(false);
  });
});
