import { addDaysIso, type IsoDate } from '@shared/dates';
import { formatDate } from '@shared/format';
import { dayNumberToIso, fyStartDay } from '@shared/dates';
import { INK } from './chart-palette';
import { ChartTable, type ChartTableData, type TableMode } from './ChartTable';
import './charts.css';
import { assignLanes, dateScale, stackLabels, textWidth, timelineYears, wrapText, yearBands } from './timeline-layout';
import { BAR_KINDS, BAR_STYLES, MARKER_KINDS, MARKER_STYLES } from './timeline-styles';
import type { TimelineMarker, TimelineRow } from '@shared/presentation/timeline';

export type { TimelineMarker, TimelineRow };

export interface DatesTimelineProps {
  today: IsoDate;
  markers: readonly TimelineMarker[];
  rows: readonly TimelineRow[];
  title?: string;
  width?: number;
  table?: TableMode;
}

const NAME_W = 150;
const yearStartIso = (fy: number) => dayNumberToIso(fyStartDay(fy));
const LANE_H = 15;
const LABEL_ROW_H = 12;
const EVENT_H = 13;

function timelineTable(props: DatesTimelineProps, caption: string): ChartTableData {
  const rows: ChartTableData['rows'][number][] = [
    { key: 'today', header: 'Today', cells: ['', formatDate(props.today), ''] },
    ...props.markers.map((m, i) => ({ key: `m${i}`, header: 'Current contract', cells: [m.label, formatDate(m.date), ''] })),
  ];
  for (const row of props.rows) {
    row.bars.forEach((b, i) =>
      rows.push({
        key: `${row.id}-b${i}`,
        header: row.name,
        cells: [`${BAR_STYLES[b.kind].label}: ${b.label}`, formatDate(b.from), formatDate(b.to)],
      }),
    );
    row.events.forEach((e, i) => rows.push({ key: `${row.id}-e${i}`, header: row.name, cells: [e.label, formatDate(e.date), ''] }));
  }
  return {
    caption,
    columns: [{ label: 'Option' }, { label: 'Date or period' }, { label: 'From / on', nowrap: true }, { label: 'To', nowrap: true }],
    rows,
  };
}

/** Vertical layout: each row as tall as its wrapped name or its lanes of bars plus event labels. */
function layoutRows(rows: readonly TimelineRow[], x: (iso: IsoDate) => number, plotTop: number) {
  let y = plotTop;
  return rows.map((row) => {
    const nameLines = wrapText(row.name, 27, 3);
    const lanes = assignLanes(row.bars);
    const eventRows = stackLabels(row.events.map((e) => ({ x: x(e.date), width: 12 + textWidth(e.label, 8) })));
    const barsH = lanes.count * LANE_H;
    const height = Math.max(nameLines.length * 11 + 8, barsH + eventRows.count * EVENT_H + 8);
    const top = y;
    y += height;
    return { row, nameLines, lanes: lanes.lanes, eventRows: eventRows.rows, top, height, barsH };
  });
}

