import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartTableData } from '@shared/presentation/table';
import { formatMoney } from '@shared/format';
import { moneyAxisProps, PERCENT_AXIS } from './axis-props';
import { niceTicksAround } from './chart-scales';
import { INK } from './chart-palette';
import { CHART_ROOT, ChartFrame } from './ChartFrame';
import type { TableMode } from './ChartTable';
import { seriesLineProps } from './SeriesDot';

export interface SCurveSeries {
  id: string;
  name: string;
  /** NPC at each cumulative probability (0-100), rising. */
  points: ReadonlyArray<{ percentile: number; npc: number }>;
}

export interface SCurveChartProps {
  series: readonly SCurveSeries[];
  table: ChartTableData;
  title?: string;
  width?: number;
  height?: number;
  tableMode?: TableMode;
}

/**
 * The S-curve of the risk analysis: for each option, the chance (up the side) that its risk-adjusted
 * NPC is no more than a figure (along the bottom). The 80% line reads off each option's P80.
 */
export function SCurveChart({
  series,
  table,
  title = 'S-curve: cumulative probability of risk-adjusted NPC',
  width = 672,
  height = 300,
  tableMode = 'visible',
}: SCurveChartProps) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (const p of s.points) {
      lo = Math.min(lo, p.npc);
      hi = Math.max(hi, p.npc);
    }
  const ticks = niceTicksAround(lo, hi, 6);
  const names = series.map((s) => s.name);
  const p80s = series.map((s) => `${s.name} ${formatMoney(s.points.find((p) => p.percentile === 80)?.npc)}`).join('; ');
  const summary = `${title}. One rising curve per option; at 80% cumulative probability (P80): ${p80s}. The table that follows gives every figure.`;

  return (
    <ChartFrame kind="s-curve" title={title} summary={summary} tables={table} tableMode={tableMode}>
      <LineChart width={width} height={height} {...CHART_ROOT} margin={{ top: 18, right: 16, bottom: 18, left: 4 }}>
        <CartesianGrid stroke={INK.grid} />
        <XAxis
          dataKey="npc"
          {...moneyAxisProps(ticks)}
          label={{ value: 'Risk-adjusted NPC', position: 'insideBottom', offset: -12, fontSize: 10, fill: INK.muted }}
        />
        <YAxis dataKey="percentile" type="number" {...PERCENT_AXIS} width={44} />
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(v) => formatMoney(Number(v))}
          formatter={(value, name) => [`${String(value)}%`, name]}
        />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 11, top: -4 }} itemSorter={(item) => names.indexOf(String(item.value))} />
        <ReferenceLine
          y={80}
          stroke={INK.muted}
          strokeDasharray="3 3"
          label={{ value: 'P80', position: 'insideTopLeft', fontSize: 9, fill: INK.muted }}
        />
        {series.map((s, i) => (
          <Line key={s.id} data={[...s.points]} dataKey="percentile" name={s.name} {...seriesLineProps(s.id, i, 4)} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
