import { describe, expect, it } from 'vitest';
import { contractSchema } from '@shared/domain';
import { fromDraft, toDraft } from './contract-form';

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
