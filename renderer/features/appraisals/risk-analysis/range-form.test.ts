import { describe, expect, it } from 'vitest';
import { monthsRangeSchema } from '@shared/domain';
import { NO_DELAY, pointRange, withBound, withDelay } from './range-form';

describe('a go-live delay range keeps low ≤ most likely ≤ high whatever is entered first', () => {
  it('moves the others along rather than refusing an entry', () => {
    expect(withDelay(NO_DELAY, 'high', 6)).toEqual({ low: 0, mostLikely: 0, high: 6 });
    expect(withDelay({ low: 0, mostLikely: 0, high: 6 }, 'mostLikely', 2)).toEqual({ low: 0, mostLikely: 2, high: 6 });
    expect(withDelay({ low: 0, mostLikely: 2, high: 6 }, 'low', 8)).toEqual({ low: 8, mostLikely: 8, high: 8 });
    expect(withDelay({ low: 1, mostLikely: 2, high: 6 }, 'high', 1)).toEqual({ low: 1, mostLikely: 1, high: 1 });
    expect(withDelay({ low: 3, mostLikely: 4, high: 6 }, 'mostLikely', 1)).toEqual({ low: 1, mostLikely: 1, high: 6 });
  });

  it('every result is a valid stored range', () => {
    let r = NO_DELAY;
    for (const [point, v] of [
      ['mostLikely', 5],
      ['low', 7],
      ['high', 2],
      ['low', 0],
      ['high', 12],
    ] as const) {
      r = withDelay(r, point, v);
      expect(monthsRangeSchema.safeParse(r).success).toBe(true);
    }
  });
});

describe('an amount range around the line’s own amount', () => {
  it('starts as a point at the amount and widens one bound at a time', () => {
    expect(pointRange(500_000)).toEqual({ low: 500_000, high: 500_000 });
    expect(withBound(withBound(pointRange(500_000), 'high', 800_000), 'low', 450_000)).toEqual({ low: 450_000, high: 800_000 });
  });
});
