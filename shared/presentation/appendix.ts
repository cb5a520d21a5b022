import { COST_CATEGORY_LABELS } from '../domain';
import type { AppraisalResult } from '../engine/appraise';
import { formatFactor, formatMoney } from '../format';
import { chunk, numericColumns, type ChartTableData } from './table';

/**
 * The appendix of workings (docs/domain.md §9): the discount factors and deflator for each year,
 * and the preferred option's and the counterfactual's cost lines by financial year in cash (before
 * optimism bias and risk), so a reader can follow the headline figures back to their lines. The
 * Excel workings carry every option's lines with formulas.
 */

export interface AppendixModel {
  factors: ChartTableData;
  options: { id: string; name: string; tables: ChartTableData[] }[];
}

/** Financial-year columns per table, so a table fits an A4 page's width. */
const YEARS_PER_TABLE = 6;

export function buildAppendix(result: AppraisalResult, optionIds: readonly string[]): AppendixModel {
  const years = result.options[0]?.costs.byYear ?? [];
  const factors: ChartTableData = {
    caption: 'Discount factors and the GDP deflator by financial year',
    columns: [{ label: 'Year (t)' }, { label: 'Financial year', nowrap: true }, ...numericColumns('Discount factor', 'Cash to real')],
    rows: years.map((y) => ({ key: String(y.t), header: String(y.t), cells: [y.label, formatFactor(y.df), formatFactor(y.cashToReal)] })),
  };
  return {
    factors,
    options: result.options
      .filter((r) => optionIds.includes(r.option.id))
      .map((r) => {
        const lines = r.costs.contributions.lines.map((c, i) => ({ c, f: r.costs.lineFigures[i] }));
        const groups = chunk(
          years.map((y) => y.t),
          YEARS_PER_TABLE,
        );
        return {
          id: r.option.id,
          name: r.option.name,
          tables: lines.length
            ? groups.map((ts, g) => ({
                caption: `Cost lines by financial year, cash ex VAT: ${r.option.name}${groups.length > 1 ? ` (part ${g + 1} of ${groups.length})` : ''}`,
                columns: [{ label: 'Cost line' }, ...ts.map((t) => ({ label: years[t].label, numeric: true }))],
                rows: lines.map(({ c, f }, i) => ({
                  key: `${c.line.id}-${i}`,
                  header: `${c.line.label} (${COST_CATEGORY_LABELS[c.line.category]}${c.followOn ? `; from ${c.source.name}` : ''}${f.excluded ? '; financial case only' : ''})`,
                  cells: ts.map((t) => formatMoney(f.cash[t])),
                })),
                foot: [{ key: 'total', header: 'Total (base)', cells: ts.map((t) => formatMoney(r.costs.byYear[t].cash)) }],
              }))
            : [],
        };
      }),
  };
}
