import { Fragment, type ReactNode } from 'react';
import { formatMoneyCompact } from '@shared/format';
import { linearScale, niceTicksAround } from '../../ui/charts/chart-scales';
import { INK } from '../../ui/charts/chart-palette';

/**
 * Lean, print-only SVG charts for the board paper: one synchronous render, no animation, no
 * measuring pass and no interactive chart library, so the print window is ready as soon as React
 * has committed (issue 16). Every colour, font and stroke is an attribute, not CSS, so the same SVG
 * serialises to a self-contained image for the Word export. Figures come from the presentation
 * model; the table under each chart gives every number.
 */

export const PRINT_CHART_WIDTH = 672;
const FONT = 'Arial, Helvetica, sans-serif';
const LEFT = 62;
const RIGHT = 10;
const TOP = 8;
const BOTTOM = 22;

export interface LegendItem {
  label: string;
  colour: string;
  dash?: string;
}

/** A legend as rows of swatches inside the SVG (so an exported image carries it). */
function legendRows(items: readonly LegendItem[], width: number): { rows: { item: LegendItem; x: number }[][]; height: number } {
  const rows: { item: LegendItem; x: number }[][] = [[]];
  let x = LEFT;
  for (const item of items) {
    const w = 22 + item.label.length * 5.6 + 12;
    if (x + w > width - RIGHT && rows[rows.length - 1].length > 0) {
      rows.push([]);
      x = LEFT;
    }
    rows[rows.length - 1].push({ item, x });
    x += w;
  }
  return { rows: items.length ? rows : [], height: items.length ? rows.length * 14 + 4 : 0 };
}

export interface FrameProps {
  chartKey: string;
  label: string;
  width?: number;
  height: number;
  yMin: number;
  yMax: number;
  /** Category labels along x (financial years), or a numeric domain with its own ticks. */
  x:
    | { kind: 'bands'; labels: readonly string[] }
    | { kind: 'linear'; min: number; max: number; ticks: readonly number[]; format: (v: number) => string };
  legend: readonly LegendItem[];
  children: (scales: { x: (i: number) => number; band: number; y: (v: number) => number }) => ReactNode;
}

export function PrintChartFrame({ chartKey, label, width = PRINT_CHART_WIDTH, height, yMin, yMax, x, legend, children }: FrameProps) {
  const ticks = niceTicksAround(Math.min(0, yMin), Math.max(yMax, 1), 6);
  const { rows, height: legendH } = legendRows(legend, width);
  const plotTop = TOP + legendH;
  const plotBottom = height - BOTTOM;
  const y = linearScale(ticks[0], ticks[ticks.length - 1], plotBottom, plotTop);
  const plotW = width - LEFT - RIGHT;
  const band = x.kind === 'bands' ? plotW / Math.max(1, x.labels.length) : 0;
  const xs = x.kind === 'bands' ? (i: number) => LEFT + band * i + band / 2 : linearScale(x.min, x.max, LEFT, width - RIGHT);
  const every = x.kind === 'bands' ? Math.max(1, Math.ceil(x.labels.length / 12)) : 1;
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily={FONT}
      data-chart-key={chartKey}
      className="print-chart"
    >
      <rect x={0} y={0} width={width} height={height} fill="#FFFFFF" />
      {rows.map((row, r) =>
        row.map(({ item, x: lx }) => (
          <Fragment key={`${r}-${item.label}`}>
            <line
              x1={lx}
              x2={lx + 16}
              y1={TOP + r * 14 + 5}
              y2={TOP + r * 14 + 5}
              stroke={item.colour}
              strokeWidth={item.dash === undefined ? 8 : 2.5}
              strokeDasharray={item.dash || undefined}
            />
            <text x={lx + 20} y={TOP + r * 14 + 9} fontSize={9.5} fill={INK.text}>
              {item.label}
            </text>
          </Fragment>
        )),
      )}
      {ticks.map((t) => (
        <Fragment key={t}>
          <line x1={LEFT} x2={width - RIGHT} y1={y(t)} y2={y(t)} stroke={t === 0 ? INK.axis : INK.grid} strokeWidth={t === 0 ? 1 : 0.6} />
          <text x={LEFT - 4} y={y(t) + 3} fontSize={9} textAnchor="end" fill={INK.text}>
            {formatMoneyCompact(t)}
          </text>
        </Fragment>
      ))}
      {x.kind === 'bands'
        ? x.labels.map((l, i) =>
            i % every === 0 ? (
              <text key={l} x={xs(i)} y={plotBottom + 13} fontSize={9} textAnchor="middle" fill={INK.text}>
                {l}
              </text>
            ) : null,
          )
        : x.ticks.map((t) => (
            <text key={t} x={xs(t)} y={plotBottom + 13} fontSize={9} textAnchor="middle" fill={INK.text}>
              {x.format(t)}
            </text>
          ))}
      <line x1={LEFT} x2={LEFT} y1={plotTop} y2={plotBottom} stroke={INK.axis} strokeWidth={1} />
      {children({ x: xs, band, y })}
    </svg>
  );
}

/** A polyline path through points, skipping none (every series has a value at every x). */
export function pathOf(points: readonly (readonly [number, number])[]): string {
  return points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
}
