import type { IsoDate } from '../dates';
import type { Contract, CostLine, Criterion, Option, Risk, Settings } from '../domain';
import type { FeasibilityResult } from './feasibility-context';
import { checkFeasibility } from './feasibility';
import { appraiseOption, type AppraisalPeriod, type OptionCosts } from './npc';
import { highestResidualRisk, type RatedRisk } from './risk-matrix';
import { npcPerPoint, validateWeights, weightedScore, type WeightValidation } from './scoring';

/**
 * One call that produces everything the comparison screen and the decision report show for an
 * appraisal: costs, score, top risk and feasibility per option, and which option is best on each
 * comparison row.
 */

export interface AppraiseAllInput {
  appraisal: AppraisalPeriod;
  options: readonly Option[];
  costLines: readonly CostLine[];
  risks: readonly Risk[];
  criteria: readonly Criterion[];
  contracts: readonly Contract[];
  settings: Pick<Settings, 'leadTimesMonths' | 'thresholds'>;
  today: IsoDate;
}

export interface OptionResult {
  option: Option;
  costs: OptionCosts;
  weightedScore: number;
  npcPerPoint: number | null;
  highestResidual: (RatedRisk & { risk: Risk }) | null;
  feasibility: FeasibilityResult[];
  /** Checks that fire, for a compact flag list. */
  flags: FeasibilityResult[];
}

/** Option ids best on each row; several ids when tied, empty when nothing qualifies. */
export interface BestPerRow {
  lowestWholeLifeCost: string[];
  lowestNpc: string[];
  lowestNpcWithRisk: string[];
  highestScore: string[];
  lowestNpcPerPoint: string[];
  lowestTopRisk: string[];
}

export interface AppraisalResult {
  options: OptionResult[];
  best: BestPerRow;
  weights: WeightValidation;
}

/**
 * Whether to mark option `id` as best on a row whose best options are `bestIds`: only when it stands
 * out. A row where every option ties (nothing scored yet, no risks anywhere) marks none, and a lone
 * option has nothing to be compared with.
 */
export function isMarkedBest(bestIds: readonly string[], id: string, optionCount: number): boolean {
  return optionCount > 1 && bestIds.length < optionCount && bestIds.includes(id);
}

/** Ties within a penny (or 1e-9 of a score point) count as equal. */
function bestIds(
  results: readonly OptionResult[],
  value: (r: OptionResult) => number | null,
  lowest: boolean,
  tolerance: number,
): string[] {
  let bestValue: number | null = null;
  for (const r of results) {
    const v = value(r);
    if (v === null || !Number.isFinite(v)) continue;
    if (bestValue === null || (lowest ? v < bestValue : v > bestValue)) bestValue = v;
  }
  if (bestValue === null) return [];
  const target = bestValue;
  return results
    .filter((r) => {
      const v = value(r);
      return v !== null && Math.abs(v - target) <= tolerance;
    })
    .map((r) => r.option.id);
}

/**
 * The value tested against the procurement threshold: whole-life cost without cash-releasing
 * benefits, which are savings elsewhere rather than money paid under the contract.
 */
export function contractValueForThreshold(costs: OptionCosts): number {
  return costs.wholeLifeCost - (costs.byCategory.benefit?.wholeLife ?? 0);
}

export function appraiseAll(input: AppraiseAllInput): AppraisalResult {
  const { appraisal, options, criteria, contracts, settings, today } = input;
  // Group once so each option touches only its own lines and risks.
  const lines = new Map<string, CostLine[]>();
  const risks = new Map<string, Risk[]>();
  for (const o of options) {
    lines.set(o.id, []);
    risks.set(o.id, []);
  }
  for (const l of input.costLines) lines.get(l.optionId)?.push(l);
  for (const r of input.risks) risks.get(r.optionId)?.push(r);

  const results: OptionResult[] = options.map((option) => {
    const optionRisks = risks.get(option.id) ?? [];
    const costs = appraiseOption(option, lines.get(option.id) ?? [], optionRisks, appraisal);
    const score = weightedScore(option.scores, criteria);
    const feasibility = checkFeasibility({ option, contracts, settings, today, wholeLifeCost: contractValueForThreshold(costs) });
    return {
      option,
      costs,
      weightedScore: score,
      npcPerPoint: npcPerPoint(costs.npc, score),
      highestResidual: highestResidualRisk(optionRisks),
      feasibility,
      flags: feasibility.filter((f) => f.fires),
    };
  });

  const penny = 0.005;
  return {
    options: results,
    best: {
      lowestWholeLifeCost: bestIds(results, (r) => r.costs.wholeLifeCost, true, penny),
      lowestNpc: bestIds(results, (r) => r.costs.npc, true, penny),
      lowestNpcWithRisk: bestIds(results, (r) => r.costs.npcWithRisk, true, penny),
      highestScore: bestIds(results, (r) => r.weightedScore, false, 1e-9),
      lowestNpcPerPoint: bestIds(results, (r) => r.npcPerPoint, true, penny),
      lowestTopRisk: bestIds(results, (r) => r.highestResidual?.score ?? 0, true, 0),
    },
    weights: validateWeights(criteria),
  };
}
