/**
 * Honest "best" marks (docs/domain.md §3 and §4): a row marks an option only where its value is
 * strictly better than every other eligible option's. Eligible means comparable: not business as
 * usual (the benchmark, never recommended), covering the whole period, assessed for risk and not
 * judged unviable. A tie marks nothing, and so does a row with fewer than two eligible values. The
 * Compare screen and the report call the same function, so they always agree.
 */

export interface Candidate {
  id: string;
  value: number | null;
  eligible: boolean;
}

/** Ties within a penny (or a millionth of a point for scores and ratios) count as equal. */
export function strictlyBest(candidates: readonly Candidate[], direction: 'lowest' | 'highest', tolerance: number): string | null {
  const pool = candidates.filter((c) => c.eligible && c.value !== null && Number.isFinite(c.value)) as Array<Candidate & { value: number }>;
  if (pool.length < 2) return null;
  const sign = direction === 'lowest' ? 1 : -1;
  const sorted = [...pool].sort((a, b) => sign * (a.value - b.value));
  return Math.abs(sorted[0].value - sorted[1].value) <= tolerance ? null : sorted[0].id;
}

export const MONEY_TOLERANCE = 0.005;
export const POINT_TOLERANCE = 1e-6;

/** The option marked best on each comparison row, or null. */
export interface BestMarks {
  npc: string | null;
  eac: string | null;
  wholeLifeCash: string | null;
  wholeLifeReal: string | null;
  npsv: string | null;
  bcr: string | null;
  score: string | null;
  npcPerPoint: string | null;
  topRisk: string | null;
  /** Only when a simulation result is given. */
  p50: string | null;
  p80: string | null;
  probabilityCheapest: string | null;
}

export type BestRow = keyof BestMarks;
