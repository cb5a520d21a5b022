import type { ReactNode } from 'react';
import { formatMoney } from '@shared/format';
import type { ChartTableData } from '@shared/presentation/table';
import { ChartTable, type TableMode } from './ChartTable';
import './charts.css';

export interface ChartFrameProps {
  /** `data-chart` on the figure: which chart this is, for styles and tests. */
  kind: string;
  title: string;
  /** What the picture shows, in words, for screen readers (the canvas is `role="img"`). */
  summary: string;
  /** The figures behind the picture: the table every chart carries (see ChartTable). */
  tables: ChartTableData | readonly ChartTableData[];
  tableMode?: TableMode;
  /** A sentence shown between the caption and the picture. */
  note?: ReactNode;
  /** Wrap the tables in a focusable region that scrolls sideways (a wide table of years). */
  scrollTables?: boolean;
  /** The Recharts chart itself. */
  children: ReactNode;
}

/**
 * The frame every screen chart shares: a captioned figure, the picture with a text summary, and the
 * figures as a real table, so no figure is available only as a picture.
 */
export function ChartFrame({ kind, title, summary, tables, tableMode = 'visible', note, scrollTables = false, children }: ChartFrameProps) {
  const list: readonly ChartTableData[] = Array.isArray(tables) ? tables : [tables as ChartTableData];
  const rendered = list.map((data) => <ChartTable key={data.caption} data={data} mode={tableMode} />);
  return (
    <figure className="chart-figure" data-chart={kind}>
      <figcaption>{title}</figcaption>
      {note !== undefined && <p className="chart-note">{note}</p>}
      <div role="img" aria-label={summary} className="chart-canvas">
        {children}
      </div>
      {scrollTables ? (
        // A wide table scrolls sideways; the region takes focus so a keyboard can scroll it too.
        <div className="chart" tabIndex={0} role="region" aria-label={`${title}: figures, scrolling sideways`}>
          {rendered}
        </div>
      ) : (
        rendered
      )}
    </figure>
  );
}

/** A captioned figure that says why there is no chart to draw. */
export function EmptyChart({ kind, title, children }: { kind: string; title: string; children: ReactNode }) {
  return (
    <figure className="chart-figure" data-chart={kind}>
      <figcaption>{title}</figcaption>
      <p>{children}</p>
    </figure>
  );
}

/** Props every chart passes to its Recharts root: the figure's own summary and table serve assistive technology. */
export const CHART_ROOT = { accessibilityLayer: false } as const;

/** The tooltip of a money chart: exact figures in the project's money format, without animation. */
export const MONEY_TOOLTIP = { isAnimationActive: false, formatter: (value: unknown) => formatMoney(Number(value)) } as const;
