import type { IsoDate } from '../dates';
import type { Benefit, CostLine, Option, Risk } from '../domain';
import { addMonthsToDay, dayNumberToIso, isoToDayNumber, wholeMonthsBetween } from '../dates';

/**
 * Like for like (docs/domain.md §4): each option covers the same service for the whole appraisal
 * period. An option's own term is followed by its follow-on: another option of the appraisal from a
 * date (that option's lines, risks and benefits shifted there, and its own follow-on after it),
 * explicit lines of this option beyond its term, or "service ends" with a reason. Months left
 * uncovered are a coverage gap and the option is incomplete. Business as usual covers the period by
 * definition.
 */

/** Records grouped by option id, built once per recalculation. */
export interface OptionRecords {
  options: ReadonlyMap<string, Option>;
  lines: ReadonlyMap<string, readonly CostLine[]>;
  risks: ReadonlyMap<string, readonly Risk[]>;
  benefits: ReadonlyMap<string, readonly Benefit[]>;
}

/** One stage of an option's chain: the option itself (shift 0), then each follow-on option. */
export interface Stage {
  option: Option;
  /** Whole days its records move (0 for the option itself). */
  shiftDays: number;
  /** First and last day it serves, after the shift. */
  from: number;
  to: number;
}

export interface CoverageGap {
  from: IsoDate;
  to: IsoDate;
  days: number;
  months: number;
}

export interface Coverage {
  /** True when every day from the option's start to the period end is served. */
  complete: boolean;
  gaps: CoverageGap[];
  gapDays: number;
  gapMonths: number;
  /** The follow-on in words, e.g. "Re-procure competitively from 1 Jul 2029". */
  followOn: FollowOnSummary;
  /** A problem with the chain itself (a loop, a missing option). */
  problem: string | null;
}

export type FollowOnSummary =
  | { kind: 'covers-period' }
  | { kind: 'none' }
  | { kind: 'option'; optionId: string; name: string; from: IsoDate }
  | { kind: 'lines'; until: IsoDate | null; description: string }
  | { kind: 'service-ends'; reason: string };

export function termEndDay(option: Option): number {
  return addMonthsToDay(isoToDayNumber(option.terms.startDate), option.terms.durationMonths) - 1;
}

const MAX_CHAIN = 10;

/** The option followed by its chain of follow-on options, each shifted to its follow-on date. */
export function stagesOf(option: Option, records: OptionRecords): { stages: Stage[]; problem: string | null; last: Option } {
  const stages: Stage[] = [{ option, shiftDays: 0, from: isoToDayNumber(option.terms.startDate), to: termEndDay(option) }];
  const seen = new Set([option.id]);
  let current = option;
  let shift = 0;
  let problem: string | null = null;
  while (current.followOn?.kind === 'option' && stages.length < MAX_CHAIN) {
    const next = records.options.get(current.followOn.optionId);
    if (!next) {
      problem = `the follow-on option of '${current.name}' is no longer in this appraisal`;
      break;
    }
    if (seen.has(next.id)) {
      problem = `the follow-on of '${current.name}' leads back to '${next.name}', so the chain never ends`;
      break;
    }
    // The follow-on date is in the follower's own timeline, which is itself shifted by `shift`.
    const from = isoToDayNumber(current.followOn.from) + shift;
    shift = from - isoToDayNumber(next.terms.startDate);
    stages.push({ option: next, shiftDays: shift, from, to: termEndDay(next) + shift });
    seen.add(next.id);
    current = next;
  }
  return { stages, problem, last: current };
}

function latestLineEnd(lines: readonly CostLine[], shift: number): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const l of lines) {
    const end = isoToDayNumber(l.kind === 'one-off' ? l.date : l.endDate) + shift;
    if (end > latest) latest = end;
  }
  return latest;
}

/** Coverage of the period from the option's own start to the period's last day. */
export function coverageOf(option: Option, records: OptionRecords, periodEndDay: number): Coverage {
  if (option.kind === 'business-as-usual') {
    return { complete: true, gaps: [], gapDays: 0, gapMonths: 0, followOn: { kind: 'covers-period' }, problem: null };
  }
  const { stages, problem, last } = stagesOf(option, records);
  const served: Array<[number, number]> = stages.map((s) => [s.from, s.to]);
  const lastShift = stages[stages.length - 1].shiftDays;
  let followOn: FollowOnSummary = { kind: 'none' };
  const first = option.followOn;
  if (first?.kind === 'option') {
    const next = stages[1]?.option;
    followOn = { kind: 'option', optionId: first.optionId, name: next?.name ?? 'a removed option', from: first.from };
  } else if (first?.kind === 'service-ends') {
    followOn = { kind: 'service-ends', reason: first.reason };
  }
  // Explicit lines carry the service past the chain's last term, to the latest line's end.
  const tail = last.followOn;
  if (tail?.kind === 'lines') {
    const until = latestLineEnd(records.lines.get(last.id) ?? [], lastShift);
    if (Number.isFinite(until)) served.push([stages[stages.length - 1].to + 1, until]);
    if (first?.kind === 'lines') {
      followOn = { kind: 'lines', until: Number.isFinite(until) ? dayNumberToIso(until) : null, description: tail.description };
    }
  }
  served.sort((a, b) => a[0] - b[0]);
  const gaps: CoverageGap[] = [];
  let cursor = stages[0].from;
  const addGap = (from: number, to: number): void => {
    if (to < from) return;
    const fromIso = dayNumberToIso(from);
    gaps.push({ from: fromIso, to: dayNumberToIso(to), days: to - from + 1, months: wholeMonthsBetween(fromIso, dayNumberToIso(to + 1)) });
  };
  for (const [from, to] of served) {
    if (cursor > periodEndDay) break;
    if (from > cursor) addGap(cursor, Math.min(from - 1, periodEndDay));
    cursor = Math.max(cursor, to + 1);
  }
  if (cursor <= periodEndDay) addGap(cursor, periodEndDay);
  const gapDays = gaps.reduce((s, g) => s + g.days, 0);
  return {
    complete: gapDays === 0 && problem === null,
    gaps,
    gapDays,
    gapMonths: gaps.reduce((s, g) => s + g.months, 0),
    followOn,
    problem,
  };
}

/** Groups an appraisal's records by option once, so each option touches only its own. */
export function groupRecords(
  options: readonly Option[],
  lines: readonly CostLine[],
  risks: readonly Risk[] = [],
  benefits: readonly Benefit[] = [],
): OptionRecords {
  const byId = new Map(options.map((o) => [o.id, o]));
  const group = <T extends { optionId: string; order?: number }>(items: readonly T[]): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const item of items) {
      if (!byId.has(item.optionId)) continue;
      const list = out.get(item.optionId);
      if (list) list.push(item);
      else out.set(item.optionId, [item]);
    }
    return out;
  };
  return { options: byId, lines: group(lines), risks: group(risks), benefits: group(benefits) };
}
