import { describe, expect, it } from 'vitest';
import { CONTRACT_FIELDS } from '../domain/contract-fields';
import { changeLine } from './change-history';

describe('a contract change in words', () => {
  it('names a field as the editor does and says a period in days', () => {
    expect(changeLine('noticePeriodDays', 180, 365)).toBe('Notice period: 180 days → 365 days');
    expect(changeLine('internalLeadTimeDays', 1, 90)).toBe('Internal lead time: 1 day → 90 days');
  });

  it('says a sum of money in pounds, grouped, and an empty value as a dash', () => {
    expect(changeLine('totalValue', 1_200_000, 1_500_000)).toBe('Total value: £1,200,000 → £1,500,000');
    expect(changeLine('annualValue', null, 250_000.4)).toBe('Annual value: — → £250,000.40');
    // A change in pence is a change the reader can see, never "£12,345 → £12,345".
    expect(changeLine('annualValue', 12_345.4, 12_345.6)).toBe('Annual value: £12,345.40 → £12,345.60');
    expect(changeLine('initialValue', 9_000, null)).toBe('Initial value: £9,000 → —');
  });

  it('gives a fixed-list value its label, never its code', () => {
    expect(changeLine('procurementRoute', 'direct-award', 'framework-call-off')).toBe(
      'Procurement route: Direct award → Framework call-off',
    );
    expect(changeLine('status', 'active', 'in-procurement')).toBe('Status: Active → In procurement');
    expect(changeLine('regimeEvent', null, 'contract-awarded')).toBe('Regime event: — → Contract awarded');
  });

  it('writes dates as en-GB and a yes/no as words', () => {
    expect(changeLine('currentEndDate', '2027-06-30', '2028-03-31')).toBe('Current end date: 30 Jun 2027 → 31 Mar 2028');
    expect(changeLine('signedOn', null, '2026-04-01')).toBe('Date signed: — → 1 Apr 2026');
    expect(changeLine('autoRenew', false, true)).toBe('Renews automatically unless notice is given: No → Yes');
  });

  it('lists modules, linked contracts and KPIs in words, and counts records', () => {
    expect(changeLine('modules', ['PAS', 'ED'], ['PAS', 'ED', 'Theatres'])).toBe('Modules: PAS; ED → PAS; ED; Theatres');
    expect(changeLine('linkedContracts', [], ['NVH-HOST-004'])).toBe('Linked contracts: — → NVH-HOST-004');
    expect(changeLine('kpis', ['Uptime'], [])).toBe('KPIs: Uptime → —');
    expect(changeLine('notices', [{ type: 'x' }], [{ type: 'x' }, { type: 'y' }])).toBe('Notice log: 1 notice → 2 notices');
    expect(changeLine('extensionOptions', [], [{ months: 12, exerciseBy: '2027-03-31', exercised: true }])).toBe(
      'Extension options: — → 12 months, exercise by 31 Mar 2027 (exercised)',
    );
  });

  it('names a field it does not know in words, and never shows JSON', () => {
    expect(changeLine('someNewField', { a: 1 }, [{ b: 2 }])).toBe('Some new field: Recorded → 1 entry');
    expect(changeLine('psrMixedContract', null, { healthCareMainSubject: 'yes' })).toBe(
      'Provider Selection Regime mixed-contract facts: — → Recorded',
    );
  });

  it('shows no field key, code or quote for any field of the register table', () => {
    for (const f of CONTRACT_FIELDS) {
      const sample = f.choices?.[1]?.value ?? (f.kind === 'money' || f.kind === 'days' ? 30 : f.kind === 'date' ? '2026-04-01' : 'x');
      const line = changeLine(f.key, null, sample);
      expect(line, f.key).not.toContain(f.key);
      expect(line, f.key).not.toMatch(/["{}]|\d{4}-\d{2}-\d{2}/);
      if (f.choices) expect(line, f.key).toContain(f.choices[1].label);
    }
  });
});
