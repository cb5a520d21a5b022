import { financialYearLabel, type IsoDate } from '@shared/dates';
import { financialYearOfDay, fyStartDay, isoToDayNumber } from '@shared/dates';

/**
 * Layout for the dates timeline: which financial years to show, where a date falls on the x axis,
 * which lane each bar takes so overlapping bars do not hide each other, which row each marker
 * label takes so labels of close dates do not collide, and how long names wrap.
 */

export interface YearRange {
  /** First financial year shown (its start year: 2026 for 2026/27). */
  fromFy: number;
  /** Last financial year shown, inclusive. */
  toFy: number;
  /** True when later dates were cut off by `maxYears`. */
  clipped: boolean;
}

/** The financial years spanning every valid date, at least `minYears` and at most `maxYears`. */
export function timelineYears(dates: readonly (IsoDate | undefined)[], minYears = 3, maxYears = 12): YearRange {
  const fys = dates
    .filter((d): d is IsoDate => typeof d === 'string')
    .map((d) => isoToDayNumber(d))
    .filter((n) => Number.isFinite(n))
    .map((n) => financialYearOfDay(n));
  if (fys.length === 0) return { fromFy: 0, toFy: minYears - 1, clipped: false };
  const fromFy = Math.min(...fys);
  const wanted = Math.max(...fys);
  const toFy = Math.min(Math.max(wanted, fromFy + minYears - 1), fromFy + maxYears - 1);
  return { fromFy, toFy, clipped: wanted > toFy };
}

/** x position of a date; dates outside the range clamp to its edges. */
export function dateScale(range: Pick<YearRange, 'fromFy' | 'toFy'>, x0: number, x1: number): (iso: IsoDate) => number {
  const d0 = fyStartDay(range.fromFy);
  const d1 = fyStartDay(range.toFy + 1);
  return (iso) => {
    const d = isoToDayNumber(iso);
    const clamped = Math.min(Math.max(d, d0), d1);
    return x0 + ((clamped - d0) / (d1 - d0)) * (x1 - x0);
  };
}

export interface YearBand {
  fy: number;
  label: string;
  x0: number;
  x1: number;
}

export function yearBands(range: Pick<YearRange, 'fromFy' | 'toFy'>, x0: number, x1: number): YearBand[] {
  const d0 = fyStartDay(range.fromFy);
  const d1 = fyStartDay(range.toFy + 1);
  const x = (d: number) => x0 + ((d - d0) / (d1 - d0)) * (x1 - x0);
  const bands: YearBand[] = [];
  for (let fy = range.fromFy; fy <= range.toFy; fy++) {
    bands.push({ fy, label: financialYearLabel(fy), x0: x(fyStartDay(fy)), x1: x(fyStartDay(fy + 1)) });
  }
  return bands;
}

/**
 * Greedy interval colouring: bars sorted by start take the first lane whose last bar ended before
 * they begin. Returns the lane per bar, in the input order, and the number of lanes used.
 */
export function assignLanes(bars: readonly { from: IsoDate; to: IsoDate }[]): { lanes: number[]; count: number } {
  const order = bars
    .map((b, i) => ({ i, from: b.from, to: b.to < b.from ? b.from : b.to }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.i - b.i));
  const laneEnds: IsoDate[] = [];
  const lanes = new Array<number>(bars.length).fill(0);
  for (const bar of order) {
    let lane = laneEnds.findIndex((end) => end < bar.from);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(bar.to);
    } else laneEnds[lane] = bar.to;
    lanes[bar.i] = lane;
  }
  return { lanes, count: Math.max(1, laneEnds.length) };
}

/**
 * Rows for labels centred (or starting) at x, so that no two labels in a row overlap. Items are
 * considered left to right; each takes the lowest row whose last label ends before it starts.
 */
export function stackLabels(items: readonly { x: number; width: number }[], gap = 6): { rows: number[]; count: number } {
  const order = items.map((it, i) => ({ i, start: it.x, end: it.x + it.width })).sort((a, b) => a.start - b.start || a.i - b.i);
  const rowEnds: number[] = [];
  const rows = new Array<number>(items.length).fill(0);
  for (const it of order) {
    let row = rowEnds.findIndex((end) => end + gap <= it.start);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(it.end);
    } else rowEnds[row] = it.end;
    rows[it.i] = row;
  }
  return { rows, count: rowEnds.length };
}

/** Word-wraps text to lines of at most `maxChars`, ending with "…" if it needs more than `maxLines`. */
export function wrapText(text: string, maxChars: number, maxLines = 3): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const piece = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    if (!line) line = piece;
    else if (line.length + 1 + piece.length <= maxChars) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = last.length + 1 <= maxChars ? `${last}…` : `${last.slice(0, maxChars - 1)}…`;
  return kept;
}

/** Rough width of text in px: good enough to decide whether a label fits inside a bar. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}
