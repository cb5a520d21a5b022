export { ChartTable, type ChartTableData, type TableColumn, type TableMode, type TableRow } from './ChartTable';
export { CostByYearChart, type CostByYearChartProps } from './CostByYearChart';
export { CumulativeDiscountedChart, type CumulativeDiscountedChartProps } from './CumulativeDiscountedChart';
export {
  DatesTimeline,
  type DatesTimelineProps,
  type TimelineBar,
  type TimelineEvent,
  type TimelineMarker,
  type TimelineRow,
} from './DatesTimeline';
export { RiskHeatMap, type RiskHeatMapProps } from './RiskHeatMap';
export { SensitivityChart, type SensitivityChartProps } from './SensitivityChart';
export { costByYearTables, cumulativeTables, type NamedCosts } from './chart-data';
export { switchingSentence, formatSensitivityValue } from '@shared/presentation/sensitivity';
export type { BarKind, MarkerKind } from './timeline-styles';
