import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS, RISK_GRADES, gradeOf, gradeStyle, type RiskGrade } from '@shared/engine/risk-matrix';
import type { ChartTableData } from './ChartTable';

/** One cell of the 5×5 matrix, with the NPSA grade its score falls in. */
export interface HeatCell {
  likelihood: number;
  consequence: number;
  score: number;
  grade: RiskGrade;
  count: number;
}

/**
 * Cells in drawing order: likelihood 5 (almost certain) on the top row down to 1, consequence 1 to
 * 5 left to right, as the NPSA matrix is printed. `counts[l − 1][c − 1]` is the engine's heatMap.
 */
export function heatCells(counts: readonly (readonly number[])[]): HeatCell[] {
  const cells: HeatCell[] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    for (let consequence = 1; consequence <= 5; consequence++) {
      const score = likelihood * consequence;
      cells.push({ likelihood, consequence, score, grade: gradeOf(score), count: counts[likelihood - 1]?.[consequence - 1] ?? 0 });
    }
  }
  return cells;
}

/** Risks per grade, e.g. for "4 risks: 1 extreme, 3 high". */
export function countsByGrade(cells: readonly HeatCell[]): Record<RiskGrade, number> {
  const out: Record<RiskGrade, number> = { low: 0, moderate: 0, high: 0, extreme: 0 };
  for (const cell of cells) out[cell.grade] += cell.count;
  return out;
}

export function heatSummary(cells: readonly HeatCell[]): string {
  const byGrade = countsByGrade(cells);
  const total = RISK_GRADES.reduce((sum, g) => sum + byGrade[g], 0);
  if (total === 0) return 'no risks recorded';
  const parts = [...RISK_GRADES]
    .reverse()
    .filter((g) => byGrade[g] > 0)
    .map((g) => `${byGrade[g]} ${gradeStyle(g).label.toLowerCase()}`);
  return `${total} ${total === 1 ? 'risk' : 'risks'}: ${parts.join(', ')}`;
}

/** The matrix as a table: likelihood rows (highest first) × consequence columns, counts and grades. */
export function heatTable(cells: readonly HeatCell[], caption: string): ChartTableData {
  const rows = [5, 4, 3, 2, 1].map((l) => ({
    key: String(l),
    header: `${l} ${LIKELIHOOD_LABELS[l - 1]}`,
    cells: cells.filter((c) => c.likelihood === l).map((c) => `${c.count} ${gradeStyle(c.grade).label[0]}`),
  }));
  return {
    caption: `${caption} (count, then grade: L low, M moderate, H high, E extreme)`,
    columns: [
      { label: 'Likelihood (rows) × consequence' },
      ...CONSEQUENCE_LABELS.map((label, i) => ({ label: `${i + 1} ${label}`, numeric: true })),
    ],
    rows,
  };
}
