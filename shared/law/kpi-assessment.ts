import type { IsoDate } from '../dates';
import type { Contract, KpiRating } from '../domain';
import { addMonthsToDay, dayNumberToIso, isoToDayNumber } from '../dates';
import { formatDate } from '../format';

/**
 * Assessing a live contract's KPIs (PA 2023 s.71(2): at least once in every 12-month period of the
 * contract and on its termination; PR 2024 reg. 39(4)(g)-(h): each KPI's rating and the period it
 * applies to). The one place that decides a contract's assessment periods, which of them are rated,
 * due or overdue, and what the yearly performance-notice duty says about them (docs/law.md,
 * "Rating KPIs per period").
 */
export interface AssessmentPeriod {
  start: IsoDate;
  end: IsoDate;
}

export type PeriodStatus = 'rated' | 'due' | 'overdue';

export interface PeriodAssessment {
  period: AssessmentPeriod;
  /** The contract's KPIs with a rating for the period, in the contract's order. */
  rated: string[];
  /** Those still to be rated. */
  missing: string[];
  /** rated: every KPI rated; due: the period has not ended yet; overdue: it has ended without every rating. */
  status: PeriodStatus;
}

type Dated = Pick<Contract, 'startDate' | 'currentEndDate' | 'terminatedOn'>;

/** A contract term runs at most 50 years (600 months, as extension options allow); no register needs more periods. */
const MAX_PERIODS = 60;

/** The day the contract ends: when it was terminated, else its current end date. */
function endOf(c: Dated): IsoDate {
  return c.terminatedOn ?? c.currentEndDate;
}

/** "1 Apr 2025 – 31 Mar 2026": how a period is named on screen, in the change history and beside its duty. */
export function formatPeriod(p: AssessmentPeriod): string {
  return `${formatDate(p.start)} – ${formatDate(p.end)}`;
}

/** True while the contract's term has started and not ended (the register's "live" contracts). */
export function isLiveContract(c: Dated, today: IsoDate): boolean {
  return c.startDate !== undefined && c.startDate <= today && today <= endOf(c);
}

/**
 * The contract's 12-month periods from its start date (1 Apr 2025 – 31 Mar 2026, 1 Apr 2026 – …),
 * the last cut short at the contract's end; only those that have begun by `until` when it is given.
 * None without a start date.
 */
export function assessmentPeriods(c: Dated, until?: IsoDate): AssessmentPeriod[] {
  if (c.startDate === undefined) return [];
  const start = isoToDayNumber(c.startDate);
  const end = isoToDayNumber(endOf(c));
  const last = until === undefined ? end : Math.min(end, isoToDayNumber(until));
  const out: AssessmentPeriod[] = [];
  // Each period is measured from the original start (start + 12k months), so a 31 Jan or 29 Feb start never drifts.
  for (let k = 0; k < MAX_PERIODS; k += 1) {
    const from = addMonthsToDay(start, 12 * k);
    if (from > last) break;
    const to = Math.min(end, addMonthsToDay(start, 12 * (k + 1)) - 1);
    out.push({ start: dayNumberToIso(from), end: dayNumberToIso(to) });
  }
  return out;
}

/**
 * Whether a rating counts for a period: its own period ends within it. A rating for exactly that
 * period counts, and so does one for a period the trust chose itself (a financial year, say) that
 * ends inside it — either way the KPI was assessed for a span ending in that 12-month period.
 */
function countsFor(r: KpiRating, p: AssessmentPeriod): boolean {
  return r.periodEnd >= p.start && r.periodEnd <= p.end;
}

/** The rating of `kpi` that counts for `period`: one for exactly that period first, else one for a period the trust chose. */
export function ratingCountedFor(c: Pick<Contract, 'kpiRatings'>, kpi: string, period: AssessmentPeriod): KpiRating | undefined {
  const counting = (c.kpiRatings ?? []).filter((r) => r.kpi === kpi && countsFor(r, period));
  return counting.find((r) => r.periodStart === period.start && r.periodEnd === period.end) ?? counting[0];
}

function assess(c: Pick<Contract, 'kpis' | 'kpiRatings'>, period: AssessmentPeriod, today: IsoDate): PeriodAssessment {
  const ratings = c.kpiRatings ?? [];
  const rated: string[] = [];
  const missing: string[] = [];
  for (const kpi of c.kpis ?? []) (ratings.some((r) => r.kpi === kpi && countsFor(r, period)) ? rated : missing).push(kpi);
  const status: PeriodStatus = missing.length === 0 ? 'rated' : period.end < today ? 'overdue' : 'due';
  return { period, rated, missing, status };
}

/**
 * Every assessment period that has begun by `today`, with which KPIs are rated and its status: the
 * periods that have ended without a rating for every KPI are overdue, the current one is due by its
 * last day. Empty when the contract records no KPIs or no start date.
 */
export function kpiAssessmentStatus(c: Dated & Pick<Contract, 'kpis' | 'kpiRatings'>, today: IsoDate): PeriodAssessment[] {
  if (!c.kpis?.length) return [];
  return assessmentPeriods(c, today).map((p) => assess(c, p, today));
}

/**
 * What the yearly performance-notice duty due on `dueDate` says about the KPI ratings of the
 * assessment period containing that day ("KPIs rated for 1 Apr 2025 – 31 Mar 2026", or "2 of 3
 * KPIs rated for …"); null when no KPI of that period has been rated, so duties of contracts that
 * log no ratings read as before.
 */
export function performanceNoticeKpiNote(
  c: Dated & Pick<Contract, 'kpis' | 'kpiRatings'>,
  dueDate: IsoDate,
  today: IsoDate,
): string | null {
  if (!c.kpiRatings?.length || !c.kpis?.length) return null;
  const period = assessmentPeriods(c, dueDate).at(-1);
  if (period === undefined || period.end < dueDate) return null;
  const { rated } = assess(c, period, today);
  if (rated.length === 0) return null;
  const total = c.kpis.length;
  return rated.length === total
    ? `KPIs rated for ${formatPeriod(period)}`
    : `${rated.length} of ${total} KPIs rated for ${formatPeriod(period)}`;
}
