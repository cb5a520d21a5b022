import type { IsoDate } from '../dates';
import type { Appraisal, Benefit, Contract, CostLine, Criterion, Option, Risk, Settings } from '../domain';
import { approvalRoute, type ApprovalResult } from './approval';
import { affordability, type Affordability } from './affordability';
import { MONEY_TOLERANCE, POINT_TOLERANCE, strictlyBest, type BestMarks, type Candidate } from './best-marks';
import {
  resolveCounterfactual,
  shortListCompleteness,
  viabilityOf,
  type CounterfactualChoice,
  type ShortListCompleteness,
  type Viability,
} from './counterfactual';
import { dayNumberToIso } from '../dates';
import { annuityFactor } from './discount';
import { computeEconomics, type OptionEconomics } from './economics';
import { checkFeasibility } from './feasibility';
import { primaryContract, type FeasibilityResult } from './feasibility-context';
import { coverageOf, groupRecords, type Coverage } from './follow-on';
import { incrementalMeasures, type Incremental } from './incremental';
import { implementationLeadMonths } from './lead-times';
import { periodContext, type AppraisalPeriod } from './period';
import { highestResidualRisk, type RatedRisk } from './risk-matrix';
import { npcPerPoint, validateWeights, weightedScore, type WeightValidation } from './scoring';
import type { OptionSimulation, SimulationResult } from './simulation';
import { optionWarnings, type OptionWarnings } from './warnings';

/**
 * One call that produces everything the Compare screen and the decision report show for an
 * appraisal (docs/domain.md §3, 4, 7 and 8): per option the three NPC layers, EAC, whole-life cost
 * in cash and real terms, coverage, whether risk is assessed, the incremental measures against the
 * counterfactual, affordability, the approval tier and every feasibility check; the honest best
 * marks; and whether the short list is complete.
 */

export interface AppraiseAllInput {
  appraisal: AppraisalPeriod & Partial<Pick<Appraisal, 'counterfactual' | 'valueForMoneyBands' | 'funding'>>;
  options: readonly Option[];
  costLines: readonly CostLine[];
  risks: readonly Risk[];
  benefits?: readonly Benefit[];
  criteria: readonly Criterion[];
  /** The appraised contract(s). */
  contracts: readonly Contract[];
  /** Contracts linked to the appraised ones (a separate hosting contract), when known. */
  linkedContracts?: readonly Contract[];
  settings: Pick<
    Settings,
    'leadTimesMonths' | 'thresholds' | 'vatRate' | 'approvalLimits' | 'approvalLeadMonths' | 'depreciationYears' | 'pdcDividendRate'
  >;
  today: IsoDate;
  /** A finished risk analysis, so its rows (P50, P80, probability cheapest) take part in the marks. */
  simulation?: SimulationResult;
}

export interface OptionResult {
  option: Option;
  costs: OptionEconomics;
  coverage: Coverage;
  viability: Viability;
  isCounterfactual: boolean;
  /** Comparable for the best marks: not BAU, complete, assessed for risk, viable. */
  eligibleForBest: boolean;
  /** Against the counterfactual; null for the counterfactual itself or when there is none. */
  incremental: Incremental | null;
  weightedScore: number;
  npcPerPoint: number | null;
  highestResidual: (RatedRisk & { risk: Risk }) | null;
  approval: ApprovalResult;
  affordability: Affordability;
  warnings: OptionWarnings;
  feasibility: FeasibilityResult[];
  /** Checks that fire, for a compact flag list. */
  flags: FeasibilityResult[];
  /** This option's figures from the finished risk analysis passed in, if any. */
  simulation: OptionSimulation | null;
}

export interface AppraisalResult {
  options: OptionResult[];
  best: BestMarks;
  weights: WeightValidation;
  counterfactual: CounterfactualChoice;
  shortList: ShortListCompleteness;
  /** Options ranked by NPSV, or by NPC_adj when no option has monetised benefits (cost-only). */
  ranking: { measure: 'npsv' | 'npc'; optionIds: string[] };
  period: {
    firstYear: number;
    years: number;
    endDate: IsoDate;
    priceBaseYear: number;
    deflatorLabel: string;
    deflatorAssumed: boolean;
    annuityFactor: number;
  };
}

