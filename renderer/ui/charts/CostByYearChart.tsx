import { Bar, BarChart, Legend, ReferenceLine } from 'recharts';
import type { OptionCosts } from '@shared/engine/economics';
import { formatMoney } from '@shared/format';
import { stackedYearChartProps, yearMoneyAxes } from './year-money-chart';
import { legendOrder, niceTicks } from './chart-scales';
import { costByYearRows, costByYearTables, costSeries, stackedExtent } from './chart-data';
import { INK } from './chart-palette';
import { ChartFrame } from './ChartFrame';
import type { TableMode } from './ChartTable';

export interface CostByYearChartProps {
  costs: OptionCosts;
  title: string;
  /** Defaults fit an A4 portrait text width. */
  width?: number;
  height?: number;
  /** The figures as a table under the chart (default visible; 'hidden' keeps it for screen readers). */
  table?: TableMode;
}

/** Stacked bars of an option's costs by category for each NHS financial year. */
export function CostByYearChart({ costs, title, width = 672, height = 280, table = 'visible' }: CostByYearChartProps) {
  const series = costSeries(costs);
  const rows = costByYearRows(costs);
  const [lo, hi] = stackedExtent(
    rows,
    series.map((s) => s.key),
  );
  const ticks = niceTicks(lo, hi, 6);
  const first = costs.byYear[0]?.label ?? '';
  const last = costs.byYear[costs.byYear.length - 1]?.label ?? '';
  const summary = `${title}. Stacked bars of cost by category for each financial year from ${first} to ${last}; whole-life cost ${formatMoney(costs.optimismBias.wholeLifeReal)}, net present cost ${formatMoney(costs.npc)}. The table that follows gives every figure.`;

  return (
    <ChartFrame kind="cost-by-year" title={title} summary={summary} tables={costByYearTables(costs, `${title}: figures`)} tableMode={table}>
      <BarChart {...stackedYearChartProps(width, height, rows)}>
        {yearMoneyAxes(rows.length, ticks)}
        <Legend wrapperStyle={{ fontSize: 11 }} iconType="square" itemSorter={legendOrder(series.map((s) => s.key))} />
        <ReferenceLine y={0} stroke={INK.axis} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="cost" fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
