import { Bar, BarChart, Legend, Tooltip } from 'recharts';
import type { AppraisalResult } from '@shared/engine/appraise';
import { benefitsByTypeTable } from '@shared/presentation/finance';
import { formatMoney } from '@shared/format';
import { barChartHeight, moneyAxisProps } from './axis-props';
import { niceTicks } from './chart-scales';
import { ChartFrame, MONEY_TOOLTIP } from './ChartFrame';
import { labelBarAxes, labelBarChartProps } from './label-bar-chart';
import type { TableMode } from './ChartTable';

const TYPES = [
  { key: 'CRB', label: 'Cash-releasing', colour: '#009639' },
  { key: 'NCRB', label: 'Non-cash-releasing', colour: '#005EB8' },
  { key: 'SB', label: 'Societal', colour: '#ED8B00' },
] as const;

/** Present value of each option's benefits by type, after shortfall, side by side. */
export function BenefitsByTypeChart({
  result,
  width = 672,
  table = 'visible',
}: {
  result: AppraisalResult;
  width?: number;
  table?: TableMode;
}) {
  const title = 'Present value of benefits by type, after shortfall';
  const rows = result.options.map((r) => ({ label: r.option.name, ...r.costs.benefits.byType }));
  const ticks = niceTicks(
    Math.min(0, ...result.options.map((r) => r.costs.benefits.pvb)),
    Math.max(0, ...result.options.map((r) => r.costs.benefits.pvb)),
    6,
  );
  const summary = `${title}. Stacked bars per option: ${result.options.map((r) => `${r.option.name} ${formatMoney(r.costs.benefits.pvb)}`).join('; ')}. The table that follows gives every figure.`;
  return (
    <ChartFrame kind="benefits-by-type" title={title} summary={summary} tables={benefitsByTypeTable(result)} tableMode={table}>
      <BarChart {...labelBarChartProps(width, barChartHeight(rows.length) + 24, rows)} stackOffset="sign">
        {labelBarAxes(moneyAxisProps(ticks))}
        <Tooltip {...MONEY_TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 11 }} iconType="square" />
        {TYPES.map((t) => (
          <Bar key={t.key} dataKey={t.key} name={t.label} stackId="pvb" fill={t.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