export function appraiseAll(input: AppraiseAllInput): AppraisalResult {
  const { appraisal, options, criteria, contracts, settings, today } = input;
  const ctx = periodContext(appraisal);
  const records = groupRecords(options, input.costLines, input.risks, input.benefits ?? []);
  const defaultImplementationMonths = implementationLeadMonths(primaryContract(contracts)?.category, settings.leadTimesMonths);
  const counterfactual = resolveCounterfactual(
    appraisal.counterfactual ? { counterfactual: appraisal.counterfactual } : undefined,
    options,
  );
  const viability = new Map(options.map((o) => [o.id, viabilityOf(o, contracts, ctx.endDay)]));
  const shortList = shortListCompleteness(options, counterfactual, viability);

  const economics = new Map(options.map((o) => [o.id, computeEconomics(o, records, ctx, { defaultImplementationMonths })]));
  const cf = counterfactual.optionId ? economics.get(counterfactual.optionId) : undefined;
  const costOnly = ![...economics.values()].some((e) => e.benefits.pvb !== 0 || e.benefits.pvbBeforeShortfall !== 0);

  const results: OptionResult[] = options.map((option) => {
    const costs = economics.get(option.id)!;
    const coverage = coverageOf(option, records, ctx.endDay);
    const optionRisks = records.risks.get(option.id) ?? [];
    const score = weightedScore(option.scores, criteria);
    const isCounterfactual = option.id === counterfactual.optionId;
    const incremental =
      cf && !isCounterfactual
        ? incrementalMeasures(
            { npcAdj: costs.npc, pvb: costs.benefits.pvb },
            { npcAdj: cf.npc, pvb: cf.benefits.pvb },
            appraisal.valueForMoneyBands ?? false,
          )
        : null;
    const approval = approvalRoute(option, costs.contributions.lines, ctx, settings);
    // Business as usual is the benchmark, not a plan: it is never procured, so the procurement and
    // timing checks do not apply; its viability says what the board needs to know about it.
    const feasibility =
      option.kind === 'business-as-usual'
        ? []
        : checkFeasibility({
            option,
            contracts,
            linkedContracts: input.linkedContracts,
            settings,
            today,
            wholeLifeCost: approval.contractValueExVat,
            // Procurement law tests the contract's own value over its term and options, not the appraisal period.
            contractValueExVat: approval.contractValueExVat,
            vatRate: settings.vatRate,
            approval: { leadMonths: approval.leadMonths, tierLabel: approval.tierLabel },
            goLiveShiftMonths: costs.goLive.shiftMonths,
            coverage,
            shortList,
          });
    const v = viability.get(option.id)!;
    return {
      option,
      costs,
      coverage,
      viability: v,
      isCounterfactual,
      eligibleForBest: option.kind !== 'business-as-usual' && coverage.complete && costs.riskAssessed && v.viable,
      incremental,
      weightedScore: score,
      npcPerPoint: npcPerPoint(costs.npc, score),
      highestResidual: highestResidualRisk(optionRisks),
      approval,
      affordability: affordability(option, costs, ctx, settings, appraisal.funding ?? []),
      warnings: optionWarnings(option, costs, records, counterfactual.optionId),
      feasibility,
      flags: feasibility.filter((f) => f.fires),
      simulation: input.simulation?.options.find((o) => o.optionId === option.id) ?? null,
    };
  });

  return {
    options: results,
    best: bestMarks(results, input.simulation),
    weights: validateWeights(criteria),
    counterfactual,
    shortList,
    ranking: ranking(results, costOnly),
    period: {
      firstYear: ctx.fy0,
      years: ctx.n,
      endDate: dayNumberToIso(ctx.endDay),
      priceBaseYear: ctx.deflator.priceBaseYear,
      deflatorLabel: ctx.deflator.label,
      deflatorAssumed: ctx.deflator.assumed,
      annuityFactor: annuityFactor(ctx.df),
    },
  };
}

function ranking(results: readonly OptionResult[], costOnly: boolean): AppraisalResult['ranking'] {
  if (costOnly) {
    return { measure: 'npc', optionIds: [...results].sort((a, b) => a.costs.npc - b.costs.npc).map((r) => r.option.id) };
  }
  const npsv = (r: OptionResult) => (r.isCounterfactual ? 0 : (r.incremental?.npsv ?? Number.NEGATIVE_INFINITY));
  return { measure: 'npsv', optionIds: [...results].sort((a, b) => npsv(b) - npsv(a)).map((r) => r.option.id) };
}

/** The same marks for the Compare screen and the report (see best-marks.ts for the rules). */
export function bestMarks(results: readonly OptionResult[], simulation?: SimulationResult): BestMarks {
  const row = (value: (r: OptionResult) => number | null): Candidate[] =>
    results.map((r) => ({ id: r.option.id, value: value(r), eligible: r.eligibleForBest }));
  const sim = (id: string) => simulation?.options.find((o) => o.optionId === id);
  return {
    npc: strictlyBest(
      row((r) => r.costs.npc),
      'lowest',
      MONEY_TOLERANCE,
    ),
    eac: strictlyBest(
      row((r) => r.costs.eac),
      'lowest',
      MONEY_TOLERANCE,
    ),
    wholeLifeCash: strictlyBest(
      row((r) => r.costs.riskAdjusted.wholeLifeCash),
      'lowest',
      MONEY_TOLERANCE,
    ),
    wholeLifeReal: strictlyBest(
      row((r) => r.costs.riskAdjusted.wholeLifeReal),
      'lowest',
      MONEY_TOLERANCE,
    ),
    npsv: strictlyBest(
      row((r) => r.incremental?.npsv ?? null),
      'highest',
      MONEY_TOLERANCE,
    ),
    bcr: strictlyBest(
      row((r) => r.incremental?.bcr ?? null),
      'highest',
      POINT_TOLERANCE,
    ),
    score: strictlyBest(
      row((r) => r.weightedScore),
      'highest',
      POINT_TOLERANCE,
    ),
    npcPerPoint: strictlyBest(
      row((r) => r.npcPerPoint),
      'lowest',
      MONEY_TOLERANCE,
    ),
    topRisk: strictlyBest(
      row((r) => r.highestResidual?.score ?? null),
      'lowest',
      0,
    ),
    p50: simulation
      ? strictlyBest(
          row((r) => sim(r.option.id)?.npc.p50 ?? null),
          'lowest',
          MONEY_TOLERANCE,
        )
      : null,
    p80: simulation
      ? strictlyBest(
          row((r) => sim(r.option.id)?.npc.p80 ?? null),
          'lowest',
          MONEY_TOLERANCE,
        )
      : null,
    probabilityCheapest: simulation
      ? strictlyBest(
          row((r) => sim(r.option.id)?.probabilityCheapest ?? null),
          'highest',
          POINT_TOLERANCE,
        )
      : null,
  };
}
