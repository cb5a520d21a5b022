import { describe, expect, it } from 'vitest';
import { BENEFIT_TYPES } from '../domain';
import { BENEFIT_LIBRARY, benefitFromTemplate } from './benefit-library';

describe('benefit library', () => {
  it('covers the four CIA types, each entry with a measure, and every benefit made from it is marked illustrative', () => {
    expect(new Set(BENEFIT_LIBRARY.map((t) => t.type))).toEqual(new Set(BENEFIT_TYPES));
    for (const t of BENEFIT_LIBRARY) {
      expect(t.measure.length, t.key).toBeGreaterThan(10);
      const b = benefitFromTemplate(t, { id: t.key, optionId: 'o', appraisalId: 'a', order: 0 }, '2028-04-01', '2036-03-31');
      expect(b.illustrative).toBe(true);
      expect(b.cashflow === undefined).toBe(t.type === 'UB');
    }
  });
});
