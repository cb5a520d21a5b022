import { Bar, BarChart, Tooltip } from 'recharts';
import type { ChartTableData } from '@shared/presentation/table';
import { probabilityText } from '@shared/presentation/risk-analysis';
import { barChartHeight, PERCENT_AXIS } from './axis-props';
import { ChartFrame } from './ChartFrame';
import { labelBarAxes, labelBarChartProps } from './label-bar-chart';
import type { TableMode } from './ChartTable';

export interface ProbabilityCheapestChartProps {
  /** Options other than business as usual, with the share of iterations each was cheapest (0-1). */
  options: ReadonlyArray<{ id: string; name: string; probability: number }>;
  table: ChartTableData;
  width?: number;
  tableMode?: TableMode;
}

/** How often each option came out cheapest across the iterations; the shares add up to 100%. */
export function ProbabilityCheapestChart({ options, table, width = 672, tableMode = 'visible' }: ProbabilityCheapestChartProps) {
  const title = 'Probability of being the cheapest option';
  const rows = options.map((o) => ({ label: o.name, pct: o.probability * 100 }));
  const summary = `${title}. ${options.map((o) => `${o.name} ${probabilityText(o.probability)}`).join('; ')}. The table that follows gives every figure.`;
  return (
    <ChartFrame kind="probability-cheapest" title={title} summary={summary} tables={table} tableMode={tableMode}>
      <BarChart {...labelBarChartProps(width, barChartHeight(rows.length), rows)}>
        {labelBarAxes({ type: 'number', ...PERCENT_AXIS })}
        <Tooltip isAnimationActive={false} formatter={(value) => probabilityText(Number(value) / 100)} />
        <Bar dataKey="pct" name="Probability of being cheapest" fill="#009639" isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
