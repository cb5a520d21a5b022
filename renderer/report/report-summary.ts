import { formatDate } from '@shared/dates';
import type { Appraisal } from '@shared/domain';
import type { AppraisalResult } from '@shared/engine/appraise';
import { formatMoney } from '@shared/engine/format';
import { recommendationCheck } from '@shared/engine/recommendation';
import { formatScore, listProse, plural } from './report-text';

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
      ? `None of the ${plural(result.options.length, 'option')} has a critical feasibility problem.`
      : `${plural(flagged.length, 'option')} of ${result.options.length} ${flagged.length === 1 ? 'has' : 'have'} a critical feasibility problem: ${listProse(flagged.map((r) => r.option.name))}.`,
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
  // Says what the recommendation departs from (lowest NPC, highest NPSV, highest score), not "the scores".
  const check = recommendationCheck(result, id, (r, what) =>
    what === 'score'
      ? `${r.option.name}, ${formatScore(r.weightedScore)}`
      : `${r.option.name}, ${formatMoney(what === 'npc' ? r.costs.npc : (r.incremental?.npsv ?? 0))}`,
  );
  let departure: string | null = null;
  if (check.needsReason) {
    const reason = rec.reason.trim() || 'no reason has been recorded';
    departure = `${check.text.replace(/: record why\.$/, '.').replace(/: record why it is still recommended\./g, '.')} Reason: ${reason}`;
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
