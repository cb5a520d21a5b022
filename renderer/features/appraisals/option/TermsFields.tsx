import { MAX_PERIOD_DAYS, MAX_TERM_MONTHS, OPTION_KIND_LABELS, type Option } from '@shared/domain';
import { CheckboxField, ChoiceField, DateField, NumberField, NumberFields, TextField, type NumberFieldSpec } from '../../../ui/fields';
import type { OptionEditing } from './use-option-editing';

/** The terms held as numbers, in the order the tab shows them. */
const NUMBER_TERMS: readonly NumberFieldSpec<'durationMonths' | 'noticePeriodDays' | 'indexationPct'>[] = [
  {
    key: 'durationMonths',
    label: 'Duration (months)',
    integer: true,
    min: 1,
    max: MAX_TERM_MONTHS,
    hint: 'Cost lines that run to the end of the term move with it',
  },
  { key: 'noticePeriodDays', label: 'Notice period (days)', integer: true, min: 0, max: MAX_PERIOD_DAYS },
  {
    key: 'indexationPct',
    label: 'Price indexation (% a year)',
    min: -100,
    max: 100,
    hint: "The contract's price indexation; new recurring cost lines start with it",
  },
];

/** An option's contract terms, and what kind of change it is. */
export function TermsFields({ option, editing }: { option: Option; editing: OptionEditing }) {
  return (
    <fieldset>
      <legend>Terms</legend>
      <div className="form-grid">
        <TextField label="Option name" value={option.name} required onCommit={(name) => editing.save({ name })} />
        <ChoiceField label="Kind" value={option.kind} labels={OPTION_KIND_LABELS} onCommit={(kind) => editing.save({ kind })} />
        <DateField
          label="Start date"
          value={option.terms.startDate}
          onCommit={(startDate) => startDate && editing.saveTerms({ startDate })}
        />
        <NumberFields fields={NUMBER_TERMS} values={option.terms} onCommit={(key, value) => editing.saveTerms({ [key]: value })} />
        <NumberField
          label="Extension of current contract (months)"
          value={option.extensionMonths}
          integer
          min={0}
          max={MAX_TERM_MONTHS}
          onCommit={(extensionMonths) => editing.save({ extensionMonths: extensionMonths ?? 0 })}
        />
        <TextField
          label="Modules in scope"
          hint="Separate with semicolons"
          value={option.terms.modulesInScope.join('; ')}
          onCommit={(v) =>
            editing.saveTerms({
              modulesInScope: v
                .split(/[;,]/)
                .map((s) => s.trim())
                .filter(Boolean),
            })
          }
        />
      </div>
      <CheckboxField
        label="A new system (needs implementation before go-live)"
        checked={option.newSystem}
        onCommit={(newSystem) => editing.save({ newSystem })}
      />
      <CheckboxField
        label="A bridge extension of the current contract covers any gap"
        checked={option.bridgeAvailable}
        onCommit={(bridgeAvailable) => editing.save({ bridgeAvailable })}
      />
    </fieldset>
  );
}
