import { HOSTING_MODEL_LABELS, HOSTING_MODELS, type Option } from '@shared/domain';
import { DateField, NumberField, SelectField, TextField, labelledOptions } from '../../../ui/fields';
import type { OptionEditing } from './use-option-editing';

/** The hosting plan: from which model to which, when, and what the transfer costs. */
export function HostingFields({ option, editing }: { option: Option; editing: OptionEditing }) {
  return (
    <fieldset>
      <legend>Hosting plan</legend>
      <div className="form-grid">
        {(
          [
            ['currentModel', 'Current hosting'],
            ['targetModel', 'Target hosting'],
          ] as const
        ).map(([key, label]) => (
          <SelectField
            key={key}
            label={label}
            value={option.hosting[key]}
            emptyLabel="Not recorded"
            options={labelledOptions(HOSTING_MODELS, HOSTING_MODEL_LABELS)}
            onCommit={(model) => editing.saveHosting({ [key]: model })}
          />
        ))}
        <TextField label="Hosting provider" value={option.hosting.provider} onCommit={(provider) => editing.saveHosting({ provider })} />
        <DateField
          label="Transfer starts"
          optional
          value={option.hosting.transferStart}
          onCommit={(transferStart) => editing.saveHosting({ transferStart })}
        />
        <DateField label="Hosting go-live" optional value={option.hosting.goLive} onCommit={(goLive) => editing.saveHosting({ goLive })} />
        <NumberField
          label="Dual running (months)"
          integer
          min={0}
          value={option.hosting.dualRunningMonths}
          onCommit={(dualRunningMonths) => editing.saveHosting({ dualRunningMonths: dualRunningMonths ?? 0 })}
        />
        <NumberField
          money
          label="One-off transfer cost (£)"
          min={0}
          value={option.hosting.transferCost}
          hint="For the record; add it as a cost line to count it"
          onCommit={(transferCost) => editing.saveHosting({ transferCost: transferCost ?? 0 })}
        />
      </div>
    </fieldset>
  );
}
