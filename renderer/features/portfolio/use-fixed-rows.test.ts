import { describe, expect, it } from 'vitest';
import { rangeInView, scrollTopToShow } from './use-fixed-rows';

describe('the register rows in view', () => {
  it('covers the view with the overscan either side, within the list', () => {
    // Rows of 32 px, a 320 px view scrolled to 3,200 px: rows 100 to 110 are visible.
    expect(rangeInView(100_000, 32, 3_200, 320, 12)).toEqual({ first: 88, last: 122 });
    expect(rangeInView(100_000, 32, 0, 320, 12)).toEqual({ first: 0, last: 22 });
    expect(rangeInView(50, 32, 1_400, 320, 12)).toEqual({ first: 31, last: 49 });
    expect(rangeInView(0, 32, 0, 320, 12)).toEqual({ first: 0, last: -1 });
    // A list cut short while scrolled far down (a filter) still shows its last rows.
    expect(rangeInView(10, 32, 3_200, 320, 12)).toEqual({ first: 9, last: 9 });
  });

  it('scrolls as little as brings a row into full view, and not at all when it is', () => {
    expect(scrollTopToShow(5, 32, 320, 320)).toBe(160);
    expect(scrollTopToShow(30, 32, 320, 320)).toBe(672);
    expect(scrollTopToShow(12, 32, 320, 320)).toBeUndefined();
  });
});
