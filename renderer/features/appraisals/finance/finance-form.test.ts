import { describe, expect, it } from 'vitest';
import { costLineSchema, vatSchema } from '@shared/domain';
import { spendOf } from '@shared/engine/spend';
import { makeOption, oneOffLine } from '../../../../test/support/builders';
import { spendWithChoice, spendWithConfirmed, spendWithNote, vatWithChoice, vatWithText } from './finance-form';

const none = { recoverable: false, heading: '', reason: '' };
const valid = (v: unknown) => vatSchema.safeParse(v).success;

describe('VAT recoverable: only with a heading and a reason', () => {
  it('choosing recoverable without them leaves VAT not recoverable and says it is waiting for them', () => {
    const r = vatWithChoice(none, true);
    expect(r).toEqual({ vat: none, pending: true });
    expect(valid(r.vat)).toBe(true);
  });

  it('becomes recoverable once both are given, in either order', () => {
    const step1 = vatWithText(none, { heading: 'Heading 14' }, true);
    expect(step1.vat.recoverable).toBe(false);
    expect(step1.pending).toBe(true);
    const step2 = vatWithText(step1.vat, { reason: 'Bespoke development to our specification' }, true);
    expect(step2).toEqual({
      vat: { recoverable: true, heading: 'Heading 14', reason: 'Bespoke development to our specification' },
      pending: false,
    });
    expect(valid(step2.vat)).toBe(true);
  });

  it('clearing the heading of a recoverable line makes it not recoverable again (never an invalid record)', () => {
    const full = { recoverable: true, heading: 'Heading 14', reason: 'Bespoke' };
    const r = vatWithText(full, { heading: ' ' }, true);
    expect(r.vat.recoverable).toBe(false);
    expect(r.pending).toBe(true);
    expect(valid(r.vat)).toBe(true);
    expect(vatWithChoice(full, false)).toEqual({ vat: { ...full, recoverable: false }, pending: false });
  });
});

describe('capital or revenue, confirmed by finance', () => {
  const option = makeOption({ hosting: { targetModel: 'on-premise' } });
  const licence = oneOffLine(option.id, 1000, '2026-06-01', { category: 'licence' });

  it('confirming the default records the default split as confirmed: no longer assumed', () => {
    expect(spendOf(licence, option)).toMatchObject({ type: 'capital', assumed: true });
    const confirmed = { ...licence, spend: spendWithConfirmed(licence, option, true) };
    expect(spendOf(confirmed, option)).toMatchObject({ type: 'capital', assumed: false });
    expect(costLineSchema.safeParse(confirmed).success).toBe(true);
  });

  it('changing the split needs confirming again; back to the default drops the entry', () => {
    const confirmed = { ...licence, spend: { type: 'capital' as const, confirmed: true, note: 'Intangible we control' } };
    expect(spendWithChoice(confirmed, 'revenue')).toEqual({ type: 'revenue', confirmed: false, note: 'Intangible we control' });
    expect(spendWithChoice(confirmed, 'default')).toBeUndefined();
  });

  it('a basis note keeps the split and its confirmation', () => {
    const confirmed = { ...licence, spend: { type: 'revenue' as const, confirmed: true, note: '' } };
    expect(spendWithNote(confirmed, option, 'SaaS subscription')).toEqual({ type: 'revenue', confirmed: true, note: 'SaaS subscription' });
    expect(spendWithNote(licence, option, 'Perpetual licence')).toEqual({ type: 'capital', confirmed: false, note: 'Perpetual licence' });
  });
});
