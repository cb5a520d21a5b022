import type { Benefit, CostLine, GoLiveLink, LineUplift, Option, Risk } from '../domain';
import { isoToDayNumber } from '../dates';
import { flowOfBenefit, flowOfLine, flowTotal, lineGoLiveLink, lineUplift, shiftFlowDays, type Flow, type PeriodContext } from './flows';
import { stagesOf, type OptionRecords, type Stage } from './follow-on';

/**
 * Everything that enters one option's figures: its own lines, risks and benefits, and those of its
 * follow-on options shifted to their follow-on dates. Each follow-on line keeps its whole total when
 * shifted (daily accrual over leap years would otherwise change it by a day's cost), so "bridge, then
 * re-procure" carries exactly the re-procurement's costs, only later.
 */

export interface LineContribution {
  line: CostLine;
  /** The option the line belongs to: the option itself or one of its follow-ons. */
  source: Option;
  followOn: boolean;
  /** After the follow-on shift, before any go-live move. */
  flow: Flow;
  /** Keeps a shifted line's total equal to the original's. */
  scale: number;
  uplift: LineUplift;
  /** The uplift as a fraction (2.0 for 200%), from the source option's optimism bias. */
  upliftRate: number;
  link: GoLiveLink;
  /** Months go-live moves under the source option's duration optimism bias. */
  durationMonths: number;
}

export interface RiskContribution {
  risk: Risk;
  source: Option;
  followOn: boolean;
  /** Day the risk would land (shifted), or null for year 0. */
  landsDay: number | null;
}

export interface BenefitContribution {
  benefit: Benefit;
  source: Option;
  followOn: boolean;
  /** Null for an unmonetisable benefit. */
  flow: Flow | null;
  scale: number;
  link: GoLiveLink;
  durationMonths: number;
}

export interface Contributions {
  lines: LineContribution[];
  risks: RiskContribution[];
  benefits: BenefitContribution[];
  stages: Stage[];
  chainProblem: string | null;
}

/** Months from contract start to go-live: the option's own figure, else the default for a new system. */
export function implementationMonthsOf(option: Option, defaultMonths: number): number {
  return option.implementationMonths ?? (option.newSystem ? defaultMonths : 0);
}

/** Duration optimism bias: go-live moves by round(implementation months × OB%) (18 × 54% = 10). */
export function durationShiftMonths(option: Option, defaultMonths: number): number {
  return Math.round((implementationMonthsOf(option, defaultMonths) * option.optimismBias.duration.pct) / 100);
}

export function upliftRateOf(option: Option, uplift: LineUplift): number {
  switch (uplift) {
    case 'development':
      return option.optimismBias.development.pct / 100;
    case 'service-charge':
      return option.optimismBias.serviceCharge.pct / 100;
    default:
      return 0;
  }
}

/** A line's scale for a given shift and indexation change, cached: every recalculation asks again. */
const scaleMemo = new WeakMap<object, Map<string, number>>();

function shiftedScale(record: object, original: Flow, shifted: Flow, ctx: PeriodContext): number {
  if (shifted.start === original.start || original.kind === 'one-off') return 1;
  const key = `${shifted.start - original.start}:${ctx.indexationDeltaPct}:${original.amount}:${original.start}:${original.end}:${original.indexationPct}`;
  let memo = scaleMemo.get(record);
  const hit = memo?.get(key);
  if (hit !== undefined) return hit;
  const after = flowTotal(shifted, ctx.indexationDeltaPct);
  const scale = after === 0 ? 1 : flowTotal(original, ctx.indexationDeltaPct) / after;
  if (!memo) scaleMemo.set(record, (memo = new Map()));
  memo.set(key, scale);
  return scale;
}

export function contributionsOf(
  option: Option,
  records: OptionRecords,
  ctx: PeriodContext,
  defaultImplementationMonths: number,
): Contributions {
  const { stages, problem } = stagesOf(option, records);
  const out: Contributions = { lines: [], risks: [], benefits: [], stages, chainProblem: problem };
  for (const stage of stages) {
    const source = stage.option;
    const followOn = source !== option;
    const durationMonths = durationShiftMonths(source, defaultImplementationMonths);
    for (const line of records.lines.get(source.id) ?? []) {
      const original = flowOfLine(line);
      // A follow-on serves from its follow-on date: its lines before then are left out.
      const flow = followOn ? { ...shiftFlowDays(original, stage.shiftDays), from: stage.from } : original;
      const uplift = lineUplift(line);
      out.lines.push({
        line,
        source,
        followOn,
        flow,
        scale: shiftedScale(line, original, flow, ctx),
        uplift,
        upliftRate: upliftRateOf(source, uplift),
        link: lineGoLiveLink(line),
        durationMonths,
      });
    }
    for (const risk of records.risks.get(source.id) ?? []) {
      const own = risk.landsOn ? isoToDayNumber(risk.landsOn) : null;
      // A follow-on's risk without a date lands when that follow-on starts.
      const landsDay = own !== null ? own + stage.shiftDays : followOn ? stage.from : null;
      out.risks.push({ risk, source, followOn, landsDay });
    }
    for (const benefit of records.benefits.get(source.id) ?? []) {
      const original = benefit.cashflow ? flowOfBenefit(benefit.cashflow, benefit.basis) : null;
      const flow = original && followOn ? { ...shiftFlowDays(original, stage.shiftDays), from: stage.from } : original;
      out.benefits.push({
        benefit,
        source,
        followOn,
        flow,
        scale: original && flow ? shiftedScale(benefit, original, flow, ctx) : 1,
        link: benefit.goLiveLink ?? (source.newSystem ? 'from-go-live' : 'none'),
        durationMonths,
      });
    }
  }
  return out;
}
