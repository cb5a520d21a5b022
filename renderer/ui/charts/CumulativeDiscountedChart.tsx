import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '@shared/format';
import { formatMoneyCompact } from '@shared/format';
import { legendOrder, niceTicks, yearAxisProps } from './chart-scales';
import { cumulativeRows, cumulativeTables, type NamedCosts } from './chart-data';
import { INK, seriesStyle } from './chart-palette';
import { ChartTable, type TableMode } from './ChartTable';
import './charts.css';
import { SeriesDot } from './SeriesDot';

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
  let hi = 0;
  let lo = 0;
  for (const s of series) {
    for (const v of s.costs.cumulativeDiscounted) {
      hi = Math.max(hi, v);
      lo = Math.min(lo, v);
    }
  }
  const ticks = niceTicks(lo, hi, 6);
  const ends = series.map((s) => `${s.name} ${formatMoney(s.costs.npc)}`).join('; ');
  const summary = `${title}. Lines for ${series.length} options, each ending at its net present cost: ${ends}. The table that follows gives every figure.`;

  return (
    <figure className="chart-figure" data-chart="cumulative-discounted">
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={summary} className="chart-canvas">
        <LineChart width={width} height={height} data={rows} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid vertical={false} stroke={INK.grid} />
          <XAxis dataKey="label" {...yearAxisProps(rows.length)} stroke={INK.axis} />
          <YAxis
            ticks={ticks}
            domain={[ticks[0], ticks[ticks.length - 1]]}
            tickFormatter={formatMoneyCompact}
            width={56}
            tick={{ fontSize: 10, fill: INK.text }}
            stroke={INK.axis}
            allowDataOverflow
          />
          <Tooltip isAnimationActive={false} formatter={(value) => formatMoney(Number(value))} />
          <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={legendOrder(series.map((s) => s.id))} />
          {series.map((s, i) => {
            const style = seriesStyle(i);
            return (
              <Line
                key={s.id}
                dataKey={s.id}
                name={s.name}
                stroke={style.colour}
                strokeWidth={2}
                strokeDasharray={style.dash || undefined}
                isAnimationActive={false}
                dot={(props) => <SeriesDot key={`${s.id}-${String(props.index)}`} cx={props.cx} cy={props.cy} style={style} />}
                legendType={style.marker === 'cross' ? 'cross' : style.marker}
              />
            );
          })}
        </LineChart>
      </div>
      {cumulativeTables(series, `${title}: figures`).map((data) => (
        <ChartTable key={data.caption} data={data} mode={table} />
      ))}
    </figure>
  );
}
