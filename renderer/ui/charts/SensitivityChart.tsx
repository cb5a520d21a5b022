import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { SensitivitySeries } from '@shared/engine/sensitivity';
import { formatMoney } from '@shared/format';
import { formatMoneyCompact } from '@shared/format';
import { legendOrder, niceTicksAround } from './chart-scales';
import { INK, seriesStyle } from './chart-palette';
import { ChartTable, type TableMode } from './ChartTable';
import './charts.css';
import { SeriesDot } from './SeriesDot';
import {
  formatSensitivityValue,
  sensitivityAxisLabel,
  sensitivityTables,
  sensitivityTick,
  switchingSentence,
} from '@shared/presentation/sensitivity';

export interface SensitivityChartProps {
  series: SensitivitySeries;
  /** Option id → name, for the legend, tooltip and table. */
  optionNames: Record<string, string>;
  title?: string;
  width?: number;
  height?: number;
  table?: TableMode;
}

/** NPC of every option as one variable moves, with the base value and the switching value marked. */
export function SensitivityChart({ series, optionNames, title, width = 672, height = 280, table = 'visible' }: SensitivityChartProps) {
  const heading = title ?? `Sensitivity: ${series.label}`;
  const ids = Object.keys(series.points[0]?.npc ?? {});
  const rows = series.points.map((p) => ({ value: p.value, ...p.npc }));
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of series.points)
    for (const id of ids) {
      lo = Math.min(lo, p.npc[id]);
      hi = Math.max(hi, p.npc[id]);
    }
  const yTicks = niceTicksAround(lo, hi, 6);
  const xLo = series.points[0]?.value ?? series.baseValue;
  const xHi = series.points[series.points.length - 1]?.value ?? series.baseValue;
  const xTicks = niceTicksAround(xLo, xHi, 7).filter((t) => t >= xLo - 1e-12 && t <= xHi + 1e-12);
  const sentence = switchingSentence(series, optionNames);
  const fmt = (v: number) => sensitivityTick(series.unit, v);

  return (
    <figure className="chart-figure" data-chart="sensitivity">
      <figcaption>{heading}</figcaption>
      <p className="chart-note">{sentence}</p>
      <div
        role="img"
        aria-label={`${heading}. Net present cost of ${ids.length} options as ${sensitivityAxisLabel(series).toLowerCase()} varies from ${formatSensitivityValue(series.unit, xLo)} to ${formatSensitivityValue(series.unit, xHi)}. ${sentence} The table that follows gives sample figures.`}
        className="chart-canvas"
      >
        <LineChart
          width={width}
          height={height}
          data={rows}
          accessibilityLayer={false}
          margin={{ top: 18, right: 16, bottom: 18, left: 4 }}
        >
          <CartesianGrid stroke={INK.grid} />
          <XAxis
            dataKey="value"
            type="number"
            domain={[xLo, xHi]}
            ticks={xTicks}
            tickFormatter={fmt}
            allowDataOverflow
            tick={{ fontSize: 10, fill: INK.text }}
            stroke={INK.axis}
            label={{ value: sensitivityAxisLabel(series), position: 'insideBottom', offset: -12, fontSize: 10, fill: INK.muted }}
          />
          <YAxis
            ticks={yTicks}
            domain={[yTicks[0], yTicks[yTicks.length - 1]]}
            tickFormatter={formatMoneyCompact}
            allowDataOverflow
            width={60}
            tick={{ fontSize: 10, fill: INK.text }}
            stroke={INK.axis}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(v) => formatSensitivityValue(series.unit, Number(v))}
            formatter={(value) => formatMoney(Number(value))}
          />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 11, top: -4 }} itemSorter={legendOrder(ids)} />
          <ReferenceLine
            x={series.baseValue}
            stroke={INK.muted}
            strokeDasharray="3 3"
            label={{ value: 'Base', position: 'insideTopLeft', fontSize: 9, fill: INK.muted }}
          />
          {series.switchingValue !== null && (
            <ReferenceLine
              x={series.switchingValue}
              stroke="#DA291C"
              strokeWidth={2}
              label={{
                value: `Switching value ${formatSensitivityValue(series.unit, series.switchingValue)}`,
                position: 'insideTopRight',
                fontSize: 9,
                fill: '#DA291C',
              }}
            />
          )}
          {ids.map((id, i) => {
            const style = seriesStyle(i);
            return (
              <Line
                key={id}
                dataKey={id}
                name={optionNames[id] ?? id}
                stroke={style.colour}
                strokeWidth={2}
                strokeDasharray={style.dash || undefined}
                isAnimationActive={false}
                dot={(props) =>
                  props.index % 5 === 0 ? (
                    <SeriesDot key={`${id}-${String(props.index)}`} cx={props.cx} cy={props.cy} style={style} />
                  ) : (
                    <g key={`${id}-${String(props.index)}`} />
                  )
                }
                legendType={style.marker === 'cross' ? 'cross' : style.marker}
              />
            );
          })}
        </LineChart>
      </div>
      {sensitivityTables(series, optionNames, `${heading}: sample figures`).map((data) => (
        <ChartTable key={data.caption} data={data} mode={table} />
      ))}
    </figure>
  );
}
