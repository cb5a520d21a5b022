import type { AmountRange, Benefit, CostLine, Option, Risk } from '@shared/domain';
import { formatMoney } from '@shared/format';
import { useCommands } from '../../../data';
import { NumberField } from '../../../ui/fields';
import type { AppraisalData } from '../use-appraisal';
import { NO_DELAY, pointRange, withBound, withDelay } from './range-form';

/**
 * Three-point ranges for one option (docs/domain.md §4, risk analysis): the go-live delay, each
 * cost line and monetised benefit (the line's own amount is the most likely value), and each costed
 * risk's £ impact. Stored where the engine reads them: `option.goLiveDelay`, `line.range`,
 * `benefit.range`, `risk.impactRange`.
 */
export function RangesEditor({ option, data }: { option: Option; data: AppraisalData }) {
  const commands = useCommands();
  const lines = data.bundle.costLines.filter((l) => l.optionId === option.id);
  const benefits = data.bundle.benefits.filter((b) => b.optionId === option.id && b.cashflow);
  const risks = data.bundle.risks.filter((r) => r.optionId === option.id);
  const delay = option.goLiveDelay;
  const setDelay = (goLiveDelay: Option['goLiveDelay']) =>
    commands.appraisals.updateChild('option', option, (o) => ({ ...o, goLiveDelay }));

  return (
    <section aria-label={`Ranges for ${option.name}`}>
      <fieldset className="range-line">
        <legend>Go-live delay (months)</legend>
        <p className="hint">
          Moves dual running and bridges that run until go-live, and benefits that start at it. Entering one value moves the others if
          needed, so low ≤ most likely ≤ high.
        </p>
        {delay ? (
          <div className="form-grid">
            {(['low', 'mostLikely', 'high'] as const).map((point) => (
              <NumberField
                key={point}
                label={point === 'low' ? 'Low (months)' : point === 'high' ? 'High (months)' : 'Most likely (months)'}
                value={delay[point]}
                min={0}
                max={120}
                onCommit={(v) =>
                  v !== undefined &&
                  commands.appraisals.updateChild('option', option, (o) => ({
                    ...o,
                    goLiveDelay: withDelay(o.goLiveDelay ?? NO_DELAY, point, v),
                  }))
                }
              />
            ))}
            <button type="button" onClick={() => void setDelay(undefined)}>
              Remove the delay range
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => void setDelay(NO_DELAY)}>
            Add a go-live delay range
          </button>
        )}
      </fieldset>

      <h3>Cost lines</h3>
      {lines.length === 0 && <p>No cost lines for this option.</p>}
      {lines.map((line) => (
        <AmountRangeEditor
          key={line.id}
          label={line.label}
          mostLikely={line.amount}
          perYear={line.kind === 'recurring'}
          range={line.range}
          note={
            line.range && line.uplift === undefined
              ? 'No optimism bias uplift on this line: its uncertainty is modelled by simulation.'
              : undefined
          }
          onChange={(range) =>
            commands.appraisals.updateChild('costLine', line, (cur): CostLine => ({ ...cur, range: range(cur.range, cur.amount) }))
          }
        />
      ))}

      <h3>Benefits</h3>
      {benefits.length === 0 && <p>No monetised benefits for this option.</p>}
      {benefits.map((b) => (
        <AmountRangeEditor
          key={b.id}
          label={b.label}
          mostLikely={b.cashflow!.amount}
          perYear={b.cashflow!.kind === 'recurring'}
          range={b.range}
          onChange={(range) =>
            commands.appraisals.updateChild('benefit', b, (cur): Benefit => ({
              ...cur,
              range: range(cur.range, cur.cashflow?.amount ?? 0),
            }))
          }
        />
      ))}

      <h3>Costed risks</h3>
      {risks.length === 0 && <p>No risks recorded for this option.</p>}
      {risks.map((r) =>
        r.impact === undefined || r.probability === undefined ? (
          <p key={r.id} className="hint">
            {r.title}: no £ impact and probability yet — enter them on the Risks tab for the risk to take part.
          </p>
        ) : (
          <AmountRangeEditor
            key={r.id}
            label={`${r.title} (probability ${Math.round(r.probability * 100)}%)`}
            mostLikely={r.impact}
            perYear={false}
            range={r.impactRange}
            onChange={(range) =>
              commands.appraisals.updateChild('risk', r, (cur): Risk => ({ ...cur, impactRange: range(cur.impactRange, cur.impact ?? 0) }))
            }
          />
        ),
      )}
    </section>
  );
}

/** Given the stored range and most likely amount, the range to store (undefined removes it). */
type RangeUpdate = (current: AmountRange | undefined, mostLikely: number) => AmountRange | undefined;

function AmountRangeEditor({
  label,
  mostLikely,
  perYear,
  range,
  note,
  onChange,
}: {
  label: string;
  mostLikely: number;
  perYear: boolean;
  range: AmountRange | undefined;
  note?: string;
  onChange: (update: RangeUpdate) => unknown;
}) {
  const outside = range && (range.low > mostLikely || range.high < mostLikely);
  return (
    <fieldset className="range-line">
      <legend>
        {label}{' '}
        <span className="tag">
          most likely {formatMoney(mostLikely)}
          {perYear ? ' a year' : ''}
        </span>
      </legend>
      {range ? (
        <div className="form-grid">
          {(['low', 'high'] as const).map((bound) => (
            <NumberField
              key={bound}
              money
              label={bound === 'low' ? 'Low (£)' : 'High (£)'}
              value={range[bound]}
              // The low end is at most the most likely figure, the high end at least it.
              {...(bound === 'low' ? { max: mostLikely } : { min: mostLikely })}
              onCommit={(v) => v !== undefined && onChange((cur, ml) => withBound(cur ?? pointRange(ml), bound, v))}
            />
          ))}
          <button type="button" aria-label={`Remove the range of ${label}`} onClick={() => void onChange(() => undefined)}>
            Remove range
          </button>
        </div>
      ) : (
        <button type="button" aria-label={`Add a range to ${label}`} onClick={() => void onChange((_, ml) => pointRange(ml))}>
          Add a range
        </button>
      )}
      {outside && (
        <p className="error" role="alert">
          The most likely amount ({formatMoney(mostLikely)}) is outside this range: widen it before running the analysis.
        </p>
      )}
      {note && <p className="hint">{note}</p>}
    </fieldset>
  );
}