/** Key dates on a financial-year axis: the current contract's deadlines as lines, each option's plan as bars. */
export function DatesTimeline(props: DatesTimelineProps) {
  const { today, markers, rows, title = 'Timeline of key dates', width = 672, table = 'visible' } = props;
  // The axis covers the decisions and transitions; long contract terms run off the right edge
  // (with an arrow) rather than squeezing the near years the board must act in.
  const rangeDates = [
    today,
    ...markers.map((m) => m.date),
    ...rows.flatMap((r) => [...r.bars.flatMap((b) => (b.kind === 'contract' ? [b.from] : [b.from, b.to])), ...r.events.map((e) => e.date)]),
  ];
  const range = timelineYears(rangeDates, 4, 12);
  const rangeEnd = yearStartIso(range.toFy + 1);
  const x0 = NAME_W + 8;
  const x1 = width - 12;
  const x = dateScale(range, x0, x1);
  const bands = yearBands(range, x0, x1);

  // Marker labels (today first) stacked into rows above the plot so close dates stay legible.
  const lineItems = [
    { key: 'today', date: today, text: `Today ${formatDate(today)}`, stroke: INK.today, dash: '', ink: false },
    ...markers.map((m, i) => ({
      key: `m${i}`,
      date: m.date,
      text: `${m.label} ${formatDate(m.date)}`,
      stroke: MARKER_STYLES[m.kind].stroke,
      dash: MARKER_STYLES[m.kind].dash,
      ink: m.kind === 'end',
    })),
  ];
  const labelBoxes = lineItems.map((item) => {
    const w = textWidth(item.text, 9);
    const px = x(item.date);
    const anchorEnd = px + w > x1;
    return { x: anchorEnd ? px - w : px, width: w, anchorEnd, px };
  });
  const labelRows = stackLabels(labelBoxes.map((b) => ({ x: b.x - 2, width: b.width + 4 })));
  const plotTop = 18 + labelRows.count * LABEL_ROW_H + 4;

  const laidOut = layoutRows(rows, x, plotTop);
  const plotBottom = laidOut.length ? laidOut[laidOut.length - 1].top + laidOut[laidOut.length - 1].height : plotTop;
  const height = plotBottom + 6;
  const summary = `${title}. Financial years ${bands[0]?.label} to ${bands[bands.length - 1]?.label}; today is ${formatDate(today)}. ${markers.map((m) => `${m.label}: ${formatDate(m.date)}`).join('; ')}. Bars show each option's procurement, implementation, contract and hosting periods; the table that follows lists every date.`;

  return (
    <figure className="chart-figure timeline" data-chart="dates-timeline">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-canvas">
        {bands.map((b, i) => (
          <g key={b.fy}>
            {i % 2 === 1 && (
              <rect x={b.x0} y={plotTop} width={b.x1 - b.x0} height={plotBottom - plotTop} fill="#F3F5F7" className="chart-band" />
            )}
            <line x1={b.x0} x2={b.x0} y1={10} y2={plotBottom} stroke={INK.grid} />
            {(bands.length <= 10 || i % 2 === 0) && (
              <text x={(b.x0 + b.x1) / 2} y={11} fontSize={9} textAnchor="middle" fill={INK.muted} className="chart-muted">
                {b.label}
              </text>
            )}
          </g>
        ))}
        {laidOut.map(({ row, nameLines, lanes, eventRows, top, barsH }) => (
          <g key={row.id}>
            <line x1={0} x2={x1} y1={top} y2={top} stroke={INK.grid} />
            {nameLines.map((line, i) => (
              <text key={i} x={0} y={top + 12 + i * 11} fontSize={9.5} fill={INK.text} className="chart-ink">
                {line}
              </text>
            ))}
            {row.bars.map((b, i) => {
              const bx = x(b.from);
              const bw = Math.max(2, x(addDaysIso(b.to, 1)) - bx);
              const by = top + 4 + lanes[i] * LANE_H;
              const style = BAR_STYLES[b.kind];
              const runsOn = b.to >= rangeEnd;
              const label = runsOn ? `${b.label} to ${formatDate(b.to)}` : b.label;
              const fits = textWidth(label, 8) + 6 <= bw;
              return (
                <g key={i}>
                  <rect x={bx} y={by} width={bw} height={LANE_H - 3} rx={2} fill={style.fill}>
                    <title>{`${style.label}: ${b.label}, ${formatDate(b.from)} to ${formatDate(b.to)}`}</title>
                  </rect>
                  {runsOn && (
                    <path
                      d={`M${bx + bw},${by - 1} L${bx + bw + 6},${by + (LANE_H - 3) / 2} L${bx + bw},${by + LANE_H - 2} Z`}
                      fill={style.fill}
                    />
                  )}
                  {fits && (
                    <text x={bx + 3} y={by + 9} fontSize={8} fill={style.text}>
                      {label}
                    </text>
                  )}
                </g>
              );
            })}
            {row.events.map((e, i) => {
              const ex = x(e.date);
              const ey = top + 4 + barsH + eventRows[i] * EVENT_H + 5;
              return (
                <g key={`e${i}`}>
                  <path d={`M${ex},${ey - 5} L${ex + 5},${ey} L${ex},${ey + 5} L${ex - 5},${ey} Z`} fill={INK.text} className="chart-ink" />
                  <text x={ex + 7} y={ey + 3} fontSize={8} fill={INK.text} className="chart-ink">
                    {e.label}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
        <line x1={0} x2={x1} y1={plotBottom} y2={plotBottom} stroke={INK.grid} />
        {lineItems.map((item, i) => {
          const box = labelBoxes[i];
          const ly = 18 + labelRows.rows[i] * LABEL_ROW_H + 8;
          return (
            <g key={item.key}>
              <line
                x1={box.px}
                x2={box.px}
                y1={ly + 2}
                y2={plotBottom}
                stroke={item.stroke}
                strokeWidth={item.key === 'today' ? 2 : 1.5}
                strokeDasharray={item.dash || undefined}
                className={item.ink ? 'chart-ink-stroke' : undefined}
              />
              <text
                x={box.anchorEnd ? box.px - 2 : box.px + 2}
                y={ly}
                fontSize={9}
                textAnchor={box.anchorEnd ? 'end' : 'start'}
                fill={item.stroke}
                fontWeight={item.key === 'today' ? 700 : 400}
                className={item.ink ? 'chart-ink' : undefined}
              >
                {item.text}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend" aria-label="Timeline key">
        {BAR_KINDS.map((k) => (
          <li key={k}>
            <span className="swatch" style={{ background: BAR_STYLES[k].fill }} aria-hidden="true" />
            {BAR_STYLES[k].label}
          </li>
        ))}
        <li>
          <span className="swatch diamond" aria-hidden="true" />
          Milestone (go-live, signature)
        </li>
        <li>
          <span className="swatch line" style={{ borderColor: INK.today }} aria-hidden="true" />
          Today
        </li>
        {MARKER_KINDS.filter((k) => markers.some((m) => m.kind === k)).map((k) => (
          <li key={k}>
            <span className={`swatch line line-${k}`} style={{ borderColor: MARKER_STYLES[k].stroke }} aria-hidden="true" />
            {MARKER_STYLES[k].label}
          </li>
        ))}
      </ul>
      <ChartTable data={timelineTable(props, `${title}: dates`)} mode={table} />
    </figure>
  );
}
