import { describe, expect, it } from 'vitest';
import { aPa2023Contract } from '../../test/support/builders';
import { runSteps } from '../../test/support/steps';
import type { Contract, DutyCompletion, DutyCompletions } from '../domain';
import { filterDuties, planDuties, planDutiesInSteps, type Duty } from './duties';
import { dutyKey, planObligations, trustWideTasks, type PlanOptions } from './obligations';

/**
 * The Notices due plan keeps its duties as columns and makes a row's object only when it is read
 * (duty-table.ts, issue 15). These tests hold it to the list the plan made when it kept one object per
 * duty: every Act duty of the register (planObligations) and the trust-wide ones, each with its
 * contract's title and owner, in due-date order, undated last, register order within a day.
 */
const TODAY = '2026-06-15';
const mk = aPa2023Contract;

function objectPlan(contracts: readonly Contract[], options: PlanOptions): Duty[] {
  const byRef = new Map(contracts.map((c) => [c.reference, c]));
  const rows: Duty[] = [
    ...planObligations(contracts, options).map((o) => ({
      ...o,
      title: byRef.get(o.contractRef)!.title,
      owner: byRef.get(o.contractRef)!.owner ?? '',
    })),
    ...trustWideTasks(options.today, options.completions).map((t) => ({
      ...t,
      completion: t.completion,
      title: 'All contracts (trust-wide)',
      owner: '',
    })),
  ];
  const due = (d: Duty) => d.dueDate ?? '\uffff';
  return rows
    .map((d, i) => [d, i] as const)
    .sort(([a, i], [b, j]) => (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : i - j))
    .map(([d]) => d);
}

const marks = (...list: DutyCompletion[]): DutyCompletions => Object.fromEntries(list.map((m) => [dutyKey(m), m]));
const yearly = (n: number): DutyCompletion[] =>
  Array.from({ length: n }, (_, i) => ({
    contractRef: 'LONG',
    kind: 'performance-notice' as const,
    dueDate: `${2000 + i}-03-31`,
    doneOn: `${2000 + i}-03-20`,
  }));

// More duties than the columns are first sized for (four a contract): the long contract's 30 marked
// performance notices make them grow.
const register: Contract[] = [
  mk({ reference: 'A', owner: 'Gareth Lewis', kpis: ['Uptime', 'Response', 'Fix'] }),
  mk({ reference: 'SMALL', owner: 'Fiona Marsh', currentEndDate: '2026-07-31', totalValue: 300_000 }),
  mk({ reference: 'PCR', regimeEventDate: '2024-01-01', owner: 'Gareth Lewis' }),
  mk({ reference: 'LT', lightTouch: true, signedOn: '2025-09-01', startDate: '2025-09-01', totalValue: 8_000_000 }),
  mk({ reference: 'NODATE', signedOn: undefined, startDate: undefined, owner: 'Fiona Marsh' }),
  mk({
    reference: 'RATED',
    kpis: ['Availability'],
    startDate: '2025-04-01',
    signedOn: '2025-04-01',
    regimeEventDate: '2025-03-20',
    kpiRatings: [{ kpi: 'Availability', periodStart: '2025-04-01', periodEnd: '2026-03-31', rating: 'good', assessedOn: '2026-03-31' }],
  }),
  mk({
    reference: 'LONG',
    kpis: ['Uptime'],
    startDate: '1999-04-01',
    signedOn: '1999-04-01',
    regimeEventDate: '2025-03-01',
    currentEndDate: '2040-03-31',
  }),
];
const completions = marks(...yearly(30), {
  contractRef: 'A',
  kind: 'contract-details-notice',
  dueDate: '2026-04-30',
  doneOn: '2026-04-20',
  link: 'https://www.find-tender.service.gov.uk/Notice/012345-2026',
});

describe('the plan kept as columns', () => {
  const options = { today: TODAY, completions };
  const plan = planDuties(register, options);

  it('reads back exactly the list of duty objects, in due-date order, with marks, KPI notes and trust-wide duties', () => {
    const expected = objectPlan(register, options);
    expect(expected.length).toBeGreaterThan(register.length * 4 + 8);
    expect(expected.some((d) => d.basis.includes('KPI'))).toBe(true);
    expect(plan.duties.toArray()).toEqual(expected);
    expect(runSteps(planDutiesInSteps(register, options, 1)).value.duties.toArray()).toEqual(expected);
  });

  it('reads a row by position, a slice or by iteration alike', () => {
    const all = plan.duties.toArray();
    expect(plan.duties.length).toBe(all.length);
    expect(plan.duties.at(3)).toEqual(all[3]);
    expect(plan.duties.slice(2, 5)).toEqual(all.slice(2, 5));
    expect(plan.duties.slice(-2)).toEqual(all.slice(-2));
    expect([...plan.duties]).toEqual(all);
  });

  it('filters to the same duties as a filter of the objects', () => {
    const all = plan.duties.toArray();
    const fiona = filterDuties(plan.duties, { status: 'all', owner: 'Fiona Marsh', withinDays: null }, TODAY);
    expect(fiona.toArray()).toEqual(all.filter((d) => d.owner === 'Fiona Marsh'));
    const done = filterDuties(plan.duties, { status: 'done', owner: '', withinDays: null }, TODAY);
    expect(done.toArray()).toEqual(all.filter((d) => d.status === 'done'));
    expect(done.length).toBe(31);
    const soon = filterDuties(plan.duties, { status: 'open', owner: '', withinDays: 90 }, TODAY);
    expect(soon.toArray()).toEqual(all.filter((d) => d.status !== 'done' && d.dueDate !== null && d.dueDate <= '2026-09-13'));
  });
});
