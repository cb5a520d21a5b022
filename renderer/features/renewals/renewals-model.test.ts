import { describe, expect, it } from 'vitest';
import type { Contract } from '@shared/domain';
import { annualValueBy, dutiesPerPeriod, expiriesByPeriod, periodLabel, periodOf } from './renewals-model';

const c = (reference: string, currentEndDate: string, annualValue: number, supplier = 'A'): Contract => ({
  reference,
  title: reference,
  category: 'EPR',
  supplier,
  contractingModel: 'direct',
  currentEndDate,
  extensionOptions: [],
  noticePeriodDays: 0,
  internalLeadTimeDays: 0,
  autoRenew: false,
  modules: [],
  linkedContracts: [],
  status: 'active',
  annualValue,
});

describe('renewal periods', () => {
  it('puts 31 March in the old financial year and 1 April in the new one', () => {
    expect(periodOf('2027-03-31', 'year')).toBe('FY2026');
    expect(periodOf('2027-04-01', 'year')).toBe('FY2027');
    expect(periodLabel('FY2026')).toBe('2026/27');
  });
  it('numbers NHS quarters from April', () => {
    expect(periodOf('2026-04-01', 'quarter')).toBe('FY2026-Q1');
    expect(periodOf('2026-09-30', 'quarter')).toBe('FY2026-Q2');
    expect(periodOf('2026-12-31', 'quarter')).toBe('FY2026-Q3');
    expect(periodOf('2027-02-15', 'quarter')).toBe('FY2026-Q4');
    expect(periodLabel('FY2026-Q4')).toBe('2026/27 Q4');
  });
  it('counts contracts and annual value per period, keeping empty periods', () => {
    const buckets = expiriesByPeriod(
      [c('a', '2027-01-10', 100), c('b', '2027-03-31', 50), c('z', '2031-01-01', 7)],
      'quarter',
      '2026-11-22',
      4,
    );
    expect(buckets.map((b) => b.label)).toEqual(['2026/27 Q3', '2026/27 Q4', '2027/28 Q1', '2027/28 Q2']);
    expect(buckets.map((b) => b.contracts)).toEqual([0, 2, 0, 0]);
    expect(buckets[1].annualValue).toBe(150);
  });
  it('summarises annual value by supplier, largest first', () => {
    const rows = annualValueBy(
      [c('a', '2027-01-01', 10, 'X'), c('b', '2027-01-01', 30, 'Y'), c('c', '2027-01-01', 25, 'X')],
      (x) => x.supplier,
    );
    expect(rows).toEqual([
      { name: 'X', contracts: 2, annualValue: 35 },
      { name: 'Y', contracts: 1, annualValue: 30 },
    ]);
  });
});

describe('dutiesPerPeriod', () => {
  const quarters = new Map([
    ['FY2026-Q3', 4],
    ['FY2026-Q4', 1],
    ['FY2027-Q1', 2],
  ]);
  it('keeps the quarters for the quarter view and sums them per financial year', () => {
    expect(dutiesPerPeriod(quarters, 'quarter')).toEqual(quarters);
    expect(dutiesPerPeriod(quarters, 'year')).toEqual(
      new Map([
        ['FY2026', 5],
        ['FY2027', 2],
      ]),
    );
  });
});
