import { financialYearLabel } from '@shared/dates';
import type { YearRow } from '@shared/engine/economics';
import { termEnd } from '@shared/domain/option-terms';
import {
  COST_CATEGORY_LABELS,
  costLineSchema,
  ENTRY_BASIS_LABELS,
  GO_LIVE_LINK_LABELS,
  GO_LIVE_LINKS,
  LINE_UPLIFTS,
  type CostLine,
  type LineUplift,
  type Option,
} from '@shared/domain';
import { useCommands, newId } from '../../data';
import { ChoiceField, DateField, NumberField, SelectField, TextField, labelledOptions } from '../../ui/fields';
import { formatFactor, formatMoney } from '@shared/format';
import { DataTable, tableSpec } from '../../ui/DataTable';
import { nextOrder } from './next-order';
import { PerOption } from './PerOption';
import type { AppraisalData } from './use-appraisal';

const UPLIFT_LABELS: Record<LineUplift, string> = {
  development: 'Development uplift',
  'service-charge': 'Service-charge uplift',
  none: 'No optimism bias',
};
const UPLIFT_OPTIONS = labelledOptions(LINE_UPLIFTS, UPLIFT_LABELS);
const GO_LIVE_OPTIONS = labelledOptions(GO_LIVE_LINKS, GO_LIVE_LINK_LABELS);

const YEARS = tableSpec<YearRow>('data-table', 'fy', (col) => [
  col('Year', (y) => `${y.label} (year ${y.t})`),
  col('Cash', (y) => formatMoney(y.cash), { className: 'numeric' }),
  col('Real', (y) => formatMoney(y.real), { className: 'numeric' }),
  col('Optimism bias (real)', (y) => formatMoney(y.optimismBias), { className: 'numeric' }),
  col('Discount factor', (y) => formatFactor(y.df), { className: 'numeric' }),
  col('Discounted', (y) => formatMoney(y.discounted), { className: 'numeric' }),
  col('Risk allowance', (y) => formatMoney(y.risk), { className: 'numeric' }),
]);

/** Cost lines per option (one-off or recurring with indexation) and what they cost each financial year. */
export function CostsTab({ data }: { data: AppraisalData }) {
  return <PerOption options={data.bundle.options}>{(option) => <OptionCosts option={option} data={data} />}</PerOption>;
}

function OptionCosts({ option, data }: { option: Option; data: AppraisalData }) {
  const commands = useCommands();
  // The order the user gave: a new line goes last and stays there.
  const lines = data.bundle.costLines.filter((l) => l.optionId === option.id).sort((a, b) => a.order - b.order);
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
      order: nextOrder(lines),
    };
    return commands.appraisals.addChild(
      'costLine',
      costLineSchema.parse(
        kind === 'one-off'
          ? { ...base, kind, amount: 0, date: option.terms.startDate }
          : {
              ...base,
              kind,
              amount: 0,
              startDate: option.terms.startDate,
              endDate: termEnd(option.terms),
              indexationPct: option.terms.indexationPct,
            },
      ),
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
            <ChoiceField
              label="Category"
              value={line.category}
              labels={COST_CATEGORY_LABELS}
              onCommit={(category) => patch(line, { category })}
            />
            <NumberField
              money
              label={line.kind === 'one-off' ? 'Amount (£)' : 'Annual amount (£)'}
              value={line.amount}
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
            <ChoiceField label="Prices" value={line.basis} labels={ENTRY_BASIS_LABELS} onCommit={(basis) => patch(line, { basis })} />
            <SelectField
              label="Optimism bias"
              value={line.uplift}
              emptyLabel="By category (the default)"
              options={UPLIFT_OPTIONS}
              onCommit={(uplift) => patch(line, { uplift })}
            />
            {line.kind === 'recurring' && (
              <SelectField
                label="Moves with go-live"
                value={line.goLiveLink}
                emptyLabel={line.category === 'dual-running' ? 'Runs until go-live (dual running)' : 'Fixed dates'}
                options={GO_LIVE_OPTIONS}
                onCommit={(goLiveLink) => patch(line, { goLiveLink })}
              />
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
        <DataTable
          table={YEARS}
          caption={
            <>
              Costs of {option.name} by financial year (£, excluding VAT; real figures in{' '}
              {financialYearLabel(data.result.period.priceBaseYear)} prices)
            </>
          }
          rows={result.costs.byYear}
          foot={
            <tr>
              <th scope="row">Whole-life cost / net present cost</th>
              <td className="numeric">{formatMoney(result.costs.optimismBias.wholeLifeCash)}</td>
              <td className="numeric">{formatMoney(result.costs.optimismBias.wholeLifeReal)}</td>
              <td />
              <td />
              <td className="numeric">{formatMoney(result.costs.npc)}</td>
              <td className="numeric">{formatMoney(result.costs.riskAllowance.real)}</td>
            </tr>
          }
        />
      )}
      {result && (result.costs.sunkCash !== 0 || result.costs.afterPeriodCash !== 0) && (
        <p className="hint">
          Left out because they fall outside the appraisal period: {formatMoney(result.costs.sunkCash)} before the base date (sunk) and{' '}
          {formatMoney(result.costs.afterPeriodCash)} after it.
        </p>
      )}
    </section>
  );
}
