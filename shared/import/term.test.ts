import { describe, expect, it } from 'vitest';
import { endDateFromTerm } from './term';

describe('endDateFromTerm', () => {
  it.each([
    ['2024-04-01', 60, '2029-03-31'],
    ['2023-10-01', 36, '2026-09-30'],
    ['2025-09-15', 1, '2025-10-14'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
  ])('%s + %i months ends %s', (start, months, end) => {
    expect(endDateFromTerm(start, months)).toBe(end);
  });
});
