import { describe, expect, it } from 'vitest';
import { aPa2023Contract } from '../../test/support/builders';
import { runSteps } from '../../test/support/steps';
import { DEFAULT_SETTINGS, dutyCompletionSchema, type DutyCompletion, type DutyCompletions } from '../domain';
import { dutiesCsvRows, dutiesXlsxRows, filterDuties, filterDutiesInSteps, planDuties, planDutiesInSteps, quarterKey } from './duties';
import { dutyKey, planObligations } from './obligations';
import { buildPipeline, pipelineInSteps } from './pipeline';

const TODAY = '2026-06-15';
const mk = aPa2023Contract;

const register = [
  mk({ reference: 'A', owner: 'Gareth Lewis' }),
  mk({
    reference: 'B',
    owner: 'Fiona Marsh',
    signedOn: undefined,
    startDate: '2025-05-01',
    currentEndDate: '2026-07-31',
    totalValue: 300_000,
  }),
  mk({ reference: 'PCR', regimeEventDate: '2024-01-01', owner: 'Gareth Lewis' }),
];

describe('the Notices due plan', () => {
  const plan = planDuties(register, { today: TODAY });
  const duties = plan.duties.toArray();

  it('holds every Act duty of the register (none for a PCR contract) plus the trust-wide payments duty, in due-date order', () => {
    const planned = planObligations(register, { today: TODAY });
    expect(plan.duties).toHaveLength(planned.length + 1);
    expect(duties.some((d) => d.contractRef === 'PCR')).toBe(false);
    const dated = duties.filter((d) => d.dueDate).map((d) => d.dueDate!);
    expect(dated).toEqual([...dated].sort());
    const undated = duties.findIndex((d) => d.dueDate === null);
    expect(undated).toBeGreaterThan(0); // B's KPIs duty cannot be dated
    expect(duties.slice(undated).every((d) => d.dueDate === null)).toBe(true);
    expect(duties.find((d) => d.contractRef === 'A' && d.kind === 'contract-details-notice')).toMatchObject({
      title: 'PACS',
      owner: 'Gareth Lewis',
      dueDate: '2026-04-30',
      status: 'overdue',
    });
    expect(plan.owners).toEqual(['Fiona Marsh', 'Gareth Lewis']);
    const byStatus = (st: string) => duties.filter((d) => d.status === st).length;
    expect(plan.counts).toEqual({
      due: byStatus('due'),
      overdue: byStatus('overdue'),
      'to-be-confirmed': byStatus('to-be-confirmed'),
      done: byStatus('done'),
    });
  });

  it('gives the same plan whatever the step size', () => {
    const { value, fractions } = runSteps(planDutiesInSteps(register, { today: TODAY }, 1));
    expect(value.duties.toArray()).toEqual(duties);
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('counts open duties per NHS quarter for the timeline markers', () => {
    expect(quarterKey('2026-04-01')).toBe('FY2026-Q1');
    expect(quarterKey('2026-12-31')).toBe('FY2026-Q3');
    expect(quarterKey('2027-01-01')).toBe('FY2026-Q4');
    expect(quarterKey('2027-03-31')).toBe('FY2026-Q4');
    const open = duties.filter((d) => d.status !== 'done' && d.dueDate);
    expect([...plan.openByQuarter.values()].reduce((a, b) => a + b, 0)).toBe(open.length);
  });

  it('filters by status, owner and the next N days (overdue ones always within)', () => {
    const overdue = filterDuties(plan.duties, { status: 'overdue', owner: '', withinDays: null }, TODAY).toArray();
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((d) => d.status === 'overdue')).toBe(true);
    const fiona = filterDuties(plan.duties, { status: 'all', owner: 'Fiona Marsh', withinDays: null }, TODAY).toArray();
    expect(new Set(fiona.map((d) => d.contractRef))).toEqual(new Set(['B']));
    const soon = filterDuties(plan.duties, { status: 'open', owner: '', withinDays: 30 }, TODAY).toArray();
    expect(soon.every((d) => d.dueDate !== null && d.dueDate <= '2026-07-15')).toBe(true);
    expect(soon.some((d) => d.status === 'overdue')).toBe(true);
    expect(soon.some((d) => d.dueDate === '2026-06-29')).toBe(true); // publication of A's contract, 90 days from 1 Apr
    const stepped = runSteps(filterDutiesInSteps(plan.duties, { status: 'open', owner: '', withinDays: 30 }, TODAY, 2));
    expect(stepped.value.toArray()).toEqual(soon);
  });

  it('writes worksheet rows with en-GB dates (CSV) and date cells (XLSX)', () => {
    const one = duties.filter((d) => d.contractRef === 'A' && d.kind === 'contract-details-notice');
    expect(dutiesCsvRows(one)).toEqual([
      ['Contract reference', 'Contract', 'Owner', 'Duty', 'Section', 'Due by', 'Status', 'Basis'],
      ['A', 'PACS', 'Gareth Lewis', 'Contract details notice', 'PA 2023 s.53(1)', '30 Apr 2026', 'Overdue', one[0].basis],
    ]);
    expect(dutiesXlsxRows(one)[1][5]).toEqual({ date: '2026-04-30' });
  });
});

describe('the pipeline in steps', () => {
  it('gives exactly the one-pass result', () => {
    const input = { contracts: register, today: TODAY, spendStated: 'yes' as const, leadTimes: DEFAULT_SETTINGS.leadTimesMonths };
    const { value, fractions } = runSteps(pipelineInSteps(input, 1));
    expect(fractions).toHaveLength(register.length - 1);
    expect(value).toEqual(buildPipeline(input));
  });
});

/**
 * Marking a Procurement Act duty done (Renewals › Notices due): the mark makes that duty done, keeps
 * it out of "Not yet done", and taking the mark off opens it again; a performance notice marked done
 * makes the next one due 12 months after it (PA 2023 s.71; PR 2024 reg. 39).
 */
const marks = (...list: DutyCompletion[]): DutyCompletions => Object.fromEntries(list.map((m) => [dutyKey(m), m]));
const open = { status: 'open', owner: '', withinDays: null } as const;
const find = (duties: ReturnType<typeof planDuties>['duties'], ref: string, kind: string) =>
  duties.toArray().filter((d) => d.contractRef === ref && d.kind === kind);

describe('a duty marked done', () => {
  const register = [mk({ reference: 'A' }), mk({ reference: 'B' })];
  const details: DutyCompletion = {
    contractRef: 'A',
    kind: 'contract-details-notice',
    dueDate: '2026-04-30',
    doneOn: '2026-04-20',
    link: 'https://www.find-tender.service.gov.uk/Notice/012345-2026',
  };

  it('is done, carries its date and link, and leaves "Not yet done"; the same duty of another contract stays overdue', () => {
    const before = planDuties(register, { today: TODAY });
    expect(find(before.duties, 'A', 'contract-details-notice')[0].status).toBe('overdue');
    const after = planDuties(register, { today: TODAY, completions: marks(details) });
    const [a] = find(after.duties, 'A', 'contract-details-notice');
    expect(a).toMatchObject({ status: 'done', dueDate: '2026-04-30', completion: details });
    expect(find(after.duties, 'B', 'contract-details-notice')[0].status).toBe('overdue');
    expect(after.counts.done).toBe(before.counts.done + 1);
    expect(after.counts.overdue).toBe(before.counts.overdue - 1);
    expect(filterDuties(after.duties, open, TODAY).toArray()).not.toContainEqual(a);
    expect(filterDuties(after.duties, { ...open, status: 'done' }, TODAY).toArray()).toContainEqual(a);
  });

  it('opens again once the mark is taken off', () => {
    const all = marks(details);
    delete all[dutyKey(details)];
    const [a] = find(planDuties(register, { today: TODAY, completions: all }).duties, 'A', 'contract-details-notice');
    expect(a.status).toBe('overdue');
    expect(a.completion).toBeUndefined();
  });

  it('stays done when the contract’s start date is corrected and the due date moves', () => {
    const moved = [mk({ reference: 'A', signedOn: '2026-04-10', startDate: '2026-04-10' })];
    const [a] = find(planDuties(moved, { today: TODAY, completions: marks(details) }).duties, 'A', 'contract-details-notice');
    expect(a).toMatchObject({ status: 'done', dueDate: '2026-05-09' });
  });

  it('a performance notice marked done stays listed as done, and the next is due 12 months after the day it was done', () => {
    const withKpis = [
      mk({
        reference: 'A',
        kpis: ['Uptime', 'Response', 'Fix'],
        startDate: '2025-04-01',
        signedOn: '2025-04-01',
        regimeEventDate: '2025-03-20',
      }),
    ];
    const first = find(planDuties(withKpis, { today: TODAY }).duties, 'A', 'performance-notice');
    expect(first).toEqual([expect.objectContaining({ dueDate: '2026-03-31', status: 'overdue' })]);
    const done: DutyCompletion = { contractRef: 'A', kind: 'performance-notice', dueDate: '2026-03-31', doneOn: '2026-04-10' };
    const after = find(planDuties(withKpis, { today: TODAY, completions: marks(done) }).duties, 'A', 'performance-notice');
    expect(after.map((d) => [d.dueDate, d.status])).toEqual([
      ['2026-03-31', 'done'],
      ['2027-04-09', 'due'],
    ]);
  });

  it('the trust-wide payments duty: once this quarter’s is marked done, the next quarter’s is due', () => {
    const [current] = find(planDuties([], { today: TODAY }).duties, '', 'payments-compliance');
    expect(current).toMatchObject({ dueDate: '2026-07-30', status: 'due' });
    const done: DutyCompletion = { contractRef: '', kind: 'payments-compliance', dueDate: '2026-07-30', doneOn: '2026-06-14' };
    const after = find(planDuties([], { today: TODAY, completions: marks(done) }).duties, '', 'payments-compliance');
    expect(after.map((d) => [d.dueDate, d.status])).toEqual([
      ['2026-07-30', 'done'],
      ['2026-10-30', 'due'],
    ]);
  });
});

describe('the stored mark', () => {
  it('accepts a date and an optional web address, and refuses anything else a user might type', () => {
    const base = { contractRef: 'A', kind: 'kpis', dueDate: null, doneOn: '2026-06-01' };
    expect(dutyCompletionSchema.safeParse(base).success).toBe(true);
    expect(dutyCompletionSchema.safeParse({ ...base, link: 'https://www.find-tender.service.gov.uk/Notice/1' }).success).toBe(true);
    for (const link of ['find-tender notice 1', 'javascript:alert(1)', 'https://', 'ftp://x.example/1']) {
      expect(dutyCompletionSchema.safeParse({ ...base, link }).success, link).toBe(false);
    }
    expect(dutyCompletionSchema.safeParse({ ...base, doneOn: '2026-02-30' }).success).toBe(false);
    expect(dutyCompletionSchema.safeParse({ ...base, kind: 'performance' }).success).toBe(false);
  });
});
