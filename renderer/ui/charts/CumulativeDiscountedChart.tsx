import { Legend, Line, LineChart } from 'recharts';
import { formatMoney } from '@shared/format';
import { yearMoneyAxes } from './year-money-chart';
import { legendOrder, niceTicks } from './chart-scales';
import { cumulativeExtent, cumulativeRows, cumulativeTables, type NamedCosts } from './chart-data';
import { CHART_ROOT, ChartFrame } from './ChartFrame';
import type { TableMode } from './ChartTable';
import { seriesLineProps } from './SeriesDot';

export interface CumulativeDiscountedChartProps {
  series: readonly NamedCosts[];
  title?: string;
  width?: number;
  height?: number;
  table?: TableMode;
}

/** One line per option: discounted cost accumulated year by year; each line ends at its NPC. */
export function CumulativeDiscountedChart({
  series,
  title = 'Cumulative discounted cost by financial year',
  width = 672,
  height = 300,
  table = 'visible',
}: CumulativeDiscountedChartProps) {
  const rows = cumulativeRows(series);
  const [lo, hi] = cumulativeExtent(series);
  const ticks = niceTicks(lo, hi, 6);
  const ends = series.map((s) => `${s.name} ${formatMoney(s.costs.npc)}`).join('; ');
  const summary = `${title}. Lines for ${series.length} options, each ending at its net present cost: ${ends}. The table that follows gives every figure.`;

  return (
    <ChartFrame
      kind="cumulative-discounted"
      title={title}
      summary={summary}
      tables={cumulativeTables(series, `${title}: figures`)}
      tableMode={table}
    >
      <LineChart width={width} height={height} data={rows} {...CHART_ROOT} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        {yearMoneyAxes(rows.length, ticks)}
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={legendOrder(series.map((s) => s.id))} />
        {series.map((s, i) => (
          <Line key={s.id} dataKey={s.id} name={s.name} {...seriesLineProps(s.id, i)} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
