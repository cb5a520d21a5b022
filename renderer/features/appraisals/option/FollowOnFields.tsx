import { dayAfterTerm } from '@shared/domain/option-terms';
import type { FollowOn, Option } from '@shared/domain';
import type { OptionResult } from '@shared/engine/appraise';
import { formatDate, formatMonths } from '@shared/format';
import { followOnText } from '@shared/presentation/comparison';
import { DateField, SelectField, TextField } from '../../../ui/fields';
import type { OptionEditing } from './use-option-editing';

type Choice = 'none' | FollowOn['kind'];
const CHOICES: ReadonlyArray<readonly [Choice, string]> = [
  ['none', 'Not decided yet'],
  ['option', 'Another option takes over'],
  ['lines', 'This option’s own cost lines continue'],
  ['service-ends', 'The service ends'],
];

/**
 * What follows an option's own term, so every option delivers the service for the whole appraisal
 * period (docs/domain.md, like for like): a bridge is followed by a re-procurement, for example.
 */
export function FollowOnFields({
  option,
  options,
  result,
  editing,
}: {
  option: Option;
  options: readonly Option[];
  result: OptionResult | undefined;
  editing: OptionEditing;
}) {
  const followOn = option.followOn;
  const choice: Choice = followOn?.kind ?? 'none';
  const others = options.filter((o) => o.id !== option.id && o.kind !== 'business-as-usual');
  const coverage = result?.coverage;
  const setFollowOn = (next: FollowOn | undefined) => editing.update((o) => ({ ...o, followOn: next }));

  const choose = (next: Choice | undefined) => {
    if (!next || next === 'none') return setFollowOn(undefined);
    if (next === 'option') {
      const target = others[0];
      return target ? setFollowOn({ kind: 'option', optionId: target.id, from: dayAfterTerm(option.terms) }) : undefined;
    }
    if (next === 'lines') return setFollowOn({ kind: 'lines', description: '' });
    return setFollowOn({ kind: 'service-ends', reason: 'Reason to be written' });
  };

  return (
    <fieldset>
      <legend>After this option’s term</legend>
      {coverage && (
        <p className={coverage.complete ? 'hint' : 'flag flag-warning'} role="status">
          {coverage.complete
            ? `Covers the whole appraisal period. ${followOnText(coverage.followOn.kind === 'none' ? { kind: 'covers-period' } : coverage.followOn)}.`
            : `Incomplete: ${formatMonths(coverage.gapMonths)} of the appraisal period are not covered${
                coverage.gaps[0] ? ` (from ${formatDate(coverage.gaps[0].from)})` : ''
              }, so this option cannot be compared like for like or marked best. ${followOnText(coverage.followOn)}.`}
          {coverage.problem ? ` ${coverage.problem}` : ''}
        </p>
      )}
      <div className="form-grid">
        <SelectField label="What follows the term" value={choice} options={CHOICES} onCommit={choose} />
        {followOn?.kind === 'option' && (
          <>
            <SelectField
              label="Option that takes over"
              value={followOn.optionId}
              options={others.map((o) => [o.id, o.name] as const)}
              onCommit={(optionId) => optionId && setFollowOn({ ...followOn, optionId })}
            />
            <DateField label="Takes over from" value={followOn.from} onCommit={(from) => from && setFollowOn({ ...followOn, from })} />
          </>
        )}
        {followOn?.kind === 'lines' && (
          <TextField
            label="What the continuing lines are"
            value={followOn.description}
            hint="Add the lines on the Costs tab, dated beyond the term"
            onCommit={(description) => setFollowOn({ kind: 'lines', description })}
          />
        )}
        {followOn?.kind === 'service-ends' && (
          <TextField
            label="Why the service ends"
            multiline
            required
            value={followOn.reason}
            onCommit={(reason) => reason.trim() && setFollowOn({ kind: 'service-ends', reason })}
          />
        )}
      </div>
    </fieldset>
  );
}
