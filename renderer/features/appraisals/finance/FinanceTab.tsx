import type { Option } from '@shared/domain';
import { reconciliationTable } from '@shared/presentation/finance';
import { formatMoney } from '@shared/format';
import { useCommands } from '../../../data';
import { AffordabilityChart } from '../../../ui/charts/AffordabilityChart';
import { ChartTable } from '../../../ui/charts/ChartTable';
import { PerOption } from '../PerOption';
import type { AppraisalData } from '../use-appraisal';
import { ApprovalRoute } from './ApprovalRoute';
import { FundingEditor } from './FundingEditor';
import { LineFinanceEditor } from './LineFinanceEditor';
import '../economic.css';

/**
 * The financial case per option (docs/domain.md §4): affordability per financial year in cash
 * with its chart, the reconciliation from the economic case's NPC, the approval route, and each cost
 * line's capital/revenue split, VAT and funding; then the funding the trust says it has.
 */
export function FinanceTab({ data }: { data: AppraisalData }) {
  return (
    <div className="economic">
      <PerOption options={data.bundle.options}>{(option) => <OptionFinance key={option.id} option={option} data={data} />}</PerOption>
      <FundingEditor data={data} />
    </div>
  );
}

function OptionFinance({ option, data }: { option: Option; data: AppraisalData }) {
  const commands = useCommands();
  const r = data.result.options.find((o) => o.option.id === option.id);
  const lines = data.bundle.costLines.filter((l) => l.optionId === option.id);
  if (!r) return null;
  const aff = r.affordability;
  const gapYears = aff.years.filter((y) => y.gap > 0.5);
  return (
    <section aria-label={`Financial case of ${option.name}`}>
      <div className="summary-box">
        <p>
          <strong>Net requirement {formatMoney(aff.totals.net)}</strong> in cash over the appraisal period ({formatMoney(aff.totals.total)}{' '}
          before {formatMoney(aff.totals.cashReleasingBenefits)} of realised cash-releasing benefits), of which capital{' '}
          {formatMoney(aff.totals.capital)}, revenue {formatMoney(aff.totals.revenue)} and irrecoverable VAT {formatMoney(aff.totals.vat)}.{' '}
          {gapYears.length === 0
            ? aff.totals.funding > 0
              ? 'The funding entered covers every year.'
              : 'No funding entered yet.'
            : `Unfunded: ${formatMoney(gapYears.reduce((s, y) => s + y.gap, 0))} across ${gapYears.map((y) => y.label).join(', ')}.`}
        </p>
        <p>Approval: {r.approval.tierLabel}.</p>
        {aff.anyAssumed && (
          <p className="assumed">The capital/revenue split is assumed for some lines until finance confirms it (below).</p>
        )}
      </div>
      <AffordabilityChart affordability={aff} title={`Affordability of ${option.name} by financial year (cash)`} />
      <ApprovalRoute approval={r.approval} />
      <h3>From net present cost to cash</h3>
      <ChartTable
        data={reconciliationTable(aff, `Reconciliation of ${option.name}: the economic case’s NPC to the financial case’s cash total`)}
      />
      <h3>Cost lines: capital or revenue, VAT and funding</h3>
      {lines.length === 0 && <p>No cost lines for this option yet: add them on the Costs tab.</p>}
      {lines.map((line) => (
        <LineFinanceEditor
          key={line.id}
          line={line}
          option={option}
          onChange={(update) => commands.appraisals.updateChild('costLine', line, update)}
        />
      ))}
    </section>
  );
}
