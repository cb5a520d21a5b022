import { describe, expect, it } from 'vitest';
import { contractSchema, optionSchema } from './index';

/**
 * Stored records from before the legal register fields must keep loading unchanged (no upgrade step is
 * needed: every new field is optional, and an option's `legal` defaults to {}).
 */
const storedContract = {
  reference: 'EPR-001',
  title: 'Electronic patient record',
  category: 'EPR',
  supplier: 'Oracle Health',
  contractingModel: 'direct',
  procurementRoute: 'direct-award',
  regime: 'PCR2015',
  startDate: '2017-07-01',
  currentEndDate: '2027-06-30',
  extensionOptions: [],
  noticePeriodDays: 180,
  internalLeadTimeDays: 60,
  autoRenew: false,
  modules: [],
  linkedContracts: [],
  status: 'active',
};

const storedOption = {
  id: 'o1',
  appraisalId: 'a1',
  kind: 'do-minimum',
  name: 'Bridge',
  order: 0,
  terms: {
    startDate: '2027-07-01',
    durationMonths: 12,
    breakClauses: [],
    noticePeriodDays: 0,
    extensionOptions: [],
    indexationPct: 0,
    modulesInScope: [],
  },
  route: 'modification',
  regime: 'PA2023',
  newSystem: false,
  bridgeAvailable: false,
  extensionMonths: 12,
  hosting: { provider: '', dualRunningMonths: 0, transferCost: 0 },
  scores: {},
  rationale: '',
  assumptions: '',
  riskNotes: '',
};

describe('stored records load with the legal fields absent', () => {
  it('a contract stored before them parses to the same record', () => {
    const parsed = contractSchema.parse(storedContract);
    expect(parsed).toEqual(storedContract);
    expect(parsed.modifications).toBeUndefined();
    expect(parsed.notices).toBeUndefined();
  });

  it('an option stored before them gets empty legal facts', () => {
    expect(optionSchema.parse(storedOption).legal).toEqual({});
  });

  it('refuses a modification entry without an id or with a nonsense date, naming the field', () => {
    const bad = contractSchema.safeParse({ ...storedContract, modifications: [{ id: 'm1', date: '2026-02-30' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['modifications', 0, 'date']);
  });
});
