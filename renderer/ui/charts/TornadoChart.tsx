import { Bar, BarChart, ReferenceLine, Tooltip } from 'recharts';
import type { TornadoBar } from '@shared/engine/simulation';
import { tornadoTable } from '@shared/presentation/risk-analysis';
import { formatMoney } from '@shared/format';
import { barChartHeight, moneyAxisProps } from './axis-props';
import { niceTicksAround } from './chart-scales';
import { INK } from './chart-palette';
import { ChartFrame, EmptyChart, MONEY_TOOLTIP } from './ChartFrame';
import { labelBarAxes, labelBarChartProps } from './label-bar-chart';
import type { TableMode } from './ChartTable';

export interface TornadoChartProps {
  name: string;
  bars: readonly TornadoBar[];
  /** The option's deterministic risk-adjusted NPC, drawn as the centre line. */
  npc: number;
  width?: number;
  table?: TableMode;
}

/** The largest drivers of one option's NPC: each input from its low to its high value, largest swing on top. */
export function TornadoChart({ name, bars, npc, width = 672, table = 'visible' }: TornadoChartProps) {
  const title = `Largest drivers of risk-adjusted NPC: ${name}`;
  if (bars.length === 0) {
    return (
      <EmptyChart kind="tornado" title={title}>
        No three-point ranges or costed risks for this option: nothing varies.
      </EmptyChart>
    );
  }
  const rows = bars.map((b) => ({ label: b.label, range: [Math.min(b.low, b.high), Math.max(b.low, b.high)] as [number, number] }));
  const ticks = niceTicksAround(Math.min(npc, ...rows.map((r) => r.range[0])), Math.max(npc, ...rows.map((r) => r.range[1])), 6);
  const top = bars[0];
  const summary = `${title}. ${bars.length} inputs; the largest, ${top.label}, moves NPC from ${formatMoney(top.low)} to ${formatMoney(top.high)}. The table that follows gives every figure.`;
  const height = barChartHeight(rows.length);

  return (
    <ChartFrame kind="tornado" title={title} summary={summary} tables={tornadoTable(name, bars)} tableMode={table}>
      {/* Room above the bars for the centre line's label. */}
      <BarChart {...labelBarChartProps(width, height, rows, 18)}>
        {labelBarAxes(moneyAxisProps(ticks))}
        <Tooltip
          {...MONEY_TOOLTIP}
          formatter={(value) =>
            Array.isArray(value) ? `${formatMoney(Number(value[0]))} to ${formatMoney(Number(value[1]))}` : formatMoney(Number(value))
          }
        />
        <ReferenceLine
          x={npc}
          stroke={INK.text}
          strokeDasharray="3 3"
          label={{ value: 'Deterministic NPC', position: 'top', fontSize: 9, fill: INK.muted }}
        />
        <Bar dataKey="range" name="NPC from low to high" fill="#005EB8" isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
