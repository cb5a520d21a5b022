import type { Criterion, Option } from '../domain';

/**
 * Weighted quality scoring (docs/domain.md §7). Weights sum to 100; each option scores 0–10 per
 * criterion; weighted score = Σ weight × score / 100 (so 0–10). Cost is deliberately not a criterion:
 * it is shown beside the score as NPC per weighted point.
 */

/** Floating-point slack for weights typed as decimals (33.33 + 33.33 + 33.34). */
const WEIGHT_TOLERANCE = 1e-6;

export type WeightValidation = { ok: true; total: number } | { ok: false; total: number; message: string };

export function validateWeights(criteria: readonly Pick<Criterion, 'weight'>[]): WeightValidation {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (criteria.length === 0) {
    return { ok: false, total, message: 'Add at least one criterion; weights must add up to 100.' };
  }
  if (criteria.some((c) => !Number.isFinite(c.weight) || c.weight < 0)) {
    return { ok: false, total, message: 'Each weight must be a number of 0 or more.' };
  }
  if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
    const diff = 100 - total;
    const fix = diff > 0 ? `add ${round2(diff)}` : `remove ${round2(-diff)}`;
    return { ok: false, total, message: `Weights add up to ${round2(total)}, not 100: ${fix} to balance them.` };
  }
  return { ok: true, total };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Σ weight × score / 100. A criterion the option has not been scored on counts as 0. */
export function weightedScore(scores: Option['scores'], criteria: readonly Pick<Criterion, 'id' | 'weight'>[]): number {
  let sum = 0;
  for (const c of criteria) sum += c.weight * (scores[c.id] ?? 0);
  return sum / 100;
}

/** Criteria the option has no score for, so the UI can say the score is incomplete. */
export function unscoredCriteria(scores: Option['scores'], criteria: readonly Pick<Criterion, 'id'>[]): string[] {
  return criteria.filter((c) => scores[c.id] === undefined).map((c) => c.id);
}

/** NPC per weighted point; null when the score is 0 (the ratio would be meaningless). */
export function npcPerPoint(npc: number, score: number): number | null {
  return score > 0 ? npc / score : null;
}

/**
 * Default criteria. Clinical functionality and continuity of service lead because an EPR change
 * is first a patient-safety question; deliverability next because most EPR failures are
 * implementation failures; the rest share the remainder.
 */
export const DEFAULT_CRITERIA: readonly { name: string; weight: number }[] = [
  { name: 'Clinical functionality', weight: 25 },
  { name: 'Continuity of service', weight: 20 },
  { name: 'Deliverability', weight: 20 },
  { name: 'Strategic fit', weight: 15 },
  { name: 'Interoperability', weight: 10 },
  { name: 'Supplier relationship', weight: 10 },
];

export function defaultCriteria(appraisalId: string, newId: () => string): Criterion[] {
  return DEFAULT_CRITERIA.map((c, order) => ({ id: newId(), appraisalId, name: c.name, weight: c.weight, order }));
}
