import { describe, expect, it } from 'vitest';
import { benefitSchema } from '@shared/domain';
import { makeOption } from '../../../../test/support/builders';
import { nextOrder } from '../next-order';
import { benefitFromLibrary, blankBenefit, defaultBenefitDates, withCashflow, withProfile, withType } from './benefit-form';

const ids = { id: 'b1', optionId: 'o1', appraisalId: 'a1', order: 0 };
const dates = { start: '2028-04-01', end: '2036-03-31' };
const valid = (b: unknown) => benefitSchema.safeParse(b).success;

describe('benefit edits keep the record valid', () => {
  it('a blank monetised benefit has a £0 recurring profile over the dates; an unmonetisable one has none', () => {
    const crb = blankBenefit('CRB', ids, dates);
    expect(crb.cashflow).toEqual({ kind: 'recurring', amount: 0, startDate: '2028-04-01', endDate: '2036-03-31', indexationPct: 0 });
    expect(crb.illustrative).toBe(false);
    const ub = blankBenefit('UB', ids, dates);
    expect(ub.cashflow).toBeUndefined();
    expect([crb, ub].every(valid)).toBe(true);
  });

  it('a library benefit is marked illustrative, from the given dates', () => {
    const b = benefitFromLibrary('paper-records-storage', ids, dates)!;
    expect(b).toMatchObject({ type: 'CRB', illustrative: true, realisationStart: '2028-04-01' });
    expect(b.cashflow).toMatchObject({ kind: 'recurring', startDate: '2028-04-01', endDate: '2036-03-31' });
    expect(benefitFromLibrary('no-such-benefit', ids, dates)).toBeUndefined();
  });

  it('changing to unmonetisable drops the £ profile and range; back again starts a £0 profile', () => {
    const crb = { ...blankBenefit('CRB', ids, dates), range: { low: 0, high: 10 } };
    const ub = withType(crb, 'UB', dates);
    expect(ub.cashflow).toBeUndefined();
    expect(ub.range).toBeUndefined();
    expect(valid(ub)).toBe(true);
    const sb = withType(ub, 'SB', dates);
    expect(sb.cashflow).toMatchObject({ kind: 'recurring', amount: 0, startDate: '2028-04-01' });
    expect(valid(sb)).toBe(true);
    // Between monetised types the profile stays as entered.
    const withAmount = withCashflow(crb, { amount: 5000 });
    expect(withType(withAmount, 'NCRB', dates).cashflow).toEqual(withAmount.cashflow);
  });

  it('one-off and recurring convert both ways keeping the amount and the start', () => {
    const recurring = withCashflow(blankBenefit('CRB', ids, dates), { amount: 1000, startDate: '2029-01-01' });
    const oneOff = withProfile(recurring, 'one-off', dates);
    expect(oneOff.cashflow).toEqual({ kind: 'one-off', amount: 1000, date: '2029-01-01' });
    expect(withProfile(oneOff, 'recurring', dates).cashflow).toEqual({
      kind: 'recurring',
      amount: 1000,
      startDate: '2029-01-01',
      endDate: '2036-03-31',
      indexationPct: 0,
    });
    expect([oneOff, withProfile(oneOff, 'recurring', dates)].every(valid)).toBe(true);
  });

  it('new benefits go last, and start at planned go-live but never before the base date', () => {
    expect(nextOrder([{ order: 0 }, { order: 4 }, { order: 2 }])).toBe(5);
    expect(nextOrder([])).toBe(0);
    const option = makeOption({ terms: { startDate: '2026-01-01', durationMonths: 120 } });
    expect(defaultBenefitDates(option, undefined, '2026-11-22', '2036-03-31')).toEqual({ start: '2026-11-22', end: '2036-03-31' });
    const planned = { costs: { goLive: { planned: '2028-07-01' } } } as Parameters<typeof defaultBenefitDates>[1];
    expect(defaultBenefitDates(option, planned, '2026-11-22', '2036-03-31').start).toBe('2028-07-01');
  });
});
