import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { AppraisalResult } from '@shared/engine/appraise';
import { benefitsByTypeTable } from '@shared/presentation/finance';
import { formatMoney } from '@shared/format';
import { barChartHeight, BAR_LABEL_AXIS, moneyAxisProps } from './axis-props';
import { niceTicks } from './chart-scales';
import { INK } from './chart-palette';
import { ChartTable, type TableMode } from './ChartTable';
import './charts.css';

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
    <figure className="chart-figure" data-chart="benefits-by-type">
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={summary} className="chart-canvas">
        <BarChart
          width={width}
          height={barChartHeight(rows.length) + 24}
          data={rows}
          layout="vertical"
          stackOffset="sign"
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke={INK.grid} />
          <XAxis {...moneyAxisProps(ticks)} />
          <YAxis {...BAR_LABEL_AXIS} />
          <Tooltip isAnimationActive={false} formatter={(value) => formatMoney(Number(value))} />
          <Legend wrapperStyle={{ fontSize: 11 }} iconType="square" />
          {TYPES.map((t) => (
            <Bar key={t.key} dataKey={t.key} name={t.label} stackId="pvb" fill={t.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
      <ChartTable data={benefitsByTypeTable(result)} mode={table} />
    </figure>
  );
}
