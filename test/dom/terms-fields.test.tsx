/**
 * An option's Terms: a number the stored record cannot hold is explained as the user types and never
 * sent to be saved (before, a notice period over ten years, or an extension over 50 years, went to
 * the database, which refused it, and the user saw only "Not saved").
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MAX_PERIOD_DAYS, MAX_TERM_MONTHS, optionSchema } from '@shared/domain';
import { TermsFields } from '../../renderer/features/appraisals/option/TermsFields';
import type { OptionEditing } from '../../renderer/features/appraisals/option/use-option-editing';
import { anOption } from '../support/builders';

function renderTerms() {
  const editing = { update: vi.fn(), save: vi.fn(), saveTerms: vi.fn(), saveHosting: vi.fn() };
  render(<TermsFields option={anOption('appraisal-1')} editing={editing as unknown as OptionEditing} />);
  return editing;
}

async function typeInto(label: string, text: string) {
  const field = screen.getByRole('textbox', { name: label });
  await userEvent.clear(field);
  await userEvent.type(field, `${text}{Enter}`);
  field.blur();
}

describe('an option’s terms, at the limits of what is stored', () => {
  it('refuses a notice period the record cannot hold, with words, and saves the longest it can', async () => {
    const editing = renderTerms();
    expect(optionSchema.shape.terms.shape.noticePeriodDays.safeParse(MAX_PERIOD_DAYS + 1).success).toBe(false);

    await typeInto('Notice period (days)', String(MAX_PERIOD_DAYS + 1));
    expect(await screen.findByText(`Notice period (days) must be at most ${MAX_PERIOD_DAYS}`)).toBeTruthy();
    expect(editing.saveTerms).not.toHaveBeenCalled();

    await typeInto('Notice period (days)', String(MAX_PERIOD_DAYS));
    expect(editing.saveTerms).toHaveBeenLastCalledWith({ noticePeriodDays: MAX_PERIOD_DAYS });
  });

  it('refuses an extension of the current contract the record cannot hold', async () => {
    const editing = renderTerms();
    expect(optionSchema.shape.extensionMonths.safeParse(MAX_TERM_MONTHS + 1).success).toBe(false);

    await typeInto('Extension of current contract (months)', String(MAX_TERM_MONTHS + 1));
    expect(await screen.findByText(`Extension of current contract (months) must be at most ${MAX_TERM_MONTHS}`)).toBeTruthy();
    expect(editing.save).not.toHaveBeenCalled();
  });
});
