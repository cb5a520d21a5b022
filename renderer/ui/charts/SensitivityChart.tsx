import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { SensitivitySeries } from '@shared/engine/sensitivity';
import { moneyAxisProps } from './axis-props';
import { legendOrder, niceTicksAround } from './chart-scales';
import { sensitivityScale } from './chart-data';
import { INK } from './chart-palette';
import { CHART_ROOT, ChartFrame, MONEY_TOOLTIP } from './ChartFrame';
import type { TableMode } from './ChartTable';
import { seriesLineProps } from './SeriesDot';
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
  const { ids, lo, hi, xLo, xHi, xTicks } = sensitivityScale(series);
  const rows = series.points.map((p) => ({ value: p.value, ...p.npc }));
  const yTicks = niceTicksAround(lo, hi, 6);
  const sentence = switchingSentence(series, optionNames);
  const fmt = (v: number) => sensitivityTick(series.unit, v);

  return (
    <ChartFrame
      kind="sensitivity"
      title={heading}
      note={sentence}
      summary={`${heading}. Net present cost of ${ids.length} options as ${sensitivityAxisLabel(series).toLowerCase()} varies from ${formatSensitivityValue(series.unit, xLo)} to ${formatSensitivityValue(series.unit, xHi)}. ${sentence} The table that follows gives sample figures.`}
      tables={sensitivityTables(series, optionNames, `${heading}: sample figures`)}
      tableMode={table}
    >
      <LineChart width={width} height={height} data={rows} {...CHART_ROOT} margin={{ top: 18, right: 16, bottom: 18, left: 4 }}>
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
        <YAxis {...moneyAxisProps(yTicks)} width={60} />
        <Tooltip {...MONEY_TOOLTIP} labelFormatter={(v) => formatSensitivityValue(series.unit, Number(v))} />
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
        {ids.map((id, i) => (
          <Line key={id} dataKey={id} name={optionNames[id] ?? id} {...seriesLineProps(id, i, 5)} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
