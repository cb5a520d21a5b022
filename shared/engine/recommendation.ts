import type { AppraisalResult, OptionResult } from './appraise';
import { MONEY_TOLERANCE, POINT_TOLERANCE } from './best-marks';

/**
 * What a recommendation departs from, in words (docs/domain.md §3, 4 and 7): the lowest NPC_adj,
 * the highest NPSV (where benefits are monetised) and the highest weighted score, each among options
 * other than business as usual. A departure, an incomplete option or an unviable one needs a reason.
 */
export interface RecommendationCheck {
  departsFromLowestNpc: boolean;
  departsFromHighestNpsv: boolean;
  departsFromHighestScore: boolean;
  incomplete: boolean;
  notViable: boolean;
  businessAsUsual: boolean;
  needsReason: boolean;
  /** e.g. "The recommended option is not the lowest net present cost (Direct, £41,200,000) nor the highest weighted score (Re-procure, 7.60): record why." */
  text: string;
}

function leaders(
  results: readonly OptionResult[],
  value: (r: OptionResult) => number | null,
  direction: 1 | -1,
  tolerance: number,
): OptionResult[] {
  const pool = results.filter((r) => r.option.kind !== 'business-as-usual' && value(r) !== null) as OptionResult[];
  if (pool.length === 0) return [];
  const best = pool.reduce((b, r) => (direction * (value(r)! - value(b)!) < 0 ? r : b));
  return pool.filter((r) => Math.abs(value(r)! - value(best)!) <= tolerance);
}

export function recommendationCheck(
  result: AppraisalResult,
  optionId: string,
  describe: (r: OptionResult, what: 'npc' | 'npsv' | 'score') => string,
): RecommendationCheck {
  const chosen = result.options.find((r) => r.option.id === optionId);
  const lowestNpc = leaders(result.options, (r) => r.costs.npc, 1, MONEY_TOLERANCE);
  const highestNpsv =
    result.ranking.measure === 'npsv'
      ? leaders(result.options, (r) => (r.isCounterfactual ? 0 : (r.incremental?.npsv ?? null)), -1, MONEY_TOLERANCE)
      : [];
  const highestScore = leaders(result.options, (r) => r.weightedScore, -1, POINT_TOLERANCE);
  const departs = (set: OptionResult[]) => set.length > 0 && !set.some((r) => r.option.id === optionId);
  const check = {
    departsFromLowestNpc: departs(lowestNpc),
    departsFromHighestNpsv: departs(highestNpsv),
    departsFromHighestScore: departs(highestScore),
    incomplete: chosen ? !chosen.coverage.complete : false,
    notViable: chosen ? !chosen.viability.viable : false,
    businessAsUsual: chosen?.option.kind === 'business-as-usual',
  };
  const parts: string[] = [];
  if (check.departsFromLowestNpc) parts.push(`the lowest net present cost (${describe(lowestNpc[0], 'npc')})`);
  if (check.departsFromHighestNpsv) parts.push(`the highest net present social value (${describe(highestNpsv[0], 'npsv')})`);
  if (check.departsFromHighestScore) parts.push(`the highest weighted score (${describe(highestScore[0], 'score')})`);
  const sentences: string[] = [];
  if (parts.length) {
    const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} nor ${parts[parts.length - 1]}`;
    sentences.push(`The recommended option is not ${list}: record why.`);
  }
  if (check.incomplete) sentences.push('It does not cover the whole appraisal period: record why it is still recommended.');
  if (check.notViable) sentences.push(`It is judged not viable (${chosen?.viability.reason}): record why it is still recommended.`);
  if (check.businessAsUsual) sentences.push('Business as usual is the benchmark, not a recommendation.');
  return { ...check, needsReason: sentences.length > 0, text: sentences.join(' ') };
}
