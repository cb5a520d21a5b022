import { CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_ACROSS, moneySideAxisProps, yearCategoryAxisProps } from './axis-props';
import { CHART_ROOT, MONEY_TOOLTIP } from './ChartFrame';

/**
 * The frame every money chart by financial year shares: grid lines across, the years along the
 * bottom, money up the side on the given ticks and a money tooltip. Elements in an array rather than a
 * component, so they stay direct children of the Recharts chart.
 */
export function yearMoneyAxes(years: number, ticks: readonly number[]) {
  return [
    <CartesianGrid key="grid" {...GRID_ACROSS} />,
    <XAxis key="years" {...yearCategoryAxisProps(years)} />,
    <YAxis key="money" {...moneySideAxisProps(ticks)} />,
    <Tooltip key="tooltip" {...MONEY_TOOLTIP} />,
  ];
}

/** The chart props of stacked bars by year: rows keyed by `label`, negative amounts stacked below the axis. */
export function stackedYearChartProps<Row>(width: number, height: number, rows: Row[]) {
  return { width, height, data: rows, stackOffset: 'sign' as const, ...CHART_ROOT, margin: { top: 8, right: 8, bottom: 4, left: 4 } };
}
