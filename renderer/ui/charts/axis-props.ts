import { formatMoneyCompact } from '@shared/format';
import { yearAxisProps } from './chart-scales';
import { INK } from './chart-palette';

/** A money axis on the given nice ticks: compact labels (`£2.4m`), the exact figure in the tooltip and table. */
export function moneyAxisProps(ticks: readonly number[]) {
  return {
    type: 'number' as const,
    ticks: [...ticks],
    domain: [ticks[0], ticks[ticks.length - 1]] as [number, number],
    tickFormatter: formatMoneyCompact,
    allowDataOverflow: true,
    tick: { fontSize: 10, fill: INK.text },
    stroke: INK.axis,
  };
}

/** The name axis of a horizontal bar chart: one label per bar, none skipped. */
export const BAR_LABEL_AXIS = {
  type: 'category' as const,
  dataKey: 'label',
  width: 260,
  tick: { fontSize: 10, fill: INK.text },
  stroke: INK.axis,
  interval: 0,
};

/** Height of a horizontal bar chart: room for a two-line label on every bar. */
export function barChartHeight(bars: number): number {
  return 48 + bars * 36;
}

/** The financial-year axis along the bottom of a chart by year (rows keyed by `label`). */
export function yearCategoryAxisProps(years: number) {
  return { dataKey: 'label', ...yearAxisProps(years), stroke: INK.axis };
}

/** The money axis up the side of a chart by year. */
export function moneySideAxisProps(ticks: readonly number[]) {
  return { ...moneyAxisProps(ticks), width: 56 };
}

/** Grid lines across a chart by year, or down a horizontal bar chart. */
export const GRID_ACROSS = { vertical: false, stroke: INK.grid } as const;
export const GRID_DOWN = { horizontal: false, stroke: INK.grid } as const;

/** A probability axis from 0% to 100% (values are percentages). */
export const PERCENT_AXIS = {
  domain: [0, 100] as [number, number],
  ticks: [0, 20, 40, 60, 80, 100],
  tickFormatter: (v: number) => `${v}%`,
  tick: { fontSize: 10, fill: INK.text },
  stroke: INK.axis,
};
