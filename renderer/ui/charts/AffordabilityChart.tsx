import { Bar, ComposedChart, Legend, Line, ReferenceLine } from 'recharts';
import type { Affordability } from '@shared/engine/affordability';
import { affordabilityTable } from '@shared/presentation/finance';
import { formatMoney } from '@shared/format';
import { stackedYearChartProps, yearMoneyAxes } from './year-money-chart';
import { niceTicks } from './chart-scales';
import { INK } from './chart-palette';
import { ChartFrame } from './ChartFrame';
import type { TableMode } from './ChartTable';

export interface AffordabilityChartProps {
  affordability: Affordability;
  title: string;
  width?: number;
  height?: number;
  table?: TableMode;
}

const SERIES = [
  { key: 'capital', label: 'Capital', colour: '#005EB8' },
  { key: 'revenue', label: 'Revenue', colour: '#41B6E6' },
  { key: 'vat', label: 'Irrecoverable VAT', colour: '#768692' },
  { key: 'contingency', label: 'Contingency', colour: '#7C2855' },
  { key: 'crb', label: 'Realised cash-releasing benefits', colour: '#009639' },
] as const;

/**
 * The financial case per financial year in cash: what the option needs (stacked), the realised
 * cash-releasing benefits that offset it (below the axis), and the funding the trust says it has.
 */
export function AffordabilityChart({ affordability: aff, title, width = 672, height = 300, table = 'visible' }: AffordabilityChartProps) {
  const rows = aff.years.map((y) => ({
    label: y.label,
    capital: y.capital,
    revenue: y.revenue,
    vat: y.vat,
    contingency: y.contingency,
    crb: -y.cashReleasingBenefits,
    funding: y.funding,
    net: y.net,
  }));
  const hasFunding = aff.totals.funding !== 0;
  const ticks = niceTicks(Math.min(0, ...rows.map((r) => r.crb)), Math.max(0, ...aff.years.map((y) => Math.max(y.total, y.funding))), 6);
  const gapYears = aff.years.filter((y) => y.gap > 0.5).map((y) => y.label);
  const summary = `${title}. Stacked bars of capital, revenue, irrecoverable VAT and contingency per financial year, realised cash-releasing benefits below the axis${hasFunding ? ', and a line for the funding available' : ''}. Total ${formatMoney(aff.totals.total)}, net ${formatMoney(aff.totals.net)}; ${gapYears.length ? `unfunded in ${gapYears.join(', ')}` : hasFunding ? 'funded in every year' : 'no funding entered'}. The table that follows gives every figure.`;

  return (
    <ChartFrame
      kind="affordability"
      title={title}
      summary={summary}
      tables={affordabilityTable(aff, `${title}: figures`)}
      tableMode={table}
      scrollTables
    >
      <ComposedChart {...stackedYearChartProps(width, height, rows)}>
        {yearMoneyAxes(rows.length, ticks)}
        <Legend wrapperStyle={{ fontSize: 11 }} iconType="square" />
        <ReferenceLine y={0} stroke={INK.axis} />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="cash" fill={s.colour} isAnimationActive={false} />
        ))}
        <Line dataKey="net" name="Net requirement" stroke={INK.text} strokeWidth={2} isAnimationActive={false} dot={false} />
        {hasFunding && (
          <Line
            dataKey="funding"
            name="Funding available"
            stroke="#ED8B00"
            strokeWidth={2}
            strokeDasharray="6 3"
            isAnimationActive={false}
            dot={{ r: 3, fill: '#ED8B00' }}
          />
        )}
      </ComposedChart>
    </ChartFrame>
  );
}
