/**
 * The appraisal workspace's autosaving fields. These assert what was saved once the user leaves the
 * field or presses Enter, and that an invalid value is explained and never saved; not how many saves
 * happened, so they hold whether a field also saves as the user types.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { REGIME_LABELS, type Regime } from '@shared/domain';
import { CheckboxField, ChoiceField, DateField, NumberField, NumberFields, SelectField, TextField } from '../../renderer/ui/fields';

/** Every value a field committed (saved or refused), in order. */
const saved: { value: unknown[] } = { value: [] };
const lastSaved = () => saved.value.at(-1);

/**
 * Stands in for the database: what was saved comes back as the field's value, as in the app. Each
 * commit is recorded in `saved` first, so a test sees what the field tried to save, even when it fails.
 */
function useStore<T>(initial: T, fail?: () => Error) {
  const [value, setValue] = useState(initial);
  const onCommit = async (next: T) => {
    saved.value.push(next);
    if (fail) throw fail();
    setValue(next);
  };
  return { value, onCommit };
}

function Text({ initial = 'EPR replacement', required = false, fail }: { initial?: string; required?: boolean; fail?: () => Error }) {
  const store = useStore(initial, fail);
  return <TextField label="Title" value={store.value} required={required} onCommit={store.onCommit} />;
}

function Money(props: {
  initial?: number;
  min?: number;
  max?: number;
  integer?: boolean;
  scale?: number;
  label?: string;
  money?: boolean;
}) {
  const { initial, label = 'Annual amount', ...rest } = props;
  const store = useStore<number | undefined>(initial);
  return <NumberField label={label} value={store.value} {...rest} onCommit={store.onCommit} />;
}

function setup(ui: React.ReactElement) {
  saved.value = [];
  const user = userEvent.setup();
  render(
    <>
      {ui}
      <button type="button">Elsewhere</button>
    </>,
  );
  return user;
}

