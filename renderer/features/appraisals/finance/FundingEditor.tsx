import { financialYearLabel } from '@shared/dates';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, type Appraisal, type FundingRow } from '@shared/domain';
import { useCommands } from '../../../data';
import { NumberField, SelectField, labelledOptions } from '../../../ui/fields';
import type { AppraisalData } from '../use-appraisal';

const SOURCE_OPTIONS = labelledOptions(FUNDING_SOURCES, FUNDING_SOURCE_LABELS);

/** The funding the trust says it has, per financial year and source, for every option's affordability gap. */
export function FundingEditor({ data }: { data: AppraisalData }) {
  const commands = useCommands();
  const a = data.bundle.appraisal;
  const { firstYear, years } = data.result.period;
  const yearOptions = Array.from({ length: years }, (_, t) => [String(firstYear + t), financialYearLabel(firstYear + t)] as const);
  const update = (change: (rows: FundingRow[]) => FundingRow[], what: string) =>
    commands.appraisals.update(a.id, (cur: Appraisal) => ({ ...cur, funding: change(cur.funding) }), what);
  const edit = (i: number, patch: Partial<FundingRow>) =>
    update((rows) => rows.map((r, k) => (k === i ? { ...r, ...patch } : r)), 'Changed the funding available');

  return (
    <section aria-labelledby="funding-heading">
      <h2 id="funding-heading">Funding available</h2>
      <p className="hint">
        What the trust says it has, per financial year and source, in cash; the same for every option. The gap is the net requirement less
        this.
      </p>
      {a.funding.length === 0 && <p>No funding entered: every option’s gap is its whole net requirement.</p>}
      {a.funding.map((row, i) => (
        <fieldset key={i} className="funding-row">
          <legend>
            Funding {i + 1}: {financialYearLabel(row.fy)}
          </legend>
          <div className="form-grid">
            <SelectField
              label="Financial year"
              value={String(row.fy)}
              options={yearOptions}
              onCommit={(fy) => fy && edit(i, { fy: Number(fy) })}
            />
            <SelectField label="Source" value={row.source} options={SOURCE_OPTIONS} onCommit={(source) => source && edit(i, { source })} />
            <NumberField
              money
              label="Amount (£)"
              value={row.amount}
              min={0}
              onCommit={(amount) => amount !== undefined && edit(i, { amount })}
            />
          </div>
          <button
            type="button"
            aria-label={`Delete funding ${i + 1}`}
            onClick={() => void update((rows) => rows.filter((_, k) => k !== i), 'Deleted a funding row')}
          >
            Delete
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => void update((rows) => [...rows, { fy: firstYear, source: 'revenue-budget', amount: 0 }], 'Added funding available')}
      >
        Add funding
      </button>
    </section>
  );
}
