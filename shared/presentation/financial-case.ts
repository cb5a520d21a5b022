import { FUNDING_SOURCE_LABELS, type FundingSource } from '../domain';
import type { AffordabilityYear } from '../engine/affordability';
import type { AppraisalResult, OptionResult } from '../engine/appraise';
import { formatDate, formatMoney, formatPct, formatTerm, listProse } from '../format';
import { numericColumns, type ChartTableData } from './table';

/**
 * The financial case (docs/domain.md §9), for the preferred option (else the first-ranked one):
 * by financial year in cash, capital (CDEL) and revenue with irrecoverable VAT, contingency on its
 * own row, realised cash-releasing benefits, the net requirement, funding and the gap, the income
 * and expenditure effect; costs committed before the appraisal; the reconciliation from NPC_adj to
 * the cash total; and the approval route with each test's figures. Every option's approval figures
 * are summarised in one table.
 */

export interface FinancialCaseModel {
  optionName: string;
  intro: string;
  /** "assumed" wherever finance has not confirmed the capital/revenue split. */
  assumedNote: string | null;
  cash: ChartTableData;
  funding: ChartTableData;
  fundingSources: string | null;
  committedBefore: string;
  reconciliation: ChartTableData;
  approval: { heading: string; tests: string[]; note: string };
  allOptions: ChartTableData;
}

const m = formatMoney;

function yearHeader(y: AffordabilityYear): string {
  return y.assumed ? `${y.label} (assumed)` : y.label;
}

function cashTable(r: OptionResult): ChartTableData {
  const a = r.affordability;
  const cells = (y: Pick<AffordabilityYear, 'capital' | 'revenue' | 'vat' | 'contingency' | 'total' | 'cashReleasingBenefits' | 'net'>) => [
    m(y.capital),
    m(y.revenue),
    m(y.vat),
    m(y.contingency),
    m(y.total),
    m(-y.cashReleasingBenefits),
    m(y.net),
  ];
  return {
    caption: `Cash requirement by financial year: ${r.option.name} (£, cash, including irrecoverable VAT)`,
    columns: [
      { label: 'Financial year', nowrap: true },
      ...numericColumns(
        'Capital (CDEL)',
        'Revenue',
        'Irrecoverable VAT',
        'Contingency',
        'Total',
        'Cash-releasing benefits',
        'Net requirement',
      ),
    ],
    rows: a.years.map((y) => ({ key: String(y.fy), header: yearHeader(y), cells: cells(y) })),
    foot: [{ key: 'total', header: 'Total', cells: cells(a.totals) }],
  };
}

function fundingTable(r: OptionResult): ChartTableData {
  const a = r.affordability;
  const cells = (y: Pick<AffordabilityYear, 'net' | 'funding' | 'gap' | 'depreciation' | 'pdcDividend'>) => [
    m(y.net),
    m(y.funding),
    m(y.gap),
    m(y.depreciation),
    m(y.pdcDividend),
  ];
  return {
    caption: `Funding, the gap and the income and expenditure effect: ${r.option.name}`,
    columns: [
      { label: 'Financial year', nowrap: true },
      ...numericColumns('Net requirement', 'Funding available', 'Gap', 'Depreciation', 'PDC dividend'),
    ],
    rows: a.years.map((y) => ({ key: String(y.fy), header: y.label, cells: cells(y) })),
    foot: [{ key: 'total', header: 'Total', cells: cells(a.totals) }],
  };
}

function reconciliationTable(r: OptionResult): ChartTableData {
  return {
    caption: `From the economic case to the cash total: ${r.option.name}`,
    columns: [{ label: 'Step' }, { label: 'Amount', numeric: true }, { label: 'Running total', numeric: true }],
    rows: r.affordability.reconciliation.map((s, i) => ({
      key: String(i),
      header: s.label,
      cells: [m(s.amount), s.subtotal === undefined ? '' : m(s.subtotal)],
    })),
  };
}

function allOptionsTable(result: AppraisalResult): ChartTableData {
  return {
    caption: 'Approval figures for every option, over its own term including extension options (cash, including irrecoverable VAT)',
    columns: [{ label: 'Option' }, { label: 'Term' }, ...numericColumns('Capital', 'Revenue', 'Whole-life'), { label: 'Approval' }],
    rows: result.options.map((r) => ({
      key: r.option.id,
      header: r.option.name,
      cells: [
        formatTerm(r.approval.term.months),
        m(r.approval.capital),
        m(r.approval.revenue),
        m(r.approval.wholeLife),
        r.approval.tierLabel,
      ],
    })),
  };
}

export function financialOption(result: AppraisalResult, recommendedId: string | undefined): OptionResult | undefined {
  const cf = result.counterfactual.optionId;
  return (
    result.options.find((r) => r.option.id === recommendedId) ??
    result.options.find((r) => r.option.id === result.ranking.optionIds.find((id) => id !== cf))
  );
}

/**
 * The options the paper shows in full detail (cost profiles, line-by-line workings): the preferred
 * option (else the first-ranked) and the counterfactual. Every option's figures are in the
 * comparison and the Excel workings; printing every option's every line made a 10-option paper
 * 100 pages long.
 */
export function focusOptionIds(result: AppraisalResult, recommendedId: string | undefined): string[] {
  const ids = [financialOption(result, recommendedId)?.option.id, result.counterfactual.optionId ?? undefined];
  return result.options.map((r) => r.option.id).filter((id) => ids.includes(id));
}

export function buildFinancialCase(result: AppraisalResult, recommendedId: string | undefined, vatRate: number): FinancialCaseModel | null {
  const r = financialOption(result, recommendedId);
  if (!r) return null;
  const a = r.affordability;
  const sources = (Object.entries(a.fundingBySource) as [FundingSource, number][]).filter(([, v]) => v !== 0);
  const ap = r.approval;
  return {
    optionName: r.option.name,
    intro: `${r.option.id === recommendedId ? 'For the preferred option' : 'No option is recommended yet; shown for the first-ranked option'}, ${r.option.name}: cash by NHS financial year over the appraisal period, with irrecoverable VAT at ${formatPct(vatRate * 100)} (the economic case is always ex VAT). Optimism bias and the risk allowance are economic adjustments and are not in these figures.`,
    assumedNote: a.anyAssumed
      ? 'Years marked “assumed” include lines whose capital or revenue split has not been confirmed by finance: the split follows the category and hosting defaults (IFRIC agenda decisions 2019 and 2021; DHSC Group Accounting Manual).'
      : null,
    cash: cashTable(r),
    funding: fundingTable(r),
    fundingSources: sources.length
      ? `Funding by source: ${listProse(sources.map(([s, v]) => `${FUNDING_SOURCE_LABELS[s]} ${m(v)}`))}.`
      : 'No funding has been recorded for this option, so the whole net requirement is a gap.',
    committedBefore: `Committed before the appraisal (sunk, outside every economic figure): ${m(a.committedBefore)}.`,
    reconciliation: reconciliationTable(r),
    approval: {
      heading: `Approval route: ${ap.tierLabel}, over ${formatTerm(ap.term.months)} from ${formatDate(ap.term.from)} to ${formatDate(ap.term.to)}`,
      tests: ap.tests.map((t) => t.text),
      note: `Approval lead time about ${formatTerm(ap.leadMonths)} (assumed; no published source).${ap.assumed.split ? ' The capital/revenue split is assumed.' : ''}`,
    },
    allOptions: allOptionsTable(result),
  };
}
