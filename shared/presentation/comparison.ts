import { OPTION_KIND_LABELS } from '../domain';
import { isMarkedBest, type AppraisalResult, type BestPerRow, type OptionResult } from '../engine/appraise';
import { formatMoney, formatScore } from '../format';
import { gradeView, type GradeView } from './grade';
import { SEVERITY_ORDER } from './severity';

/**
 * The options compared, as one model the Compare screen and the decision report both render, so
 * a figure, its wording and its "best" mark can never differ between them. Measures are rows and
 * options are columns in both (the report splits the columns into tables that fit a page).
 */

export interface ComparisonCell {
  text: string;
  /** Marked best on its row (strictly best; ties and single options mark nothing). */
  best: boolean;
  grade?: GradeView;
  /** A short line under the figure (the top risk's title). */
  note?: string;
  /** Items listed in the cell (feasibility flags). */
  items?: string[];
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** How the figure is worked out, shown beside the label so every number explains itself. */
  how?: string;
  numeric: boolean;
  /** What a best mark on this row means, for the words beside it: "lowest" or "highest". */
  bestWord?: 'lowest' | 'highest';
  cells: ComparisonCell[];
}

export interface ComparisonColumn {
  id: string;
  name: string;
  recommended: boolean;
}

export interface ComparisonModel {
  caption: string;
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

interface RowSpec {
  key: string;
  label: string;
  how?: string;
  best?: { row: keyof BestPerRow; word: 'lowest' | 'highest' };
  numeric?: boolean;
  cell: (r: OptionResult) => Omit<ComparisonCell, 'best'>;
}

const ROWS: readonly RowSpec[] = [
  { key: 'kind', label: 'Kind', cell: (r) => ({ text: OPTION_KIND_LABELS[r.option.kind] }) },
  {
    key: 'whole-life-cost',
    label: 'Whole-life cost',
    how: 'Undiscounted sum of every cost line (and optimism bias) over the appraisal period',
    best: { row: 'lowestWholeLifeCost', word: 'lowest' },
    numeric: true,
    cell: (r) => ({ text: formatMoney(r.costs.wholeLifeCost) }),
  },
  {
    key: 'npc',
    label: 'Net present cost',
    how: 'Σ cost in year t × 1/(1+r)^t, Green Book rates',
    best: { row: 'lowestNpc', word: 'lowest' },
    numeric: true,
    cell: (r) => ({ text: formatMoney(r.costs.npc) }),
  },
  {
    key: 'npc-with-risk',
    label: 'NPC with risk allowance',
    how: 'NPC plus probability × £ impact of each costed risk, in the year it lands',
    best: { row: 'lowestNpcWithRisk', word: 'lowest' },
    numeric: true,
    cell: (r) => ({ text: formatMoney(r.costs.npcWithRisk) }),
  },
  {
    key: 'score',
    label: 'Weighted score (out of 10)',
    how: 'Σ weight × score ÷ 100',
    best: { row: 'highestScore', word: 'highest' },
    numeric: true,
    cell: (r) => ({ text: formatScore(r.weightedScore) }),
  },
  {
    key: 'npc-per-point',
    label: 'NPC per weighted point',
    how: 'Net present cost ÷ weighted score',
    best: { row: 'lowestNpcPerPoint', word: 'lowest' },
    numeric: true,
    cell: (r) => ({ text: r.npcPerPoint === null ? 'n/a' : formatMoney(r.npcPerPoint) }),
  },
  {
    key: 'top-risk',
    label: 'Highest residual risk',
    how: 'Likelihood × consequence on the NHS 5×5 matrix',
    best: { row: 'lowestTopRisk', word: 'lowest' },
    cell: (r) =>
      r.highestResidual
        ? {
            text: `${r.highestResidual.style.label} (${r.highestResidual.score})`,
            grade: gradeView(r.highestResidual),
            note: r.highestResidual.risk.title,
          }
        : { text: 'No risks recorded' },
  },
  {
    key: 'flags',
    label: 'Feasibility flags',
    cell: (r) => {
      const flags = [...r.flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).map((f) => f.title);
      return flags.length ? { text: flags.join('; '), items: flags } : { text: 'None' };
    },
  },
];

export function buildComparison(result: AppraisalResult, recommendedId?: string): ComparisonModel {
  const n = result.options.length;
  return {
    caption: 'Options compared (costs exclude VAT; the best in each row is marked)',
    columns: result.options.map((r) => ({ id: r.option.id, name: r.option.name, recommended: r.option.id === recommendedId })),
    rows: ROWS.map((spec) => ({
      key: spec.key,
      label: spec.label,
      how: spec.how,
      numeric: spec.numeric ?? false,
      bestWord: spec.best?.word,
      cells: result.options.map((r) => ({
        ...spec.cell(r),
        best: spec.best ? isMarkedBest(result.best[spec.best.row], r.option.id, n) : false,
      })),
    })),
  };
}
