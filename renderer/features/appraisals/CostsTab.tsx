import { addDaysIso, addMonthsIso } from '@shared/dates';
import { COST_CATEGORIES, COST_CATEGORY_LABELS, type CostLine, type Option } from '@shared/domain';
import { useCommands, newId } from '../../data';
import { DateField, NumberField, SelectField, TextField } from '../../ui/fields';
import { formatFactor, formatMoney } from '@shared/format';
import { PerOption } from './PerOption';
import type { AppraisalData } from './use-appraisal';

const CATEGORY_OPTIONS = COST_CATEGORIES.map((c) => [c, COST_CATEGORY_LABELS[c]] as const);

/** Cost lines per option (one-off or recurring with indexation) and what they cost each financial year. */
export function CostsTab({ data }: { data: AppraisalData }) {
  return <PerOption options={data.bundle.options}>{(option) => <OptionCosts option={option} data={data} />}</PerOption>;
}

function OptionCosts({ option, data }: { option: Option; data: AppraisalData }) {
  const commands = useCommands();
  const lines = data.bundle.costLines.filter((l) => l.optionId === option.id);
  const result = data.result.options.find((r) => r.option.id === option.id);
  const patch = (line: CostLine, change: Partial<CostLine>) =>
    commands.appraisals.updateChild('costLine', line, (l) => ({ ...l, ...change }) as CostLine);

  const add = (kind: CostLine['kind']) => {
    const base = {
      id: newId(),
      optionId: option.id,
      appraisalId: option.appraisalId,
      label: kind === 'one-off' ? 'One-off cost' : 'Annual cost',
      category: 'other' as const,
    };
    return commands.appraisals.addChild(
      'costLine',
      kind === 'one-off'
        ? { ...base, kind, amount: 0, date: option.terms.startDate }
        : {
            ...base,
            kind,
            amount: 0,
            startDate: option.terms.startDate,
            endDate: termEnd(option),
            indexationPct: option.terms.indexationPct,
          },
    );
  };

  return (
    <section aria-label={`Costs of ${option.name}`}>
      {lines.length === 0 && <p>No cost lines yet.</p>}
      {lines.map((line) => (
        <fieldset key={line.id} className="cost-line">
          <legend>{line.label}</legend>
          <div className="form-grid">
            <TextField label="Label" required value={line.label} onCommit={(label) => patch(line, { label })} />
            <SelectField
              label="Category"
              value={line.category}
              options={CATEGORY_OPTIONS}
              onCommit={(category) => category && patch(line, { category })}
            />
            <NumberField
              label={line.kind === 'one-off' ? 'Amount (£)' : 'Annual amount (£)'}
              value={line.amount}
              hint={line.category === 'benefit' ? 'Enter savings as a negative amount' : undefined}
              onCommit={(amount) => amount !== undefined && patch(line, { amount })}
            />
            {line.kind === 'one-off' ? (
              <DateField label="Date" value={line.date} onCommit={(date) => date && patch(line, { date })} />
            ) : (
              <>
                <DateField label="From" value={line.startDate} onCommit={(startDate) => startDate && patch(line, { startDate })} />
                <DateField label="To (inclusive)" value={line.endDate} onCommit={(endDate) => endDate && patch(line, { endDate })} />
                <NumberField
                  label="Indexation (% a year)"
                  value={line.indexationPct}
                  min={-100}
                  max={100}
                  onCommit={(indexationPct) => patch(line, { indexationPct: indexationPct ?? 0 })}
                />
              </>
            )}
          </div>
          <button
            type="button"
            onClick={() => void commands.appraisals.deleteChild('costLine', line)}
            aria-label={`Delete cost line ${line.label}`}
          >
            Delete line
          </button>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" onClick={() => void add('recurring')}>
          Add recurring cost
        </button>
        <button type="button" onClick={() => void add('one-off')}>
          Add one-off cost
        </button>
      </div>

      {result && (
        <table className="data-table">
          <caption>Costs of {option.name} by financial year (£, excluding VAT)</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Cost</th>
              <th scope="col">Discount factor</th>
              <th scope="col">Discounted</th>
              <th scope="col">Risk allowance</th>
            </tr>
          </thead>
          <tbody>
            {result.costs.byYear.map((y) => (
              <tr key={y.fy}>
                <th scope="row">
                  {y.label} (year {y.t})
                </th>
                <td className="numeric">{formatMoney(y.cost)}</td>
                <td className="numeric">{formatFactor(y.df)}</td>
                <td className="numeric">{formatMoney(y.discounted)}</td>
                <td className="numeric">{formatMoney(y.risk)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Whole-life cost / NPC</th>
              <td className="numeric">{formatMoney(result.costs.wholeLifeCost)}</td>
              <td />
              <td className="numeric">{formatMoney(result.costs.npc)}</td>
              <td className="numeric">{formatMoney(result.costs.riskAllowance.wholeLife)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {result && (result.costs.outsidePeriod.before !== 0 || result.costs.outsidePeriod.after !== 0) && (
        <p className="hint">
          Left out because they fall outside the appraisal period: {formatMoney(result.costs.outsidePeriod.before)} before and{' '}
          {formatMoney(result.costs.outsidePeriod.after)} after it.
        </p>
      )}
    </section>
  );
}

/** The last day of the option's term. */
function termEnd(option: Option): string {
  return addDaysIso(addMonthsIso(option.terms.startDate, option.terms.durationMonths), -1);
}
