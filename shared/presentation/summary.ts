import type { IsoDate } from '../dates';
import type { Appraisal, Contract, Settings } from '../domain';
import type { AppraisalResult, OptionResult } from '../engine/appraise';
import { primaryContract } from '../engine/feasibility-context';
import { computeKeyDates, leadTimeOf, noticePeriodOf } from '../engine/key-dates';
import { recommendationCheck } from '../engine/recommendation';
import { countOf, formatDate, formatDecimal, formatMoney, formatScore, listProse } from '../format';
import { urgencySentence } from './cover';
import type { LabelledValue } from './details';
import { resultContext } from './result-context';

/**
 * The executive summary (docs/domain.md §9), one page: the situation, the options, the preferred
 * option and why (the recommendation's reason, printed here and nowhere else), cost, risk and the
 * key dates; and where the recommendation departs from the figures.
 */

export interface SummaryModel {
  recommendedId: string | null;
  recommendedName: string | null;
  /** "Recommended option: <name>." or a sentence saying none is recorded. */
  headline: string;
  reason: string;
  /** "Recommendation status: For review; recorded by … on 1 Apr 2026." */
  statusLine: string;
  /** Present when the recommendation is not the top score or not the lowest NPC. */
  departure: string | null;
  situation: string;
  options: string;
  /** The preferred option's cost, risk and approval, each a sentence. */
  cost: string | null;
  risk: string | null;
  keyFacts: string[];
  keyDates: LabelledValue[];
}

const RECOMMENDATION_STATUSES_TEXT = { draft: 'Draft', 'for-review': 'For review', approved: 'Approved' } as const;

function names(ids: readonly string[], optionNames: Record<string, string>): string {
  return listProse(ids.map((id) => optionNames[id] ?? id));
}

function situation(contracts: readonly Contract[], today: IsoDate, settings: SummarySettings): string {
  const c = primaryContract(contracts);
  if (!c) return 'No contract is recorded for this appraisal.';
  const urgency = urgencySentence(contracts, today, settings.contractDefaults);
  return `${c.reference}, ${c.title}${c.system ? ` (${c.system})` : ''} with ${c.supplier}, runs to ${formatDate(c.currentEndDate)}. ${urgency ?? ''}`.trim();
}

function costSentence(r: OptionResult): string {
  const i = r.incremental;
  const vsCf = i
    ? i.bcr !== null
      ? `; against the counterfactual its net present social value is ${formatMoney(i.npsv)} with a benefit–cost ratio of ${formatDecimal(i.bcr)}`
      : `; against the counterfactual its net present social value is ${formatMoney(i.npsv)} (${i.outcomeText})`
    : '';
  return `Net present cost ${formatMoney(r.costs.npc)} (risk-adjusted, real terms, ex VAT), equivalent annual cost ${formatMoney(r.costs.eac)}${vsCf}. Over its own term it costs ${formatMoney(r.approval.wholeLife)} in cash including irrecoverable VAT and needs approval by ${r.approval.tierLabel}.`;
}

function riskSentence(r: OptionResult, risks: number): string {
  if (!r.highestResidual) return 'No risks are recorded for it: risk is not assessed.';
  return `${countOf(risks, 'risk')} recorded; the highest residual risk is ${r.highestResidual.risk.title} (${r.highestResidual.style.label}, ${r.highestResidual.score}); risk allowance ${formatMoney(r.costs.riskAllowance.npc)} in present value.`;
}

