import type { AmountRange, MonthsRange } from '@shared/domain';
import { assertNever } from '@shared/result';

/**
 * Three-point ranges as the Risk analysis tab edits them. A delay range keeps low ≤ most likely ≤
 * high by moving the others along (enter 6 as the high of 0–0–0 and it reads 0–0–6; enter 8 as the
 * low and all three become 8), so no entry is ever refused for its order. An amount range's most
 * likely value is the line's own amount, so its low and high are bounded by it instead.
 */

export type DelayPoint = keyof MonthsRange;

export function withDelay(range: MonthsRange, point: DelayPoint, value: number): MonthsRange {
  switch (point) {
    case 'low':
      return { low: value, mostLikely: Math.max(range.mostLikely, value), high: Math.max(range.high, value) };
    case 'mostLikely':
      return { low: Math.min(range.low, value), mostLikely: value, high: Math.max(range.high, value) };
    case 'high':
      return { low: Math.min(range.low, value), mostLikely: Math.min(range.mostLikely, value), high: value };
    default:
      return assertNever(point, 'delay point');
  }
}

export const NO_DELAY: MonthsRange = { low: 0, mostLikely: 0, high: 0 };

/** A new amount range starts as a point at the most likely amount: every draw equals it until widened. */
export function pointRange(mostLikely: number): AmountRange {
  return { low: mostLikely, high: mostLikely };
}

export function withBound(range: AmountRange, bound: 'low' | 'high', value: number): AmountRange {
  return { ...range, [bound]: value };
}
