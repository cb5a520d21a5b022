import type { Criterion, Option } from '../domain';
import { weightedScore } from './scoring';

/**
 * Weight sensitivity (docs/domain.md §7 and §9): each criterion's weight moved by ±10 points, the
 * others rescaled so the weights still total 100, and the ranking by weighted score recomputed.
 */
export interface WeightCase {
  criterionId: string;
  criterionName: string;
  /** +10 or −10 (less where the weight cannot move that far). */
  delta: number;
  weights: Record<string, number>;
  /** Option ids by weighted score, highest first. */
  ranking: string[];
  /** The top option differs from the base ranking's. */
  changesTop: boolean;
}

export function rescaledWeights(criteria: readonly Criterion[], criterionId: string, delta: number): Record<string, number> {
  const target = criteria.find((c) => c.id === criterionId);
  if (!target) return Object.fromEntries(criteria.map((c) => [c.id, c.weight]));
  const moved = Math.min(100, Math.max(0, target.weight + delta));
  const othersTotal = criteria.reduce((s, c) => s + (c.id === criterionId ? 0 : c.weight), 0);
  const remaining = 100 - moved;
  return Object.fromEntries(
    criteria.map((c) => [
      c.id,
      c.id === criterionId ? moved : othersTotal > 0 ? (c.weight * remaining) / othersTotal : remaining / Math.max(1, criteria.length - 1),
    ]),
  );
}

function rank(options: readonly Option[], criteria: readonly Criterion[], weights: Record<string, number>): string[] {
  const reweighted = criteria.map((c) => ({ ...c, weight: weights[c.id] }));
  return options
    .map((o) => ({ id: o.id, score: weightedScore(o.scores, reweighted) }))
    .sort((a, b) => b.score - a.score)
    .map((x) => x.id);
}

export function weightSensitivity(
  options: readonly Option[],
  criteria: readonly Criterion[],
  points = 10,
): { base: string[]; cases: WeightCase[] } {
  const candidates = options.filter((o) => o.kind !== 'business-as-usual');
  const base = rank(candidates, criteria, Object.fromEntries(criteria.map((c) => [c.id, c.weight])));
  const cases: WeightCase[] = [];
  for (const c of criteria) {
    for (const delta of [points, -points]) {
      const weights = rescaledWeights(criteria, c.id, delta);
      const ranking = rank(candidates, criteria, weights);
      cases.push({
        criterionId: c.id,
        criterionName: c.name,
        delta: weights[c.id] - c.weight,
        weights,
        ranking,
        changesTop: ranking[0] !== base[0],
      });
    }
  }
  return { base, cases };
}
