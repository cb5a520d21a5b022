import { describe, expect, it } from 'vitest';
import { contractSchema, type Contract, type ContractInput, type KpiRating } from '../domain';
import { planObligations } from './obligations';
import {
  assessmentPeriods,
  formatPeriod,
  isLiveContract,
  kpiAssessmentStatus,
  performanceNoticeKpiNote,
  ratingCountedFor,
} from './kpi-assessment';

const KPIS = ['Response time', 'Availability', 'Incidents resolved'];
const mk = (over: Partial<ContractInput> = {}): Contract =>
  contractSchema.parse({
    reference: 'C1',
    title: 'Managed service',
    category: 'infrastructure',
    supplier: 'S',
    contractingModel: 'direct',
    regime: 'PA2023',
    regimeEvent: 'contract-awarded',
    regimeEventDate: '2025-03-20',
    startDate: '2025-04-01',
    currentEndDate: '2028-09-30',
    totalValue: 6_000_000,
    kpis: KPIS,
    ...over,
  });
const rate = (kpi: string, periodStart: string, periodEnd: string, rating: KpiRating['rating'] = 'good'): KpiRating => ({
  kpi,
  periodStart,
  periodEnd,
  rating,
  assessedOn: periodEnd,
});
const rateAll = (start: string, end: string) => KPIS.map((k) => rate(k, start, end));

describe('assessment periods (PA 2023 s.71(2): every 12 months from the start)', () => {
  it('runs 12-month periods from the start date, the last cut short at the end date', () => {
    expect(assessmentPeriods(mk())).toEqual([
      { start: '2025-04-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2027-03-31' },
      { start: '2027-04-01', end: '2028-03-31' },
      { start: '2028-04-01', end: '2028-09-30' },
    ]);
  });

  it('stops at a termination date and lists only the periods begun by a given day', () => {
    expect(assessmentPeriods(mk({ terminatedOn: '2026-06-30' }))).toEqual([
      { start: '2025-04-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-06-30' },
    ]);
    expect(assessmentPeriods(mk(), '2026-03-31')).toHaveLength(1);
    expect(assessmentPeriods(mk(), '2026-04-01')).toHaveLength(2);
  });

  it('measures each period from the original start, so a 29 Feb start does not drift', () => {
    expect(assessmentPeriods(mk({ startDate: '2024-02-29', currentEndDate: '2027-02-28' })).map(formatPeriod)).toEqual([
      '29 Feb 2024 – 27 Feb 2025',
      '28 Feb 2025 – 27 Feb 2026',
      '28 Feb 2026 – 27 Feb 2027',
      '28 Feb 2027 – 28 Feb 2027',
    ]);
  });

  it('has no periods without a start date', () => {
    expect(assessmentPeriods(mk({ startDate: undefined }))).toEqual([]);
  });

  it('calls a contract live from its start date to its end date, both included', () => {
    const c = mk();
    expect(isLiveContract(c, '2025-03-31')).toBe(false);
    expect(isLiveContract(c, '2025-04-01')).toBe(true);
    expect(isLiveContract(c, '2028-09-30')).toBe(true);
    expect(isLiveContract(c, '2028-10-01')).toBe(false);
    expect(isLiveContract(mk({ startDate: undefined }), '2026-01-01')).toBe(false);
  });
});

