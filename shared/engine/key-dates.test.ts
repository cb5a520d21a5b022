import { addDays, addMonths, subDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDate, toIso } from '../dates';
import { computeKeyDates } from './key-dates';

const contract = (currentEndDate: string, noticePeriodDays = 0, internalLeadTimeDays = 0, decidedOn?: string) => ({
  currentEndDate,
  noticePeriodDays,
  internalLeadTimeDays,
  decidedOn,
});

describe('computeKeyDates', () => {
  it('subtracts the notice period, then the internal lead time', () => {
    const k = computeKeyDates(contract('2027-06-30', 180, 90), { today: '2026-01-01' });
    expect(k.noticeDeadline).toBe('2027-01-01'); // 30 Jun 2027 − 180 days
    expect(k.latestDecisionDate).toBe('2026-10-03'); // − 90 days
    expect(k.daysToExpiry).toBe(545);
  });

  it('uses the trust defaults when the register records no notice period or lead time, and says so', () => {
    const silent = { currentEndDate: '2027-03-31' };
    const k = computeKeyDates(silent, { today: '2026-12-06' });
    // 90 + 90 days by default: notice by 31 Dec 2026, decide by 2 Oct 2026 (so overdue already)
    expect(k.noticeDeadline).toBe('2026-12-31');
    expect(k.latestDecisionDate).toBe('2026-10-02');
    expect(k.overdue).toBe(true);
    expect(k.noticeAssumed).toBe(true);
    expect(k.decisionAssumed).toBe(true);
    const own = computeKeyDates(silent, { today: '2026-12-06', defaults: { noticePeriodDays: 30, internalLeadTimeDays: 60 } });
    expect(own.noticeDeadline).toBe('2027-03-01');
    expect(own.latestDecisionDate).toBe('2026-12-31');
    const recorded = computeKeyDates({ ...silent, noticePeriodDays: 0 }, { today: '2026-12-06' });
    expect(recorded.noticeAssumed).toBe(false); // zero recorded is a real answer, not a gap
    expect(recorded.decisionAssumed).toBe(true);
  });

  it('is expiring when the end falls within the horizon (default 18 months), inclusive', () => {
    const today = '2026-01-15';
    expect(computeKeyDates(contract('2027-07-15'), { today }).expiring).toBe(true);
    expect(computeKeyDates(contract('2027-07-16'), { today }).expiring).toBe(false);
    expect(computeKeyDates(contract('2026-12-31'), { today, horizonMonths: 12 }).expiring).toBe(true);
    expect(computeKeyDates(contract('2027-02-01'), { today, horizonMonths: 12 }).expiring).toBe(false);
  });

  it('treats the end date as the last day of service', () => {
    const onEnd = computeKeyDates(contract('2026-01-15'), { today: '2026-01-15' });
    expect(onEnd).toMatchObject({ expired: false, expiring: true, daysToExpiry: 0 });
    const after = computeKeyDates(contract('2026-01-14'), { today: '2026-01-15' });
    expect(after).toMatchObject({ expired: true, expiring: false, daysToExpiry: -1 });
  });

  it('flags overdue when the latest decision date has passed, undecided, not expired', () => {
    const today = '2026-06-01';
    // Decision date 2026-05-31 (end 2026-12-31, 200 days notice, 14 days lead).
    expect(computeKeyDates(contract('2026-12-31', 200, 14), { today }).overdue).toBe(true);
    expect(computeKeyDates(contract('2026-12-31', 200, 14, '2026-05-01'), { today }).overdue).toBe(false);
    // On the latest decision date itself it is not yet overdue.
    expect(computeKeyDates(contract('2026-12-31', 199, 14), { today }).overdue).toBe(false);
    // An expired contract is expired, not overdue.
    expect(computeKeyDates(contract('2026-05-31', 30, 30), { today }).overdue).toBe(false);
  });

  it('agrees with date-fns arithmetic (property)', () => {
    const iso = fc.integer({ min: 0, max: 20_000 }).map((n) => toIso(new Date(2000, 0, 1 + n)));
    fc.assert(
      fc.property(
        iso,
        iso,
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 120 }),
        (end, today, notice, lead, horizon) => {
          const k = computeKeyDates(contract(end, notice, lead), { today, horizonMonths: horizon });
          const noticeDate = subDays(toDate(end), notice);
          const decision = subDays(noticeDate, lead);
          expect(k.noticeDeadline).toBe(toIso(noticeDate));
          expect(k.latestDecisionDate).toBe(toIso(decision));
          const expired = end < today;
          expect(k.expired).toBe(expired);
          expect(k.expiring).toBe(!expired && end <= toIso(addMonths(toDate(today), horizon)));
          expect(k.overdue).toBe(!expired && toIso(decision) < today);
          expect(toIso(addDays(toDate(today), k.daysToExpiry))).toBe(end);
        },
      ),
    );
  });
});
