import { describe, expect, it } from 'vitest';
import { parsePortfolio } from './portfolio-format';
import { upgrades } from './portfolio-upgrades';

/** Every object reachable from `value` (arrays included). */
function* objectsIn(value: unknown): Generator<object> {
  if (typeof value !== 'object' || value === null) return;
  yield value;
  for (const key of Object.keys(value)) yield* objectsIn((value as Record<string, unknown>)[key]);
}

describe('upgrades[1] (version 1 → 2) on hostile documents', () => {
  it('keeps an own __proto__ key of a contract as data: the upgraded contract gains no prototype from it', () => {
    // JSON.parse without a reviver makes `__proto__` an own property, as any caller's parser might.
    const doc = JSON.parse(
      '{"format":"x","version":1,"contracts":[{"__proto__":{"polluted":"yes"},"reference":"C-1","endDate":"2027-03-31"}]}',
    ) as Record<string, unknown>;
    const before = structuredClone(doc);
    const upgraded = upgrades[1](doc);
    for (const object of objectsIn(upgraded)) {
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(object));
      // `polluted` may be data (the own __proto__ key's value holds it), never inherited.
      expect(!('polluted' in object) || Object.hasOwn(object, 'polluted')).toBe(true);
    }
    const contract = (upgraded.contracts as Record<string, unknown>[])[0];
    expect(contract.currentEndDate).toBe('2027-03-31');
    expect(Object.hasOwn(contract, '__proto__')).toBe(true);
    expect(doc).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parsePortfolio on deeply nested JSON', () => {
  it('answers with a typed refusal in words, not a stack overflow', () => {
    const result = parsePortfolio(
      `{"format":"trust-procurement-planner/portfolio","version":2,"contracts":[{"notes":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('NOT_A_PORTFOLIO');
    expect(!result.ok && result.error.message).toBe(
      'The file is not a Trust Procurement Planner portfolio: its data is nested far more deeply than a portfolio is.',
    );
  });
});
