import type { SensitivitySeries } from '../engine/sensitivity';
import { formatDecimal, formatMoney, formatPct, formatRate } from '../format';
import { assertNever } from '../result';
import { chunk, type ChartTableData } from './table';

/**
 * How a sensitivity variable's value reads: a rate as %, an indexation delta in points, a factor as %
 * of estimate; `tick` is the short form under the chart's x axis ("+1.5", "80%").
 */
function sensitivityValueText(unit: SensitivitySeries['unit'], value: number, form: 'full' | 'tick'): string {
  const full = form === 'full';
  switch (unit) {
    case 'rate':
      return formatRate(value);
    case 'points': {
      const v = Math.round(value * 100) / 100;
      if (v === 0) return full ? 'no change' : '0';
      const signed = `${v > 0 ? '+' : '−'}${formatDecimal(Math.abs(v))}`;
      return full ? `${signed} ${Math.abs(v) === 1 ? 'point' : 'points'}` : signed;
    }
    case 'factor':
      return full ? `${formatPct(value * 100)} of estimate` : formatPct(value * 100);
    default:
      return assertNever(unit, 'sensitivity unit');
  }
}

export function formatSensitivityValue(unit: SensitivitySeries['unit'], value: number): string {
  return sensitivityValueText(unit, value, 'full');
}

/** Short tick labels for the x axis. */
export function sensitivityTick(unit: SensitivitySeries['unit'], value: number): string {
  return sensitivityValueText(unit, value, 'tick');
}

export function sensitivityAxisLabel(series: Pick<SensitivitySeries, 'unit' | 'label'>): string {
  switch (series.unit) {
    case 'rate':
      return 'Discount rate (years 0–30)';
    case 'points':
      return 'Change to every recurring line’s indexation (percentage points)';
    case 'factor':
      return `${series.label} (% of the estimate)`;
  }
}

function nameOf(names: Record<string, string>, id: string | null): string {
  return id === null ? 'no option' : (names[id] ?? id);
}

/** The switching value in a sentence a board member can follow. */
export function switchingSentence(series: SensitivitySeries, names: Record<string, string>): string {
  const base = nameOf(names, series.basePreferredId);
  const lo = series.points[0]?.value ?? series.baseValue;
  const hi = series.points[series.points.length - 1]?.value ?? series.baseValue;
  const fmt = (v: number) => formatSensitivityValue(series.unit, v);
  if (series.switchingValue === null) {
    return `No switch between ${fmt(lo)} and ${fmt(hi)}: ${base} has the lowest net present cost throughout.`;
  }
  return `${base} has the lowest net present cost at the base value (${fmt(series.baseValue)}); at ${fmt(series.switchingValue)} ${nameOf(names, series.switchesToId)} becomes cheaper.`;
}

/** Indices of five evenly spread points (ends, quarters, base), so the table stays a page. */
export function samplePointIndices(count: number): number[] {
  if (count <= 5) return Array.from({ length: count }, (_, i) => i);
  const last = count - 1;
  return [...new Set([0, Math.round(last / 4), Math.round(last / 2), Math.round((3 * last) / 4), last])];
}

export function sensitivityTables(
  series: SensitivitySeries,
  names: Record<string, string>,
  caption: string,
  perTable = 4,
): ChartTableData[] {
  const ids = Object.keys(series.points[0]?.npc ?? {});
  const groups = chunk(ids, perTable);
  const picks = samplePointIndices(series.points.length);
  return groups.map((group, g) => ({
    caption: groups.length > 1 ? `${caption} (part ${g + 1} of ${groups.length})` : caption,
    columns: [
      { label: series.unit === 'rate' ? 'Discount rate' : series.unit === 'points' ? 'Indexation change' : 'Line amount' },
      ...group.map((id) => ({ label: nameOf(names, id), numeric: true })),
      { label: 'Lowest NPC' },
    ],
    rows: picks.map((i) => {
      const p = series.points[i];
      return {
        key: String(i),
        header: formatSensitivityValue(series.unit, p.value) + (i === (series.points.length - 1) / 2 ? ' (base)' : ''),
        cells: [...group.map((id) => formatMoney(p.npc[id])), nameOf(names, p.preferredId)],
      };
    }),
  }));
}
