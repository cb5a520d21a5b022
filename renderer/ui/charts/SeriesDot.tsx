import { assertNever } from '@shared/result';
import { seriesStyle, type SeriesStyle } from './chart-palette';

/** A line's point marker; shapes differ per option so lines stay apart in a grey print. */
export function SeriesDot({ cx, cy, style, size = 3.5 }: { cx?: number; cy?: number; style: SeriesStyle; size?: number }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g />;
  const s = size;
  switch (style.marker) {
    case 'square':
      return <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} fill={style.colour} />;
    case 'triangle':
      return <path d={`M${cx},${cy - s - 1} L${cx + s + 1},${cy + s} L${cx - s - 1},${cy + s} Z`} fill={style.colour} />;
    case 'diamond':
      return <path d={`M${cx},${cy - s - 1} L${cx + s + 1},${cy} L${cx},${cy + s + 1} L${cx - s - 1},${cy} Z`} fill={style.colour} />;
    case 'cross':
      return (
        <path
          d={`M${cx - s},${cy - s} L${cx + s},${cy + s} M${cx - s},${cy + s} L${cx + s},${cy - s}`}
          stroke={style.colour}
          strokeWidth={2}
        />
      );
    case 'circle':
      return <circle cx={cx} cy={cy} r={s} fill={style.colour} />;
    default:
      return assertNever(style.marker, 'marker shape');
  }
}

/**
 * The look of option `index`'s line on every line chart: its colour, dash and marker (on every
 * `every`th point, so a dense line stays readable), matched in the legend.
 */
export function seriesLineProps(key: string, index: number, every = 1) {
  const style = seriesStyle(index);
  return {
    stroke: style.colour,
    strokeWidth: 2,
    strokeDasharray: style.dash || undefined,
    isAnimationActive: false,
    dot: (props: { index: number; cx?: number; cy?: number }) =>
      props.index % every === 0 ? (
        <SeriesDot key={`${key}-${String(props.index)}`} cx={props.cx} cy={props.cy} style={style} />
      ) : (
        <g key={`${key}-${String(props.index)}`} />
      ),
    legendType: style.marker === 'cross' ? ('cross' as const) : style.marker,
  };
}
