import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS, RISK_GRADES, gradeStyle } from '@shared/engine/risk-matrix';
import { INK } from './chart-palette';
import { ChartTable, type TableMode } from './ChartTable';
import './charts.css';
import { heatCells, heatSummary, heatTable } from './heat-map-cells';

export interface RiskHeatMapProps {
  /** The engine's heatMap(): counts[likelihood − 1][consequence − 1]. */
  counts: readonly (readonly number[])[];
  title: string;
  cellWidth?: number;
  cellHeight?: number;
  table?: TableMode;
}

const GRADE_RANGES = { low: '1–3', moderate: '4–6', high: '8–12', extreme: '15–25' } as const;

/**
 * The NHS 5×5 risk matrix (NPSA 2008) with a count in each cell. Grades carry their NPSA colour AND
 * their initial in every cell, and the legend spells each out, so colour is never the only cue.
 */
export function RiskHeatMap({ counts, title, cellWidth = 62, cellHeight = 40, table = 'visible' }: RiskHeatMapProps) {
  const cells = heatCells(counts);
  const left = 96;
  const top = 8;
  const gridW = cellWidth * 5;
  const gridH = cellHeight * 5;
  const width = left + gridW + 8;
  const height = top + gridH + 44;

  return (
    <figure className="chart-figure heat-map" data-chart="risk-heat-map">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${heatSummary(cells)}. Likelihood rows against consequence columns; the table that follows gives each cell.`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="chart-canvas"
      >
        {/* One path per grade rather than a group and rect per cell: a tenth of the nodes for the
            board paper's print and its tagged PDF to walk (issue 16), drawn the same. */}
        {RISK_GRADES.map((g) => {
          const style = gradeStyle(g);
          const d = cells
            .filter((c) => c.grade === g)
            .map(
              (c) =>
                `M${left + (c.consequence - 1) * cellWidth},${top + (5 - c.likelihood) * cellHeight}h${cellWidth}v${cellHeight}h${-cellWidth}Z`,
            )
            .join('');
          return d ? <path key={g} d={d} fill={style.hex} stroke="#FFFFFF" strokeWidth={2} /> : null;
        })}
        {cells.map((c) => {
          const style = gradeStyle(c.grade);
          const x = left + (c.consequence - 1) * cellWidth;
          const y = top + (5 - c.likelihood) * cellHeight;
          return (
            <text key={`${c.likelihood}-${c.consequence}`} x={x + 4} y={y + 11} fontSize={8} fill={style.textHex}>
              {`${style.label[0]} ${c.score}`}
            </text>
          );
        })}
        {cells
          .filter((c) => c.count > 0)
          .map((c) => (
            <text
              key={`n-${c.likelihood}-${c.consequence}`}
              x={left + (c.consequence - 1) * cellWidth + cellWidth / 2}
              y={top + (5 - c.likelihood) * cellHeight + cellHeight / 2 + 7}
              fontSize={17}
              fontWeight={700}
              textAnchor="middle"
              fill={gradeStyle(c.grade).textHex}
            >
              {c.count}
            </text>
          ))}
        {LIKELIHOOD_LABELS.map((label, i) => (
          <ScaleLabel
            key={label}
            x={left - 6}
            y={top + (4 - i) * cellHeight + cellHeight / 2 + 3}
            anchor="end"
            text={`${i + 1} ${label}`}
          />
        ))}
        {CONSEQUENCE_LABELS.map((label, i) => (
          <ScaleLabel
            key={label}
            x={left + i * cellWidth + cellWidth / 2}
            y={top + gridH + 12}
            anchor="middle"
            text={`${i + 1} ${label}`}
          />
        ))}
        <text
          x={left + gridW / 2}
          y={top + gridH + 30}
          fontSize={10}
          fontWeight={600}
          textAnchor="middle"
          fill={INK.text}
          className="chart-ink"
        >
          Consequence
        </text>
        <text
          x={10}
          y={top + gridH / 2}
          fontSize={10}
          fontWeight={600}
          textAnchor="middle"
          fill={INK.text}
          className="chart-ink"
          transform={`rotate(-90 10 ${top + gridH / 2})`}
        >
          Likelihood
        </text>
      </svg>
      <ul className="chart-legend" aria-label="Risk grades">
        {RISK_GRADES.map((g) => {
          const style = gradeStyle(g);
          return (
            <li key={g}>
              <span className="swatch" style={{ background: style.hex }} aria-hidden="true" />
              {`${style.label[0]} = ${style.label} (${GRADE_RANGES[g]}, ${style.colourName})`}
            </li>
          );
        })}
      </ul>
      <ChartTable data={heatTable(cells, `${title}: risks per cell`)} mode={table} />
    </figure>
  );
}

/** One numbered step of the likelihood or consequence scale, beside or below the grid. */
function ScaleLabel({ x, y, anchor, text }: { x: number; y: number; anchor: 'end' | 'middle'; text: string }) {
  return (
    <text x={x} y={y} fontSize={9} textAnchor={anchor} fill={INK.text} className="chart-ink">
      {text}
    </text>
  );
}
