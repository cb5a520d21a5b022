import { OPTION_KIND_LABELS, OPTION_KINDS, type Option } from '@shared/domain';
import { CheckboxField, DateField, NumberField, SelectField, TextField, labelledOptions } from '../../../ui/fields';
import type { OptionEditing } from './use-option-editing';

/** An option's contract terms, and what kind of change it is. */
export function TermsFields({ option, editing }: { option: Option; editing: OptionEditing }) {
  return (
    <fieldset>
      <legend>Terms</legend>
      <div className="form-grid">
        <TextField label="Option name" value={option.name} required onCommit={(name) => editing.save({ name })} />
        <SelectField
          label="Kind"
          value={option.kind}
          options={labelledOptions(OPTION_KINDS, OPTION_KIND_LABELS)}
          onCommit={(kind) => kind && editing.save({ kind })}
        />
        <DateField
          label="Start date"
          value={option.terms.startDate}
          onCommit={(startDate) => startDate && editing.saveTerms({ startDate })}
        />
        <NumberField
          label="Duration (months)"
          value={option.terms.durationMonths}
          integer
          min={1}
          max={600}
          hint="Cost lines that run to the end of the term move with it"
          onCommit={(durationMonths) => durationMonths && editing.saveTerms({ durationMonths })}
        />
        <NumberField
          label="Notice period (days)"
          value={option.terms.noticePeriodDays}
          integer
          min={0}
          onCommit={(noticePeriodDays) => editing.saveTerms({ noticePeriodDays: noticePeriodDays ?? 0 })}
        />
        <NumberField
          label="Price indexation (% a year)"
          value={option.terms.indexationPct}
          min={-100}
          max={100}
          hint="The contract's price indexation; new recurring cost lines start with it"
          onCommit={(indexationPct) => editing.saveTerms({ indexationPct: indexationPct ?? 0 })}
        />
        <NumberField
          label="Extension of current contract (months)"
          value={option.extensionMonths}
          integer
          min={0}
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
