import { describe, expect, it } from 'vitest';
import { PROCUREMENT_ROUTES } from './enums';
import { isDirectAwardRoute, latestProcurementStart, procurementStartBy } from './option-terms';

describe('direct-award routes (docs/domain.md §5)', () => {
  it('are the Act’s direct award and PCR 2015’s negotiated procedure without prior publication, and nothing else', () => {
    expect(PROCUREMENT_ROUTES.filter(isDirectAwardRoute)).toEqual(['direct-award', 'negotiated-without-publication']);
  });
});

describe('latest start of procurement (docs/domain.md §5, lead times)', () => {
  it('is signature less the lead time in whole months', () => {
    expect(latestProcurementStart('2027-04-01', 3)).toBe('2027-01-01');
    expect(latestProcurementStart('2027-04-01', 0)).toBe('2027-04-01');
  });

  it('rounds a fractional lead time up, so 2.5 months starts three months before signature, never two', () => {
    expect(latestProcurementStart('2027-04-01', 2.5)).toBe('2027-01-01');
    expect(latestProcurementStart('2027-04-01', 0.1)).toBe('2027-03-01');
  });

  it('cannot start before today', () => {
    expect(procurementStartBy('2027-04-01', 2.5, '2026-06-01')).toBe('2027-01-01');
    expect(procurementStartBy('2027-04-01', 2.5, '2027-02-10')).toBe('2027-02-10');
  });
});
