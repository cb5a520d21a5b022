import type { OptionCosts } from '@shared/engine/economics';
import type { SensitivitySeries } from '@shared/engine/sensitivity';
import { formatMoney } from '@shared/format';
import { sensitivityTick, sensitivityTables, switchingSentence } from '@shared/presentation/sensitivity';
import {
  costByYearRows,
  costByYearTables,
  costSeries,
  cumulativeExtent,
  cumulativeTables,
  sensitivityScale,
  stackedExtent,
  type NamedCosts,
} from '../../ui/charts/chart-data';
import { INK, seriesStyle } from '../../ui/charts/chart-palette';
import { ChartTable } from '../../ui/charts/ChartTable';
import { pathOf, PrintChartFrame } from './PrintChart';

/** The report's three figure types as lean SVG (see PrintChart.tsx), each with its table. */

export function PrintCostChart({ optionId, costs, title }: { optionId: string; costs: OptionCosts; title: string }) {
  const series = costSeries(costs);
  const rows = costByYearRows(costs);
  const [lo, hi] = stackedExtent(
    rows,
    series.map((s) => s.key),
  );
  const label = `${title}. Stacked bars of cost by category for each financial year; net present cost ${formatMoney(costs.npc)}. The table that follows gives every figure.`;
  return (
    <figure className="chart-figure print-figure">
      <figcaption>{title}</figcaption>
      <PrintChartFrame
        chartKey={`cost:${optionId}`}
        label={label}
        height={250}
        yMin={lo}
        yMax={hi}
        x={{ kind: 'bands', labels: rows.map((r) => r.label) }}
        legend={series.map((s) => ({ label: s.label, colour: s.colour }))}
      >
        {({ x, band, y }) => {
          // One path per series (a rectangle per year inside it), not a rect per bar: fewer nodes
          // for the print and its tagged PDF (issue 16), drawn the same.
          const w = Math.max(2, band * 0.7);
          const d = new Map<string, string>(series.map((s) => [s.key, '']));
          rows.forEach((row, i) => {
            let pos = 0;
            let neg = 0;
            for (const s of series) {
              const v = row[s.key] ?? 0;
              if (v === 0) continue;
              const from = v > 0 ? pos : neg;
              const to = from + v;
              if (v > 0) pos = to;
              else neg = to;
              const top = Math.min(y(from), y(to));
              const h = Math.abs(y(from) - y(to));
              d.set(
                s.key,
                `${d.get(s.key)}M${(x(i) - w / 2).toFixed(2)},${top.toFixed(2)}h${w.toFixed(2)}v${h.toFixed(2)}h${(-w).toFixed(2)}Z`,
              );
            }
          });
          return series.map((s) => (d.get(s.key) ? <path key={s.key} d={d.get(s.key)} fill={s.colour} /> : null));
        }}
      </PrintChartFrame>
      {costByYearTables(costs, `${title}: figures`).map((data) => (
        <ChartTable key={data.caption} data={data} />
      ))}
    </figure>
  );
}

export function PrintCumulativeChart({ series, title }: { series: readonly NamedCosts[]; title: string }) {
  const labels = series[0]?.costs.byYear.map((r) => r.label) ?? [];
  const [lo, hi] = cumulativeExtent(series);
  return (
    <figure className="chart-figure print-figure">
      <figcaption>{title}</figcaption>
      <PrintChartFrame
        chartKey="cumulative"
        label={`${title}. One line per option: discounted cost accumulated year by year; each line ends at the option's net present cost. The table that follows gives every figure.`}
        height={280}
        yMin={lo}
        yMax={hi}
        x={{ kind: 'bands', labels }}
        legend={series.map((s, i) => ({ label: s.name, colour: seriesStyle(i).colour, dash: seriesStyle(i).dash }))}
      >
        {({ x, y }) =>
          series.map((s, i) => (
            <path
              key={s.id}
              d={pathOf(s.costs.cumulativeDiscounted.map((v, t) => [x(t), y(v)] as const))}
              fill="none"
              stroke={seriesStyle(i).colour}
              strokeWidth={1.8}
              strokeDasharray={seriesStyle(i).dash || undefined}
            />
          ))
        }
      </PrintChartFrame>
      {cumulativeTables(series, `${title}: figures`).map((data) => (
        <ChartTable key={data.caption} data={data} />
      ))}
    </figure>
  );
}

export function PrintSensitivityChart({
  series,
  optionNames,
  title,
}: {
  series: SensitivitySeries;
  optionNames: Record<string, string>;
  title: string;
}) {
  const { ids, lo, hi, xLo, xHi, xTicks } = sensitivityScale(series);
  const sentence = switchingSentence(series, optionNames);
  return (
    <figure className="chart-figure print-figure">
      <figcaption>{title}</figcaption>
      <p className="chart-note">{sentence}</p>
      <PrintChartFrame
        chartKey={`sensitivity:${series.key}`}
        label={`${title}. Net present cost of ${ids.length} options as the variable moves. ${sentence} The table that follows gives sample figures.`}
        height={240}
        yMin={Number.isFinite(lo) ? lo : 0}
        yMax={Number.isFinite(hi) ? hi : 1}
        x={{ kind: 'linear', min: xLo, max: xHi, ticks: xTicks, format: (v) => sensitivityTick(series.unit, v) }}
        legend={ids.map((id, i) => ({ label: optionNames[id] ?? id, colour: seriesStyle(i).colour, dash: seriesStyle(i).dash }))}
      >
        {({ x, y }) => (
          <>
            <line
              x1={x(series.baseValue)}
              x2={x(series.baseValue)}
              y1={y(hi)}
              y2={y(Math.min(0, lo))}
              stroke={INK.muted}
              strokeDasharray="2 2"
            />
            {series.switchingValue !== null && (
              <line
                x1={x(series.switchingValue)}
                x2={x(series.switchingValue)}
                y1={y(hi)}
                y2={y(Math.min(0, lo))}
                stroke="#DA291C"
                strokeWidth={1.2}
              />
            )}
            {ids.map((id, i) => (
              <path
                key={id}
                d={pathOf(series.points.map((p) => [x(p.value), y(p.npc[id])] as const))}
                fill="none"
                stroke={seriesStyle(i).colour}
                strokeWidth={1.6}
                strokeDasharray={seriesStyle(i).dash || undefined}
              />
            ))}
          </>
        )}
      </PrintChartFrame>
      {sensitivityTables(series, optionNames, `${title}: sample figures`).map((data) => (
        <ChartTable key={data.caption} data={data} />
      ))}
    </figure>
  );
}
