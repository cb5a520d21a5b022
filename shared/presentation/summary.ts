import { formatDate } from '../format';
import type { Appraisal } from '../domain';
import type { AppraisalResult } from '../engine/appraise';
import { formatMoney } from '../format';
import { countOf, formatScore, listProse } from '../format';

/** The executive summary: the recommendation, why, and where it departs from the figures. */

export interface SummaryModel {
  recommendedId: string | null;
  recommendedName: string | null;
  /** "Recommended: <name>." or a sentence saying none is recorded. */
  headline: string;
  reason: string;
  /** "Recommendation status: For review; recorded by … on 1 Apr 2026." */
  statusLine: string;
  /** Present when the recommendation is not the top score or not the lowest NPC. */
  departure: string | null;
  keyFacts: string[];
}

const RECOMMENDATION_STATUS_LABELS = { draft: 'Draft', 'for-review': 'For review', approved: 'Approved' } as const;

function names(ids: readonly string[], optionNames: Record<string, string>): string {
  return listProse(ids.map((id) => optionNames[id] ?? id));
}

export function buildSummary(result: AppraisalResult, appraisal: Appraisal, optionNames: Record<string, string>): SummaryModel {
  const rec = appraisal.recommendation;
  const recommended = rec.optionId ? result.options.find((r) => r.option.id === rec.optionId) : undefined;
  const { best } = result;
  const byId = new Map(result.options.map((r) => [r.option.id, r]));
  const scoreOf = (id: string) => formatScore(byId.get(id)?.weightedScore ?? 0);
  const npcOf = (id: string) => formatMoney(byId.get(id)?.costs.npc ?? Number.NaN);

  const keyFacts: string[] = [];
  if (best.lowestNpc.length) keyFacts.push(`Lowest net present cost: ${names(best.lowestNpc, optionNames)} (${npcOf(best.lowestNpc[0])}).`);
  if (best.highestScore.length)
    keyFacts.push(`Highest weighted score: ${names(best.highestScore, optionNames)} (${scoreOf(best.highestScore[0])} out of 10).`);
  if (best.lowestNpcPerPoint.length) {
    const r = byId.get(best.lowestNpcPerPoint[0]);
    keyFacts.push(
      `Best value (lowest NPC per weighted point): ${names(best.lowestNpcPerPoint, optionNames)} (${formatMoney(r?.npcPerPoint ?? Number.NaN)} per point).`,
    );
  }
  const flagged = result.options.filter((r) => r.flags.some((f) => f.severity === 'critical'));
  keyFacts.push(
    flagged.length === 0
      ? `None of the ${countOf(result.options.length, 'option')} has a critical feasibility problem.`
      : `${countOf(flagged.length, 'option')} of ${result.options.length} ${flagged.length === 1 ? 'has' : 'have'} a critical feasibility problem: ${listProse(flagged.map((r) => r.option.name))}.`,
  );

  const by = rec.by ? ` by ${rec.by}` : '';
  const at = rec.at ? ` on ${formatDate(rec.at)}` : '';
  const statusLine = `Recommendation status: ${RECOMMENDATION_STATUS_LABELS[rec.status]}${by || at ? `; recorded${by}${at}` : ''}.`;

  if (!recommended) {
    return {
      recommendedId: null,
      recommendedName: null,
      headline: 'No option has been recommended yet. The figures below compare the options on cost, risk, feasibility and quality.',
      reason: rec.reason,
      statusLine,
      departure: null,
      keyFacts,
    };
  }
  const departure = describeDeparture(result, recommended.option.id, optionNames, rec.reason)?.sentence ?? null;
  return {
    recommendedId: recommended.option.id,
    recommendedName: recommended.option.name,
    headline: `Recommended option: ${recommended.option.name}.`,
    reason: rec.reason,
    statusLine,
    departure,
    keyFacts,
  };
}

export interface Departure {
  /** What the recommendation departs from: the lowest net present cost, the highest weighted score, or both. */
  from: ('cost' | 'score')[];
  sentence: string;
}

/**
 * Where a recommended option departs from the figures, in words that say from what: "the lowest
 * net present cost", "the highest weighted score" or both (it used to say "the scores" either way).
 * The reason itself is shown once, by whoever shows the recommendation; this says whether one is
 * recorded. Null when the option is both the cheapest and the best scored.
 */
export function describeDeparture(
  result: AppraisalResult,
  optionId: string,
  optionNames: Record<string, string>,
  reason: string,
): Departure | null {
  const { best } = result;
  const byId = new Map(result.options.map((r) => [r.option.id, r]));
  const chosen = byId.get(optionId);
  if (!chosen) return null;
  const from: Departure['from'] = [];
  const parts: string[] = [];
  if (best.lowestNpc.length && !best.lowestNpc.includes(optionId)) {
    from.push('cost');
    parts.push(
      `the lowest net present cost is ${names(best.lowestNpc, optionNames)} at ${formatMoney(byId.get(best.lowestNpc[0])?.costs.npc ?? Number.NaN)}, against ${formatMoney(chosen.costs.npc)} for this option`,
    );
  }
  if (best.highestScore.length && !best.highestScore.includes(optionId)) {
    from.push('score');
    parts.push(
      `the highest weighted score is ${names(best.highestScore, optionNames)} with ${formatScore(byId.get(best.highestScore[0])?.weightedScore ?? 0)}, against ${formatScore(chosen.weightedScore)} for this option`,
    );
  }
  if (from.length === 0) return null;
  const what =
    from.length === 2
      ? 'both the lowest net present cost and the highest weighted score'
      : from[0] === 'cost'
        ? 'the lowest net present cost'
        : 'the highest weighted score';
  const because = reason.trim()
    ? 'The reason recorded for it is given with the recommendation.'
    : 'No reason has been recorded yet: the board needs one.';
  return { from, sentence: `The recommendation departs from ${what}: ${parts.join('; ')}. ${because}` };
}
