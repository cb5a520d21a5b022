import { describe, expect, it } from 'vitest';
import { aPa2023Contract } from '../../test/support/builders';
import type { Contract, ContractInput } from '../domain';
import { decideRegime, regimeCodeOf } from './regime';
import { planObligations, trustWideTasks } from './obligations';
import { planOption, procurementTerminationDue, type OptionPlanInput } from './option-obligations';

const TODAY = '2026-06-15';
const mk = aPa2023Contract;

const kinds = (c: Contract) => Object.fromEntries(planObligations([c], { today: TODAY }).map((o) => [o.kind, o]));

describe('Procurement Act obligations per contract', () => {
  it('dates the contract details notice, publication over £5m, KPIs and the termination notice at expiry', () => {
    const k = kinds(mk({}));
    expect(k['contract-details-notice']).toMatchObject({ dueDate: '2026-04-30', status: 'overdue', kind: 'contract-details-notice' }); // 30 days beginning 1 Apr (s.53(1))
    expect(k['contract-publication']).toMatchObject({ dueDate: '2026-06-29', status: 'due' }); // 90 days (s.53(3))
    expect(k.kpis.status).toBe('to-be-confirmed'); // over £5m with no KPIs recorded (s.52)
    expect(k['termination-notice']).toMatchObject({ dueDate: '2031-04-29', status: 'due' }); // 30 days beginning with the end (s.80)
  });

  it('marks the details notice done when a UK7 is in the notice log', () => {
    expect(kinds(mk({ notices: [{ type: 'UK7', date: '2026-04-20', identifier: '012345-2026' }] }))['contract-details-notice'].status).toBe(
      'done',
    );
  });

  it('plans performance notices every 12 months from the last one, and at the end, where KPIs are set', () => {
    const k = kinds(mk({ kpis: ['Uptime', 'Incidents', 'Response'], notices: [{ type: 'UK9', date: '2027-03-31', identifier: 'x' }] }));
    expect(k['performance-notice'].dueDate).toBe('2028-03-30');
    expect(k['final-performance-notice'].dueDate).toBe('2031-04-29');
    expect(k.kpis).toBeUndefined();
  });

  it('uses light-touch periods (120 and 180 days) and no KPIs for light-touch contracts', () => {
    const k = kinds(mk({ lightTouch: true }));
    expect(k['contract-details-notice'].dueDate).toBe('2026-07-29');
    expect(k['contract-publication'].dueDate).toBe('2026-09-27');
    expect(k.kpis).toBeUndefined();
  });

  it('gives a PCR 2015 contract no Procurement Act duties (no termination notice)', () => {
    expect(planObligations([mk({ regimeEventDate: '2024-06-01' })], { today: TODAY })).toEqual([]);
  });

  it('lists the quarterly payments publication (s.70)', () => {
    expect(trustWideTasks(TODAY)[0]).toMatchObject({ kind: 'payments-compliance', dueDate: '2026-07-30' });
  });

  it('regimeCodeOf agrees with decideRegime', () => {
    const cases: Partial<ContractInput>[] = [
      {},
      { regimeEventDate: '2024-01-01' },
      { regimeEvent: undefined, regimeEventDate: undefined, regime: 'PSR' },
      { regimeEvent: undefined, regimeEventDate: undefined, startDate: '2024-01-01' },
      { regimeEvent: 'pcr-framework-call-off' },
    ];
    for (const c of cases) expect(regimeCodeOf(mk(c), TODAY)).toBe(decideRegime(mk(c), TODAY).regime);
  });
});

describe('Procurement Act obligations per option', () => {
  /** An option to be signed on 1 Apr 2027, planned today: each test states the route, regime, term and value. */
  const plan = (over: Omit<OptionPlanInput, 'contractRef' | 'optionId' | 'today' | 'signature'>) =>
    planOption({ contractRef: 'X', optionId: 'o', today: TODAY, signature: '2027-04-01', ...over });

  it('a direct award over £5m: conflicts, pipeline (to be confirmed), KPIs, details, publication, yearly performance, termination', () => {
    const tasks = plan({
      route: 'direct-award',
      regime: 'PA2023',
      noticeDate: '2027-01-04',
      termMonths: 36,
      estimatedValueExVat: 10_000_000,
    });
    const by = (k: string) => tasks.filter((t) => t.kind === k);
    expect(by('pipeline-inclusion')[0]).toMatchObject({ dueDate: '2026-05-26', status: 'to-be-confirmed' });
    expect(by('kpis')[0].dueDate).toBe('2027-03-31');
    expect(by('contract-details-notice')[0].dueDate).toBe('2027-04-30');
    expect(by('performance-notice').map((t) => t.dueDate)).toEqual(['2028-03-31', '2029-03-31']);
    expect(by('termination-notice')[0].dueDate).toBe('2030-04-29');
  });

  it('a framework call-off has no conflicts or pipeline task; a PCR option has no Act duties', () => {
    const callOff = plan({ route: 'framework-call-off', regime: 'PA2023', termMonths: 24, estimatedValueExVat: 3_000_000 });
    expect(callOff.map((t) => t.kind)).not.toContain('pipeline-inclusion');
    expect(callOff.map((t) => t.kind)).not.toContain('conflicts-assessment');
    expect(plan({ route: 'modification', regime: 'PCR2015', termMonths: 12, estimatedValueExVat: 1 })).toEqual([]);
  });

  it('a procurement termination notice defaults to 5 working days beginning with the decision (s.55)', () => {
    expect(procurementTerminationDue('2026-06-01')).toBe('2026-06-05');
  });
});
