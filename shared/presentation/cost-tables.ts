import { COST_CATEGORIES, COST_CATEGORY_LABELS, type CostCategory } from '../domain';
import type { OptionCosts } from '../engine/economics';
import { formatFactor, formatMoney } from '../format';
import { chunk, numericColumns, type ChartTableData } from './table';

/**
 * Pure shaping of the engine's OptionCosts into chart rows and table alternatives, shared by the
 * screen's charts, the printed paper and the Word export. Every number is the engine's own (byYear,
 * cumulativeDiscounted): charts re-arrange figures, never recompute them. Colours are the
 * renderer's (renderer/ui/charts/chart-palette.ts).
 */

export type CostSeriesKey = CostCategory | 'optimismBias';

export interface CostSeriesKeyLabel {
  key: CostSeriesKey;
  label: string;
}

/** Categories with any amount in the period, in the domain's order, then optimism bias if any. */
export function costSeriesKeys(costs: OptionCosts): CostSeriesKeyLabel[] {
  const used = new Set<CostCategory>();
  let bias = false;
  for (const row of costs.byYear) {
    for (const [category, amount] of Object.entries(row.byCategory) as [CostCategory, number][]) {
      if (amount !== 0) used.add(category);
    }
    if (row.optimismBias !== 0) bias = true;
  }
  const series: CostSeriesKeyLabel[] = COST_CATEGORIES.filter((c) => used.has(c)).map((c) => ({ key: c, label: COST_CATEGORY_LABELS[c] }));
  if (bias) series.push({ key: 'optimismBias', label: 'Optimism bias' });
  return series;
}

export type CostChartRow = { label: string } & Partial<Record<CostSeriesKey, number>>;

export function costByYearRows(costs: OptionCosts): CostChartRow[] {
  return costs.byYear.map((row) => ({
    label: row.label,
    ...row.byCategory,
    ...(row.optimismBias !== 0 ? { optimismBias: row.optimismBias } : {}),
  }));
}

/** Lowest and highest stack edges (benefits stack below zero), for the axis. */
export function stackedExtent(rows: readonly CostChartRow[], keys: readonly CostSeriesKey[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const row of rows) {
    let pos = 0;
    let neg = 0;
    for (const k of keys) {
      const v = row[k] ?? 0;
      if (v >= 0) pos += v;
      else neg += v;
    }
    hi = Math.max(hi, pos);
    lo = Math.min(lo, neg);
  }
  return [lo, hi];
}

/** Money columns that fit an A4-wide table beside the financial-year column. */
const VALUE_COLUMNS_PER_TABLE = 8;

function seriesAmount(costs: OptionCosts, s: CostSeriesKeyLabel, t: number): number {
  const row = costs.byYear[t];
  return s.key === 'optimismBias' ? row.optimismBias : (row.byCategory[s.key] ?? 0);
}

function seriesTotal(costs: OptionCosts, s: CostSeriesKeyLabel): number {
  return s.key === 'optimismBias' ? costs.optimismBias.wholeLifeReal - costs.base.wholeLifeReal : (costs.byCategory[s.key]?.real ?? 0);
}

const cell = (v: number) => (v === 0 ? '—' : formatMoney(v));

/**
 * The cost profile as tables: one row per financial year with each category, the year's cost, its
 * discount factor and present value; totals are whole-life cost and NPC from the engine. Columns
 * are split over as few tables as fit an A4 width, the discounting columns always in the last.
 */
export function costByYearTables(costs: OptionCosts, caption: string): ChartTableData[] {
  const series = costSeriesKeys(costs);
  const tableCount = Math.ceil((series.length + 3) / VALUE_COLUMNS_PER_TABLE);
  const groups: CostSeriesKeyLabel[][] = [];
  for (let i = 0; i < tableCount; i++) groups.push(series.slice(i * VALUE_COLUMNS_PER_TABLE, (i + 1) * VALUE_COLUMNS_PER_TABLE));
  const fy = { label: 'Financial year' };
  const discountColumns = numericColumns('Cost', 'Discount factor', 'Present value');
  const discountCells = (t: number) => {
    const row = costs.byYear[t];
    return [formatMoney(row.cost), formatFactor(row.df), formatMoney(row.discounted)];
  };
  // Cost column total is the whole-life cost; present value total is the NPC (named in the row header).
  const discountTotals = [formatMoney(costs.optimismBias.wholeLifeReal), '', formatMoney(costs.optimismBias.npc)];

  return groups.map((group, g) => {
    const last = g === groups.length - 1;
    return {
      caption: groups.length > 1 ? `${caption} (part ${g + 1} of ${groups.length})` : caption,
      columns: [fy, ...group.map((s) => ({ label: s.label, numeric: true })), ...(last ? discountColumns : [])],
      rows: costs.byYear.map((row, t) => ({
        key: row.label,
        header: row.label,
        cells: [...group.map((s) => cell(seriesAmount(costs, s, t))), ...(last ? discountCells(t) : [])],
      })),
      foot: [
        {
          key: 'total',
          header: last ? 'Total (whole-life cost; NPC)' : 'Total',
          cells: [...group.map((s) => formatMoney(seriesTotal(costs, s))), ...(last ? discountTotals : [])],
        },
      ],
    };
  });
}

export interface NamedCosts {
  id: string;
  name: string;
  costs: OptionCosts;
}

export type CumulativeRow = { label: string } & Record<string, number | string>;

/** One row per financial year, one key per option id: cumulative discounted cost. */
export function cumulativeRows(series: readonly NamedCosts[]): CumulativeRow[] {
  const first = series[0];
  if (!first) return [];
  return first.costs.byYear.map((row, t) => {
    const out: CumulativeRow = { label: row.label };
    for (const s of series) out[s.id] = s.costs.cumulativeDiscounted[t] ?? Number.NaN;
    return out;
  });
}

/** The cumulative table, split into tables of at most `perTable` options so each fits the page. */
export function cumulativeTables(series: readonly NamedCosts[], caption: string, perTable = 5): ChartTableData[] {
  const groups = chunk(series, perTable);
  const rows = cumulativeRows(series);
  return groups.map((group, g) => ({
    caption: groups.length > 1 ? `${caption} (part ${g + 1} of ${groups.length})` : caption,
    columns: [{ label: 'Financial year' }, ...group.map((s) => ({ label: s.name, numeric: true }))],
    rows: rows.map((row) => ({
      key: String(row.label),
      header: String(row.label),
      cells: group.map((s) => formatMoney(Number(row[s.id]))),
    })),
  }));
}