describe('TextField', () => {
  it('saves what was typed when the user leaves the field', async () => {
    const user = setup(<Text />);
    const box = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(box);
    await user.type(box, 'PACS re-procurement');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await waitFor(() => expect(lastSaved()).toBe('PACS re-procurement'));
    expect(box).toHaveValue('PACS re-procurement');
  });

  it('saves on Enter without leaving the field', async () => {
    const user = setup(<Text />);
    const box = screen.getByRole('textbox', { name: 'Title' });
    await user.type(box, ' 2027{Enter}');
    await waitFor(() => expect(lastSaved()).toBe('EPR replacement 2027'));
    expect(box).toHaveFocus();
  });

  it('explains a required field left empty, marks it invalid, and never saves the empty value', async () => {
    const user = setup(<Text required />);
    const box = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(box);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Title is required');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Title is required');
    expect(saved.value).not.toContain('');
    // Typing a title again clears the message and saves.
    await user.type(box, 'New title{Enter}');
    await waitFor(() => expect(lastSaved()).toBe('New title'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when a save failed, rather than looking saved', async () => {
    const user = setup(<Text fail={() => new Error('The disk is full')} />);
    const box = screen.getByRole('textbox', { name: 'Title' });
    await user.type(box, '!{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Not saved: .*disk is full/);
  });
});

describe('NumberField', () => {
  it('reads pounds with a £ sign and thousands separators, and saves the number on leaving', async () => {
    const user = setup(<Money initial={1000} />);
    const box = screen.getByRole('textbox', { name: 'Annual amount' });
    expect(box).toHaveValue('1000');
    await user.clear(box);
    await user.type(box, '£1,250,000');
    await user.tab();
    await waitFor(() => expect(lastSaved()).toBe(1_250_000));
  });

  it('explains text that is not a number and never saves it', async () => {
    const user = setup(<Money initial={1000} />);
    const box = screen.getByRole('textbox', { name: 'Annual amount' });
    await user.clear(box);
    await user.type(box, 'twelve{Enter}');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent("'twelve' is not a number");
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(saved.value.every((v) => v === undefined || Number.isFinite(v))).toBe(true);
    expect(saved.value).not.toContain(undefined);
  });

  it('holds the limits it is given: at least, at most, whole numbers', async () => {
    const user = setup(<Money label="Duration (months)" initial={60} min={1} max={600} integer />);
    const box = screen.getByRole('textbox', { name: 'Duration (months)' });
    for (const [typed, message] of [
      ['0', 'Duration (months) must be at least 1'],
      ['601', 'Duration (months) must be at most 600'],
      ['12.5', 'Duration (months) must be a whole number'],
    ]) {
      await user.clear(box);
      await user.type(box, `${typed}{Enter}`);
      expect(screen.getByRole('alert')).toHaveTextContent(message);
    }
    await user.tab();
    expect(saved.value.every((v) => v === 60 || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 600))).toBe(true);
    await user.clear(box);
    await user.type(box, '84{Enter}');
    await waitFor(() => expect(lastSaved()).toBe(84));
  });

  it('reads a sum of money as the importer and the contract editor do: £1.2m, £450k, (1,234) for a negative', async () => {
    const user = setup(<Money label="Amount (£)" initial={1000} money />);
    const box = screen.getByRole('textbox', { name: 'Amount (£)' });
    for (const [typed, pounds] of [
      ['£1.2m', 1_200_000],
      ['£450k', 450_000],
      ['(1,234)', -1234],
      ['£1,234.56', 1234.56],
    ] as const) {
      await user.clear(box);
      await user.type(box, `${typed}{Enter}`);
      await waitFor(() => expect(lastSaved()).toBe(pounds));
      expect(screen.queryByRole('alert')).toBeNull();
    }
  });

  it('says in words why a sum of money cannot be read, and never saves it', async () => {
    const user = setup(<Money label="Amount (£)" initial={1000} money min={0} />);
    const box = screen.getByRole('textbox', { name: 'Amount (£)' });
    await user.clear(box);
    await user.type(box, '£1.2x{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent("'£1.2x' is not an amount of money: use a number such as 1234.56 or £1.2m");
    await user.clear(box);
    await user.type(box, '(500){Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Amount (£) must be at least £0');
    await user.tab();
    expect(saved.value).toEqual([]);
  });

  it('shows and takes a percentage while saving the fraction', async () => {
    const user = setup(<Money label="Discount rate (%)" initial={0.035} scale={100} />);
    const box = screen.getByRole('textbox', { name: 'Discount rate (%)' });
    expect(box).toHaveValue('3.5');
    await user.clear(box);
    await user.type(box, '1.5');
    await user.tab();
    await waitFor(() => expect(lastSaved()).toBeCloseTo(0.015, 12));
    expect(box).toHaveValue('1.5');
  });
});

describe('SelectField', () => {
  it('saves the chosen option at once, and shows its label', async () => {
    function Route() {
      const store = useStore<'open' | 'direct-award' | undefined>('open');
      return (
        <SelectField
          label="Route"
          value={store.value}
          options={[
            ['open', 'Open procedure'],
            ['direct-award', 'Direct award'],
          ]}
          onCommit={store.onCommit}
        />
      );
    }
    const user = setup(<Route />);
    const select = screen.getByRole('combobox', { name: 'Route' });
    await user.selectOptions(select, 'Direct award');
    await waitFor(() => expect(lastSaved()).toBe('direct-award'));
    expect(screen.getByRole('option', { name: 'Direct award', selected: true })).toBeInTheDocument();
  });
});

describe('ChoiceField', () => {
  it("offers a vocabulary's codes in its table's order, by label, with no blank, and saves the code chosen", async () => {
    function Regimes() {
      const store = useStore<Regime>('PA2023');
      return <ChoiceField label="Regime" value={store.value} labels={REGIME_LABELS} onCommit={store.onCommit} />;
    }
    const user = setup(<Regimes />);
    const select = screen.getByRole('combobox', { name: 'Regime' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Public Contracts Regulations 2015',
      'Procurement Act 2023',
      'Provider Selection Regime',
    ]);
    await user.selectOptions(select, 'Provider Selection Regime');
    await waitFor(() => expect(lastSaved()).toBe('PSR'));
  });
});

describe('NumberFields', () => {
  type Term = 'durationMonths' | 'noticePeriodDays';
  function Terms() {
    const [terms, setTerms] = useState<Record<Term, number>>({ durationMonths: 60, noticePeriodDays: 90 });
    return (
      <NumberFields
        fields={[
          { key: 'durationMonths', label: 'Duration (months)', integer: true, min: 1 },
          { key: 'noticePeriodDays', label: 'Notice period (days)', integer: true, min: 0 },
        ]}
        values={terms}
        onCommit={(key, value) => {
          saved.value.push([key, value]);
          setTerms((t) => ({ ...t, [key]: value }));
        }}
      />
    );
  }

  it('shows each row of its table as a field of the record, and saves a number to its own key', async () => {
    const user = setup(<Terms />);
    expect(screen.getByRole('textbox', { name: 'Duration (months)' })).toHaveValue('60');
    const notice = screen.getByRole('textbox', { name: 'Notice period (days)' });
    expect(notice).toHaveValue('90');
    await user.clear(notice);
    await user.type(notice, '120{Enter}');
    await waitFor(() => expect(lastSaved()).toEqual(['noticePeriodDays', 120]));
  });

  it('never saves a field left blank: it says the value is required', async () => {
    const user = setup(<Terms />);
    const duration = screen.getByRole('textbox', { name: 'Duration (months)' });
    await user.clear(duration);
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Duration (months) is required');
    expect(saved.value).toEqual([]);
  });
});

describe('DateField and CheckboxField', () => {
  function Dates({ optional = false }: { optional?: boolean }) {
    const store = useStore<string | undefined>('2027-03-31');
    return <DateField label="End date" value={store.value} optional={optional} onCommit={store.onCommit} />;
  }

  it('saves a complete date as soon as it is picked', async () => {
    setup(<Dates />);
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2028-09-30' } });
    await waitFor(() => expect(lastSaved()).toBe('2028-09-30'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a required date left empty and never saves it', async () => {
    setup(<Dates />);
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '' } });
    expect(screen.getByRole('alert')).toHaveTextContent('End date is required');
    expect(saved.value).toEqual([]);
  });

  it('clears an optional date to nothing', async () => {
    setup(<Dates optional />);
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '' } });
    await waitFor(() => expect(saved.value).toEqual([undefined]));
  });

  it('saves a checkbox as it is ticked and unticked', async () => {
    function Tick() {
      const store = useStore(false);
      return <CheckboxField label="Auto-renews" checked={store.value} onCommit={store.onCommit} />;
    }
    const user = setup(<Tick />);
    const box = screen.getByRole('checkbox', { name: 'Auto-renews' });
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    expect(lastSaved()).toBe(true);
    await user.click(box);
    await waitFor(() => expect(box).not.toBeChecked());
    expect(lastSaved()).toBe(false);
  });
});
