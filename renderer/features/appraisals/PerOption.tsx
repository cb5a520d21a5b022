import { useState, type ReactNode } from 'react';
import type { Option } from '@shared/domain';
import { PickerSelect } from '../../ui/fields';

/** A tab that works on one option at a time: a picker, then the chosen option's content. */
export function PerOption({ options, children }: { options: readonly Option[]; children: (option: Option) => ReactNode }) {
  const [selected, setSelected] = useState(options[0]?.id ?? '');
  const option = options.find((o) => o.id === selected) ?? options[0];
  if (!option) return <p>Add an option first.</p>;
  return (
    <div>
      <PickerSelect label="Option" value={option.id} onChange={setSelected} options={options.map((o) => [o.id, o.name] as const)} />
      {children(option)}
    </div>
  );
}
