import { OPTIMISM_BIAS_RANGES, OPTIMISM_BIAS_SOURCE, type Option, type OptimismBias } from '@shared/domain';
import type { OptionResult } from '@shared/engine/appraise';
import { formatMoney, formatMonths, formatPct } from '@shared/format';
import { NumberField, TextField } from '../../../ui/fields';
import type { OptionEditing } from './use-option-editing';

const KEYS = Object.keys(OPTIMISM_BIAS_RANGES) as (keyof OptimismBias)[];

/**
 * The three optimism bias uplifts, each with its reference range and source beside the box
 * (docs/domain.md, optimism bias). Each starts at the upper bound; a reduction names its mitigation.
 */
export function OptimismBiasFields({
  option,
  result,
  editing,
}: {
  option: Option;
  result: OptionResult | undefined;
  editing: OptionEditing;
}) {
  const set = (key: keyof OptimismBias, patch: Partial<OptimismBias[typeof key]>) =>
    editing.update((o) => ({ ...o, optimismBias: { ...o.optimismBias, [key]: { ...o.optimismBias[key], ...patch } } }));
  return (
    <fieldset>
      <legend>Optimism bias</legend>
      <p className="hint">
        Source: {OPTIMISM_BIAS_SOURCE}. Each uplift starts at the upper bound of its range; reduce it only against a named mitigation.
      </p>
      {KEYS.map((key) => {
        const range = OPTIMISM_BIAS_RANGES[key];
        const uplift = option.optimismBias[key];
        const figures = result?.costs.uplifts[key];
        const reduced = uplift.pct < range.upper;
        const effect =
          key === 'duration'
            ? result && result.costs.uplifts.duration.months > 0
              ? `Moves go-live ${formatMonths(result.costs.uplifts.duration.months)} later.`
              : undefined
            : figures
              ? `Adds ${formatMoney(figures.npc)} to net present cost.`
              : undefined;
        return (
          <div className="form-grid" key={key}>
            <NumberField
              label={`${range.label} uplift (%)`}
              min={0}
              max={500}
              value={uplift.pct}
              hint={`On ${range.appliesTo}. ${range.range}: ${formatPct(range.lower)} to ${formatPct(range.upper)}.${effect ? ` ${effect}` : ''}`}
              onCommit={(pct) => pct !== undefined && set(key, { pct })}
            />
            <TextField
              label={`${range.label} mitigation`}
              value={uplift.mitigation}
              required={reduced}
              hint={reduced ? 'Below the upper bound: name the mitigation that justifies it' : 'Needed only if you reduce the uplift'}
              onCommit={(mitigation) => set(key, { mitigation })}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
