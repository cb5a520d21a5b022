import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, optionSchema, type Option } from '../domain';
import { buildContext } from './feasibility-context';
import { optionDuties } from './option-duties';

const TODAY = '2026-06-15';
const pcr = contractSchema.parse({
  reference: 'EPR-1',
  title: 'Electronic patient record',
  category: 'EPR',
  supplier: 'Meridian',
  contractingModel: 'direct',
  regime: 'PCR2015',
  startDate: '2018-04-01',
  currentEndDate: '2027-06-30',
  annualValue: 3_000_000,
  totalValue: 27_000_000,
  owner: 'Ben Osei',
});
const pa = contractSchema.parse({
  ...pcr,
  reference: 'INF-2',
  regime: undefined,
  regimeEvent: 'contract-awarded',
  regimeEventDate: '2025-10-01',
  startDate: '2025-10-01',
  currentEndDate: '2030-09-30',
  maximumEndDateOnAward: '2032-09-30',
  annualValue: 2_000_000,
  totalValue: 10_000_000,
});
const option = (over: Partial<Option>): Option =>
  optionSchema.parse({
    id: 'o1',
    appraisalId: 'a1',
    kind: 're-procure',
    name: 'Re-procure',
    terms: { startDate: '2027-07-01', durationMonths: 84 },
    route: 'open',
    ...over,
  });

describe('optionDuties', () => {
  it('plans a re-procurement as a new award under the Act, dated from the feasibility signature date', () => {
    const o = option({ legal: { estimatedValueExVat: 21_000_000 } });
    const duties = optionDuties(o, [pcr], DEFAULT_SETTINGS, TODAY);
    const signature = buildContext({ option: o, contracts: [pcr], settings: DEFAULT_SETTINGS, today: TODAY, wholeLifeCost: 0 }).signature;
    expect(signature).toBe('2027-07-01');
    const by = (k: string) => duties.find((d) => d.kind === k);
    expect(by('conflicts-assessment')?.dueDate).toBe('2026-07-01'); // tender notice 12 months before signature
    expect(by('contract-details-notice')?.dueDate).toBe('2027-07-30'); // 30 days beginning with signature
    expect(by('kpis')?.dueDate).toBe('2027-06-30');
    expect(by('pipeline-inclusion')?.status).toBe('to-be-confirmed');
    expect(by('termination-notice')?.dueDate).toBe('2034-07-29'); // ends 30 Jun 2034; 30 days beginning the next day
    expect(duties.every((d) => d.optionId === 'o1' && d.contractRef === 'EPR-1' && d.owner === 'Ben Osei')).toBe(true);
  });

  it('plans no Act duties for a PSR route, nor for changing a PCR 2015 contract', () => {
    expect(optionDuties(option({ route: 'psr-direct-award', regime: 'PSR' }), [pcr], DEFAULT_SETTINGS, TODAY)).toEqual([]);
    expect(optionDuties(option({ route: 'modification', extensionMonths: 12 }), [pcr], DEFAULT_SETTINGS, TODAY)).toEqual([]);
  });

  it('plans a change to an Act contract as a modification with the change notice the check finds', () => {
    const o = option({
      route: 'modification',
      extensionMonths: 24,
      terms: { startDate: '2030-10-01', durationMonths: 24 } as Option['terms'],
      legal: { providedForInContract: 'yes', overallNatureChanges: 'no', exercisesExtensionOptionExactly: 'yes' },
    });
    const duties = optionDuties(o, [pa], DEFAULT_SETTINGS, TODAY);
    expect(duties.map((d) => d.kind)).toContain('change-notice');
    expect(duties.every((d) => ['change-notice', 'modified-contract-publication'].includes(d.kind))).toBe(true);
  });
});
