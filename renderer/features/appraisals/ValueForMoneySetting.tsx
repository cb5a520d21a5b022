import { VALUE_FOR_MONEY_LABEL } from '@shared/engine/incremental';
import { useCommands } from '../../data';
import { CheckboxField } from '../../ui/fields';
import type { AppraisalData } from './use-appraisal';

/** The value-for-money bands beside each BCR: off by default, and labelled for what they are when on (docs/domain.md §4). */
export function ValueForMoneySetting({ data }: { data: AppraisalData }) {
  const commands = useCommands();
  const a = data.bundle.appraisal;
  return (
    <CheckboxField
      label="Show value-for-money bands beside each BCR"
      checked={a.valueForMoneyBands}
      hint={VALUE_FOR_MONEY_LABEL}
      onCommit={(valueForMoneyBands) =>
        commands.appraisals.update(
          a.id,
          (cur) => ({ ...cur, valueForMoneyBands }),
          `${valueForMoneyBands ? 'Showed' : 'Hid'} the value-for-money bands`,
        )
      }
    />
  );
}
