import { useState } from 'react';
import {
  COST_CATEGORY_LABELS,
  FUNDING_SOURCE_LABELS,
  FUNDING_SOURCES,
  SPEND_TYPE_LABELS,
  type CostLine,
  type Option,
} from '@shared/domain';
import { isCashLine, spendOf } from '@shared/engine/spend';
import { CheckboxField, SelectField, TextField, labelledOptions } from '../../../ui/fields';
import { spendWithChoice, spendWithConfirmed, spendWithNote, vatWithChoice, vatWithText, type SpendChoice } from './finance-form';

const FUNDING_OPTIONS = labelledOptions(FUNDING_SOURCES, FUNDING_SOURCE_LABELS);
const VAT_OPTIONS = [
  ['no', 'Not recoverable (the default)'],
  ['yes', 'Recoverable under a contracted-out services heading'],
] as const;
const STAFF_OPTIONS = [
  ['cash', 'Cash: backfill or new posts'],
  ['non-cash', 'Existing staff time (economic cost only)'],
] as const;

/** One cost line's financial-case fields: capital or revenue and who confirmed it, VAT, staff cash, funding. */
export function LineFinanceEditor({
  line,
  option,
  onChange,
}: {
  line: CostLine;
  option: Option;
  onChange: (update: (current: CostLine) => CostLine) => unknown;
}) {
  const [vatPending, setVatPending] = useState(false);
  const split = spendOf(line, option);
  const wantRecoverable = line.vat.recoverable || vatPending;
  const spendOptions: ReadonlyArray<readonly [SpendChoice, string]> = [
    ['default', `As the category and hosting suggest: ${SPEND_TYPE_LABELS[spendOf({ ...line, spend: undefined }, option).type]}`],
    ['capital', SPEND_TYPE_LABELS.capital],
    ['revenue', SPEND_TYPE_LABELS.revenue],
  ];
  const setVat = (update: (cur: CostLine) => { vat: CostLine['vat']; pending: boolean }) => {
    // The pending flag follows the record as shown; the saved VAT follows the record as stored.
    setVatPending(update(line).pending);
    return onChange((cur) => ({ ...cur, vat: update(cur).vat }));
  };

  return (
    <fieldset className="line-finance">
      <legend>
        {line.label} <span className="tag">{COST_CATEGORY_LABELS[line.category]}</span>
        <span className={`tag${split.assumed ? ' assumed' : ''}`}>
          {SPEND_TYPE_LABELS[split.type]}, {split.assumed ? 'assumed' : 'confirmed by finance'}
        </span>
      </legend>
      <div className="form-grid">
        <SelectField
          label="Capital or revenue"
          value={line.spend ? line.spend.type : 'default'}
          options={spendOptions}
          hint={`Basis: ${split.basis}`}
          onCommit={(choice) => choice && onChange((cur) => ({ ...cur, spend: spendWithChoice(cur, choice) }))}
        />
        <TextField
          label="Basis note"
          value={line.spend?.note ?? ''}
          onCommit={(note) => onChange((cur) => ({ ...cur, spend: spendWithNote(cur, option, note) }))}
        />
        <SelectField
          label="VAT"
          value={wantRecoverable ? 'yes' : 'no'}
          options={VAT_OPTIONS}
          hint="HMRC VAT Government and Public Bodies manual: heading 14 excludes off-the-shelf software and its support"
          onCommit={(v) => setVat((cur) => vatWithChoice(cur.vat, v === 'yes'))}
        />
        {line.category === 'staff' && (
          <SelectField
            label="Staff cost"
            value={line.staffCash ? 'cash' : 'non-cash'}
            options={STAFF_OPTIONS}
            onCommit={(v) => onChange((cur) => ({ ...cur, staffCash: v !== 'non-cash' }))}
          />
        )}
        <SelectField
          label="Funding source"
          value={line.fundingSource}
          options={FUNDING_OPTIONS}
          emptyLabel="Not stated"
          onCommit={(fundingSource) => onChange((cur) => ({ ...cur, fundingSource }))}
        />
      </div>
      {wantRecoverable && (
        <div className="form-grid">
          <TextField
            label="Contracted-out services heading"
            required
            value={line.vat.heading}
            onCommit={(heading) => setVat((cur) => vatWithText(cur.vat, { heading }, true))}
          />
          <TextField
            label="Why VAT is recoverable"
            required
            value={line.vat.reason}
            onCommit={(reason) => setVat((cur) => vatWithText(cur.vat, { reason }, true))}
          />
        </div>
      )}
      {wantRecoverable && !line.vat.recoverable && (
        <p className="hint" role="status">
          VAT on this line is treated as not recoverable until the heading and the reason are both given.
        </p>
      )}
      <CheckboxField
        label="Capital/revenue split confirmed by finance"
        checked={line.spend?.confirmed ?? false}
        hint="Until finance confirms it, the split is shown as assumed"
        onCommit={(confirmed) => onChange((cur) => ({ ...cur, spend: spendWithConfirmed(cur, option, confirmed) }))}
      />
      {!isCashLine(line) && <p className="hint">An economic cost only: it does not enter the affordability figures.</p>}
    </fieldset>
  );
}