describe('which periods are rated, due or overdue', () => {
  it('marks an ended period without every rating overdue, and the current one due', () => {
    const status = kpiAssessmentStatus(mk(), '2026-06-15');
    expect(status.map((s) => [s.period.start, s.status])).toEqual([
      ['2025-04-01', 'overdue'],
      ['2026-04-01', 'due'],
    ]);
    expect(status[0].missing).toEqual(KPIS);
  });

  it('is not overdue on the period’s last day, and overdue the day after', () => {
    expect(kpiAssessmentStatus(mk(), '2026-03-31').map((s) => s.status)).toEqual(['due']);
    expect(kpiAssessmentStatus(mk(), '2026-04-01')[0].status).toBe('overdue');
  });

  it('counts a period rated only when every KPI has a rating for it', () => {
    const two = mk({ kpiRatings: rateAll('2025-04-01', '2026-03-31').slice(0, 2) });
    const [first] = kpiAssessmentStatus(two, '2026-06-15');
    expect(first).toMatchObject({ status: 'overdue', rated: KPIS.slice(0, 2), missing: ['Incidents resolved'] });
    const all = mk({ kpiRatings: rateAll('2025-04-01', '2026-03-31') });
    expect(kpiAssessmentStatus(all, '2026-06-15')[0]).toMatchObject({ status: 'rated', missing: [] });
  });

  it('counts a rating for a period the trust chose when it ends inside the 12-month period', () => {
    const c = mk({ startDate: '2025-06-15', kpiRatings: rateAll('2025-06-15', '2026-03-31') });
    const [first] = kpiAssessmentStatus(c, '2026-07-01');
    expect(first.period).toEqual({ start: '2025-06-15', end: '2026-06-14' });
    expect(first.status).toBe('rated');
    // The period's own row names the rating that counts for it, so its picker's "Not rated" is not read as a gap.
    expect(ratingCountedFor(c, 'Availability', first.period)).toMatchObject({ periodStart: '2025-06-15', periodEnd: '2026-03-31' });
    expect(ratingCountedFor(c, 'Availability', { start: '2026-06-15', end: '2027-06-14' })).toBeUndefined();
  });

  it('ignores ratings of KPIs no longer listed, and plans nothing without KPIs', () => {
    const c = mk({ kpis: ['Uptime'], kpiRatings: rateAll('2025-04-01', '2026-03-31') });
    expect(kpiAssessmentStatus(c, '2026-06-15')[0].status).toBe('overdue');
    expect(kpiAssessmentStatus(mk({ kpis: [] }), '2026-06-15')).toEqual([]);
  });
});

describe('the yearly performance notice says how far its period’s KPIs are rated', () => {
  const notice = (c: Contract, today: string) => planObligations([c], { today }).find((o) => o.kind === 'performance-notice')!;

  it('notes a fully rated period beside the duty due on its last day', () => {
    const c = mk({ kpiRatings: rateAll('2025-04-01', '2026-03-31') });
    expect(notice(c, '2026-06-15')).toMatchObject({ dueDate: '2026-03-31', status: 'overdue' });
    expect(notice(c, '2026-06-15').basis).toBe('at least once in every 12 months from the start; KPIs rated for 1 Apr 2025 – 31 Mar 2026');
  });

  it('notes a partly rated period with the count, and says nothing when none is rated', () => {
    expect(
      performanceNoticeKpiNote(mk({ kpiRatings: [rate('Availability', '2025-04-01', '2026-03-31')] }), '2026-03-31', '2026-06-15'),
    ).toBe('1 of 3 KPIs rated for 1 Apr 2025 – 31 Mar 2026');
    expect(notice(mk(), '2026-06-15').basis).toBe('at least once in every 12 months from the start');
    // Ratings of another period are not this duty's.
    expect(performanceNoticeKpiNote(mk({ kpiRatings: rateAll('2026-04-01', '2027-03-31') }), '2026-03-31', '2026-06-15')).toBeNull();
  });

  it('notes the last period beside the final performance notice', () => {
    const c = mk({ kpiRatings: rateAll('2028-04-01', '2028-09-30') });
    const final = planObligations([c], { today: '2028-10-05' }).find((o) => o.kind === 'final-performance-notice')!;
    expect(final.dueDate).toBe('2028-10-29');
    expect(final.basis).toMatch(/; KPIs rated for 1 Apr 2028 – 30 Sep 2028$/);
  });

  it('says nothing for a due date after the contract has ended', () => {
    expect(performanceNoticeKpiNote(mk({ kpiRatings: rateAll('2028-04-01', '2028-09-30') }), '2028-10-29', '2028-11-01')).toBeNull();
  });
});