function keyDates(contracts: readonly Contract[], today: IsoDate, r: OptionResult | undefined, settings: SummarySettings): LabelledValue[] {
  const c = primaryContract(contracts);
  const rows: LabelledValue[] = [];
  if (c) {
    const k = computeKeyDates(c, { today, defaults: settings.contractDefaults });
    const notice = noticePeriodOf(c, settings.contractDefaults);
    const mark = (assumed: boolean) => (assumed ? ' (assumed)' : '');
    if (leadTimeOf(c, settings.contractDefaults).days > 0)
      rows.push({ label: 'Latest decision date', value: formatDate(k.latestDecisionDate) + mark(k.decisionAssumed) });
    if (notice.days > 0) rows.push({ label: 'Notice deadline', value: formatDate(k.noticeDeadline) + mark(notice.assumed) });
    rows.push({ label: 'Current contract ends', value: formatDate(c.currentEndDate) });
  }
  if (r) {
    const ctx = resultContext(r, contracts, settings, today);
    rows.push({ label: 'Contract signed (earliest)', value: formatDate(ctx.signature) });
    if (ctx.goLive !== ctx.signature) rows.push({ label: 'Go-live (with optimism bias)', value: formatDate(ctx.goLive) });
  }
  return rows;
}

type SummarySettings = Pick<Settings, 'leadTimesMonths' | 'thresholds'> & Partial<Pick<Settings, 'contractDefaults'>>;

export function buildSummary(input: {
  result: AppraisalResult;
  appraisal: Appraisal;
  optionNames: Record<string, string>;
  contracts: readonly Contract[];
  riskCount: (optionId: string) => number;
  settings: SummarySettings;
  today: IsoDate;
}): SummaryModel {
  const { result, appraisal, optionNames } = input;
  const rec = appraisal.recommendation;
  const recommended = rec.optionId ? result.options.find((r) => r.option.id === rec.optionId) : undefined;
  const { best } = result;
  const byId = new Map(result.options.map((r) => [r.option.id, r]));
  const scoreOf = (id: string) => formatScore(byId.get(id)?.weightedScore ?? 0);
  const npcOf = (id: string) => formatMoney(byId.get(id)?.costs.npc ?? Number.NaN);

  const keyFacts: string[] = [];
  if (best.npc) keyFacts.push(`Lowest net present cost: ${names([best.npc], optionNames)} (${npcOf(best.npc)}).`);
  if (best.npsv) keyFacts.push(`Highest net present social value: ${names([best.npsv], optionNames)}.`);
  if (best.score) keyFacts.push(`Highest weighted score: ${names([best.score], optionNames)} (${scoreOf(best.score)} out of 10).`);
  const flagged = result.options.filter((r) => r.flags.some((f) => f.severity === 'critical'));
  keyFacts.push(
    flagged.length === 0
      ? `None of the ${countOf(result.options.length, 'option')} has a critical feasibility problem.`
      : `${countOf(flagged.length, 'option')} of ${result.options.length} ${flagged.length === 1 ? 'has' : 'have'} a critical feasibility problem: ${listProse(flagged.map((r) => r.option.name))}.`,
  );

  const by = rec.by ? ` by ${rec.by}` : '';
  const at = rec.at ? ` on ${formatDate(rec.at)}` : '';
  const statusLine = `Recommendation status: ${RECOMMENDATION_STATUSES_TEXT[rec.status]}${by || at ? `; recorded${by}${at}` : ''}.`;
  const cf = result.counterfactual.optionId ? optionNames[result.counterfactual.optionId] : null;
  const common = {
    reason: rec.reason,
    statusLine,
    keyFacts,
    situation: situation(input.contracts, input.today, input.settings),
    options: `${countOf(result.options.length, 'option')} ${result.options.length === 1 ? 'was' : 'were'} appraised${cf ? ` against ${cf} as the counterfactual` : ''}: ${listProse(result.options.map((r) => r.option.name))}. ${result.shortList.text}`,
    keyDates: keyDates(input.contracts, input.today, recommended, input.settings),
  };
  if (!recommended) {
    return {
      ...common,
      recommendedId: null,
      recommendedName: null,
      headline: 'No option has been recommended yet. The figures below compare the options on cost, risk, feasibility and quality.',
      departure: null,
      cost: null,
      risk: null,
    };
  }
  return {
    ...common,
    recommendedId: recommended.option.id,
    recommendedName: recommended.option.name,
    headline: `Recommended option: ${recommended.option.name}.`,
    departure: describeDeparture(result, recommended.option.id, rec.reason)?.sentence ?? null,
    cost: costSentence(recommended),
    risk: riskSentence(recommended, input.riskCount(recommended.option.id)),
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
