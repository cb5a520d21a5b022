import { formatDate } from '../format';
import type { Appraisal } from '../domain';
import type { AppraisalResult } from '../engine/appraise';
import { recommendationCheck } from '../engine/recommendation';
import { countOf, formatMoney, formatScore, listProse } from '../format';

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
  if (best.npc) keyFacts.push(`Lowest net present cost: ${names([best.npc], optionNames)} (${npcOf(best.npc)}).`);
  if (best.score) keyFacts.push(`Highest weighted score: ${names([best.score], optionNames)} (${scoreOf(best.score)} out of 10).`);
  if (best.npcPerPoint) {
    const r = byId.get(best.npcPerPoint);
    keyFacts.push(
      `Best value (lowest NPC per weighted point): ${names([best.npcPerPoint], optionNames)} (${formatMoney(r?.npcPerPoint ?? Number.NaN)} per point).`,
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
  const departure = describeDeparture(result, recommended.option.id, rec.reason)?.sentence ?? null;
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
  /** True when the board needs a reason: a departure from the figures, an incomplete or unviable option. */
  needsReason: boolean;
  sentence: string;
}

/**
 * Where a recommended option departs from the figures, in words that say from what (the lowest net
 * present cost, the highest net present social value, the highest weighted score), and whether it
 * is incomplete or not viable. The reason itself is shown once, by whoever shows the
 * recommendation; this says whether one is recorded. Null when there is nothing to explain.
 */
export function describeDeparture(result: AppraisalResult, optionId: string, reason: string): Departure | null {
  const check = recommendationCheck(result, optionId, (r, what) =>
    what === 'score'
      ? `${r.option.name}, ${formatScore(r.weightedScore)}`
      : `${r.option.name}, ${formatMoney(what === 'npc' ? r.costs.npc : (r.incremental?.npsv ?? 0))}`,
  );
  if (!check.needsReason) return null;
  const facts = check.text.replace(/: record why( it is still recommended)?\./g, '.');
  const because = reason.trim()
    ? 'The reason recorded for it is given with the recommendation.'
    : 'No reason has been recorded yet: the board needs one.';
  return { needsReason: true, sentence: `${facts} ${because}` };
}
