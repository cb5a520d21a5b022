import { formatMoneyCompact } from '@shared/format';
import { INK } from './chart-palette';

/** A money axis on the given nice ticks: compact labels (`£2.4m`), the exact figure in the tooltip and table. */
export function moneyAxisProps(ticks: readonly number[]) {
  return {
    type: 'number' as const,
    ticks: [...ticks],
    domain: [ticks[0], ticks[ticks.length - 1]] as [number, number],
    tickFormatter: formatMoneyCompact,
    allowDataOverflow: true,
    tick: { fontSize: 10, fill: INK.text },
    stroke: INK.axis,
  };
}

/** The name axis of a horizontal bar chart: one label per bar, none skipped. */
export const BAR_LABEL_AXIS = {
  type: 'category' as const,
  dataKey: 'label',
  width: 260,
  tick: { fontSize: 10, fill: INK.text },
  stroke: INK.axis,
  interval: 0,
};

/** Height of a horizontal bar chart: room for a two-line label on every bar. */
export function barChartHeight(bars: number): number {
  return 48 + bars * 36;
}
