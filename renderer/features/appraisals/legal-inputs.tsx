import type { Judgement } from '@shared/domain';
import { SelectField } from '../../ui/fields';

const JUDGEMENTS: ReadonlyArray<readonly [Judgement, string]> = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unknown', 'Not known yet'],
];

/** A recorded judgement: the app never assumes one, so "not recorded" stays distinct from "no". */
export function JudgementField(props: {
  label: string;
  value: Judgement | undefined;
  onCommit: (value: Judgement | undefined) => unknown;
  hint?: string;
}) {
  return <SelectField {...props} options={JUDGEMENTS} emptyLabel="Not recorded" />;
}
