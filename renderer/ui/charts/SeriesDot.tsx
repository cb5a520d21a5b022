import { assertNever } from '@shared/result';
import type { SeriesStyle } from './chart-palette';

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
