import { describe, expect, it } from 'vitest';
import { contractSchema } from '@shared/domain';
import { applyEdits, fromDraft, toDraft } from './contract-form';

const base = contractSchema.parse({
  reference: 'OWN-1',
  title: 'Pathology system',
  category: 'LIMS',
  supplier: 'Acme Ltd',
  contractingModel: 'direct',
  currentEndDate: '2028-03-31',
});

describe('the contract editor reads money as the importer does', () => {
  it.each([
    ['£1,250,000', 1_250_000],
    ['£1.2m', 1_200_000],
    ['450k', 450_000],
    ['1234.565', 1234.57],
  ])('%s is £%d', (typed, pounds) => {
    const result = fromDraft({ ...toDraft(base), annualValue: typed }, base);
    expect(result.ok && result.contract.annualValue).toBe(pounds);
  });

  it('refuses text that is not money with the importer’s words, and saves nothing', () => {
    const result = fromDraft({ ...toDraft(base), annualValue: 'about a million' }, base);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.annualValue).toBe(
      "'about a million' is not an amount of money: use a number such as 1234.56 or £1.2m",
    );
  });
});

describe('the panel saves each edited field that is valid', () => {
  const taken = (ref: string) => ref === 'OWN-2';

  it('saves the valid edits and leaves out an invalid one, naming it', () => {
    const result = applyEdits(base, { notes: 'Renewal agreed', noticePeriodDays: 'ninety', annualValue: '£1.2m' }, taken);
    expect(result.applied.sort()).toEqual(['annualValue', 'notes']);
    expect(result.contract).toMatchObject({ notes: 'Renewal agreed', annualValue: 1_200_000 });
    expect(result.contract?.noticePeriodDays).toBe(base.noticePeriodDays);
    expect(result.errors).toEqual({ noticePeriodDays: "'ninety' is not a whole number" });
  });

  it('saves nothing while a rule across fields fails on a field the user did not edit', () => {
    const result = applyEdits(base, { startDate: '2029-01-01', notes: 'Moved' }, taken);
    expect(result.contract).toBeUndefined();
    expect(result.errors).toEqual({ currentEndDate: 'is before the start date' });
  });

  it('leaves out an edited field the rule blames, and saves the rest', () => {
    const result = applyEdits(base, { maximumEndDate: '2027-01-01', notes: 'Moved' }, taken);
    expect(result.applied).toEqual(['notes']);
    expect(result.errors).toEqual({ maximumEndDate: 'is before the current end date' });
  });

  it('refuses a reference another contract has, and a blank required field', () => {
    const result = applyEdits(base, { reference: 'OWN-2', title: '  ' }, taken);
    expect(result.contract).toBeUndefined();
    expect(result.errors.reference).toBe("'OWN-2' is already used by another contract");
    expect(result.errors.title).toBeTruthy();
    expect(result.errors.title).toBe('is required');
  });

  it('words a value out of range as a user reads it, not as the schema states it', () => {
    const result = applyEdits(base, { noticePeriodDays: '5000' }, taken);
    expect(result.errors).toEqual({ noticePeriodDays: 'is outside the allowed range' });
  });
});
