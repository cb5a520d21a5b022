import { CartesianGrid, XAxis, YAxis, type XAxisProps } from 'recharts';
import { BAR_LABEL_AXIS, GRID_DOWN } from './axis-props';
import { CHART_ROOT } from './ChartFrame';

/**
 * The frame every horizontal bar chart shares (one bar or stack a row, rows keyed by `label`): the chart
 * props, then grid lines down, the values along the bottom and every row's label up the side. Props and
 * an array of elements rather than a component, so the axes stay direct children of the Recharts chart
 * (as in year-money-chart.tsx).
 */
export function labelBarChartProps<Row>(width: number, height: number, rows: Row[], marginTop = 8) {
  return {
    width,
    height,
    data: rows,
    layout: 'vertical' as const,
    ...CHART_ROOT,
    margin: { top: marginTop, right: 16, bottom: 4, left: 4 },
  };
}

export function labelBarAxes(values: XAxisProps) {
  return [<CartesianGrid key="grid" {...GRID_DOWN} />, <XAxis key="values" {...values} />, <YAxis key="labels" {...BAR_LABEL_AXIS} />];
}
