import { formatDate } from '@shared/format';
import type { Appraisal } from '@shared/domain';
import type { AppraisalResult } from '@shared/engine/appraise';
import { formatMoney } from '@shared/format';
import { countOf, formatScore, listProse } from '@shared/format';

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
  const id = recommended.option.id;
  const notTopScore = !best.highestScore.includes(id);
  const notLowestNpc = !best.lowestNpc.includes(id);
  let departure: string | null = null;
  if (notTopScore || notLowestNpc) {
    const parts: string[] = [];
    if (notTopScore)
      parts.push(
        `not the highest weighted score (${names(best.highestScore, optionNames)} scores ${scoreOf(best.highestScore[0])}; this option scores ${formatScore(recommended.weightedScore)})`,
      );
    if (notLowestNpc)
      parts.push(
        `not the lowest net present cost (${names(best.lowestNpc, optionNames)} at ${npcOf(best.lowestNpc[0])}; this option ${formatMoney(recommended.costs.npc)})`,
      );
    const reason = rec.reason.trim() || 'no reason has been recorded';
    departure = `The recommended option is ${parts.join(' and ')}. The recommendation departs from the scores because: ${reason}`;
  }
  return {
    recommendedId: id,
    recommendedName: recommended.option.name,
    headline: `Recommended option: ${recommended.option.name}.`,
    reason: rec.reason,
    statusLine,
    departure,
    keyFacts,
  };
}
