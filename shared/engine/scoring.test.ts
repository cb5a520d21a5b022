import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criterionSchema } from '../domain';
import { DEFAULT_CRITERIA, defaultCriteria, npcPerPoint, unscoredCriteria, validateWeights, weightedScore } from './scoring';

describe('weights', () => {
  it('accepts weights summing to 100', () => {
    expect(validateWeights([{ weight: 60 }, { weight: 40 }])).toEqual({ ok: true, total: 100 });
    expect(validateWeights([{ weight: 33.33 }, { weight: 33.33 }, { weight: 33.34 }]).ok).toBe(true);
  });

  it('rejects weights not summing to 100 with a message saying how to fix it', () => {
    const r = validateWeights([{ weight: 60 }, { weight: 30 }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('Weights add up to 90, not 100: add 10 to balance them.');
    const over = validateWeights([{ weight: 70 }, { weight: 40 }]);
    if (!over.ok) expect(over.message).toContain('remove 10');
    expect(over.ok).toBe(false);
    expect(validateWeights([]).ok).toBe(false);
  });

  it('rejects any total other than 100 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }), (ws) => {
        const total = ws.reduce((s, w) => s + w, 0);
        expect(validateWeights(ws.map((weight) => ({ weight }))).ok).toBe(total === 100);
      }),
    );
  });
});

describe('weighted score', () => {
  const criteria = [
    { id: 'a', weight: 50 },
    { id: 'b', weight: 30 },
    { id: 'c', weight: 20 },
  ];

  it('is Σ weight × score / 100', () => {
    expect(weightedScore({ a: 8, b: 6, c: 10 }, criteria)).toBeCloseTo((50 * 8 + 30 * 6 + 20 * 10) / 100, 12);
  });

  it('counts missing scores as 0 and lists them', () => {
    expect(weightedScore({ a: 10 }, criteria)).toBe(5);
    expect(unscoredCriteria({ a: 10 }, criteria)).toEqual(['b', 'c']);
  });

  it('gives NPC per weighted point, null for a zero score', () => {
    expect(npcPerPoint(2_000_000, 8)).toBe(250_000);
    expect(npcPerPoint(2_000_000, 0)).toBeNull();
  });
});

describe('default criteria', () => {
  it('are the six docs/domain.md criteria with weights summing to 100', () => {
    expect(DEFAULT_CRITERIA.map((c) => c.name)).toEqual([
      'Clinical functionality',
      'Continuity of service',
      'Deliverability',
      'Strategic fit',
      'Interoperability',
      'Supplier relationship',
    ]);
    expect(validateWeights(DEFAULT_CRITERIA).ok).toBe(true);
  });

  it('build valid Criterion records', () => {
    let i = 0;
    const list = defaultCriteria('app-1', () => `c${i++}`);
    for (const c of list) expect(criterionSchema.parse(c)).toEqual(c);
    expect(list.map((c) => c.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
