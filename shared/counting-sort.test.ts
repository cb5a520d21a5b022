import { describe, expect, it } from 'vitest';
import { runSteps } from '../test/support/steps';
import { CountingSort, type SortedByKey } from './counting-sort';

/** Sorts `keys` with the counting sort, `step` rows a step; returns the result and the fractions yielded. */
function sortAll(keys: number[], step: number, from?: number, to?: number): { sorted: SortedByKey; fractions: number[] } {
  const sort = new CountingSort();
  for (const k of keys) sort.count(k);
  const { value: sorted, fractions } = runSteps(sort.sortInSteps(Int32Array.from(keys), keys.length, step, from, to));
  return { sorted, fractions };
}

describe('the stepped counting sort', () => {
  // Day numbers, a far-off "undated" key after every day (as the Notices due plan uses), and days before 1970.
  const UNDATED = 1 << 29;
  const keys = [20_600, UNDATED, 20_590, 20_600, -5, 20_590, UNDATED, 20_600, 0, -5, 20_591];

  it('puts rows in key order, rows of one key in the order they were counted, and says where each key begins', () => {
    const { sorted } = sortAll(keys, 1_000);
    const stable = keys.map((_, r) => r).sort((a, b) => keys[a] - keys[b] || a - b);
    expect([...sorted.order]).toEqual(stable);
    expect(sorted.keys).toEqual([-5, 0, 20_590, 20_591, 20_600, UNDATED]);
    expect([...sorted.starts]).toEqual([0, 2, 3, 5, 6, 9, 11]);
    sorted.keys.forEach((key, k) => {
      const rows = [...sorted.order.subarray(sorted.starts[k], sorted.starts[k + 1])];
      expect(rows.every((r) => keys[r] === key)).toBe(true);
    });
  });

  it('gives the same order whatever the step, placing at most a step of rows between yields, its progress within from..to', () => {
    const many = Array.from({ length: 1_000 }, (_, i) => 20_000 + ((i * 7_919) % 97));
    const whole = sortAll(many, Number.MAX_SAFE_INTEGER).sorted;
    const { sorted, fractions } = sortAll(many, 10, 0.92, 1);
    expect(sorted).toEqual(whole);
    // One yield once the keys are sorted, then one every 10 rows placed.
    expect(fractions).toHaveLength(1 + 100);
    expect(fractions[0]).toBe(0.92);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBeLessThanOrEqual(1);
  });

  it('sorts an empty list', () => {
    const { sorted } = sortAll([], 10);
    expect(sorted).toEqual({ order: new Int32Array(0), keys: [], starts: Int32Array.from([0]) });
  });
});
