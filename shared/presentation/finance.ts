import type { Affordability, AffordabilityYear } from '../engine/affordability';
import type { AppraisalResult } from '../engine/appraise';
import { formatMoney, NONE } from '../format';
import { numericColumns, type ChartTableData } from './table';

/**
 * The financial case and the benefits as tables (docs/domain.md §4): the affordability table per
 * financial year in cash, as finance teams lay it out (measures down, years across), and the
 * present value of benefits by type across options. Figures are the engine's own.
 */

type YearKey = keyof Omit<AffordabilityYear, 'fy' | 'label' | 'assumed'>;

const AFFORDABILITY_ROWS: ReadonlyArray<{ key: YearKey; label: string }> = [
  { key: 'capital', label: 'Capital' },
  { key: 'revenue', label: 'Revenue' },
  { key: 'vat', label: 'Irrecoverable VAT' },
  { key: 'contingency', label: 'Contingency (financial case only)' },
  { key: 'total', label: 'Total requirement' },
  { key: 'cashReleasingBenefits', label: 'Less realised cash-releasing benefits' },
  { key: 'net', label: 'Net requirement' },
  { key: 'funding', label: 'Funding available' },
  { key: 'gap', label: 'Gap (positive: not yet funded)' },
  { key: 'depreciation', label: 'I&E: depreciation and amortisation' },
  { key: 'pdcDividend', label: 'I&E: PDC dividend' },
];

const cell = (v: number) => (Math.round(v) === 0 ? NONE : formatMoney(v));

export function affordabilityTable(aff: Affordability, caption: string): ChartTableData {
  const assumed = (y: AffordabilityYear) => (y.assumed ? ' (assumed)' : '');
  return {
    caption: aff.anyAssumed ? `${caption}; (assumed): some of that year’s capital/revenue split is not yet confirmed by finance` : caption,
    columns: [
      { label: 'Cash, £ including irrecoverable VAT' },
      ...aff.years.map((y) => ({ label: `${y.label}${assumed(y)}`, numeric: true })),
      { label: 'Total', numeric: true },
    ],
    rows: [
      ...AFFORDABILITY_ROWS.map(({ key, label }) => ({
        key,
        header: label,
        cells: [...aff.years.map((y) => cell(y[key])), cell(aff.totals[key])],
      })),
      {
        key: 'sunk',
        header: 'Committed before the appraisal (sunk; out of the economic case)',
        cells: [...aff.years.map(() => NONE), cell(aff.committedBefore)],
      },
    ],
  };
}

/** The reconciliation from NPC_adj to the cash total, step by step, with its running subtotals. */
export function reconciliationTable(aff: Affordability, caption: string): ChartTableData {
  return {
    caption,
    columns: [{ label: 'Step' }, { label: 'Amount', numeric: true }, { label: 'Subtotal', numeric: true }],
    rows: aff.reconciliation.map((s, i) => ({
      key: String(i),
      header: s.label,
      cells: [i === 0 ? '' : formatMoney(s.amount), s.subtotal === undefined ? '' : formatMoney(s.subtotal)],
    })),
  };
}

/** Present value of benefits after shortfall by type, per option: the table beside the benefits chart. */
export function benefitsByTypeTable(result: AppraisalResult): ChartTableData {
  return {
    caption: 'Present value of benefits by type, after shortfall (£, real, discounted)',
    columns: [
      { label: 'Option' },
      ...numericColumns('Cash-releasing', 'Non-cash-releasing', 'Societal', 'Total (PVB)', 'Before shortfall', 'Unmonetisable'),
    ],
    rows: result.options.map((r) => {
      const b = r.costs.benefits;
      return {
        key: r.option.id,
        header: r.option.name,
        cells: [
          formatMoney(b.byType.CRB),
          formatMoney(b.byType.NCRB),
          formatMoney(b.byType.SB),
          formatMoney(b.pvb),
          formatMoney(b.pvbBeforeShortfall),
          String(b.unmonetised.length),
        ],
      };
    }),
  };
}
