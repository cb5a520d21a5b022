import type { IsoDate } from '../dates';
import type { Contract } from '../domain';
import { addMonthsToDay, dayNumberToIso, isoToDayNumber } from '../dates';

/**
 * Key dates per contract (DOMAIN.md section 2 rule). Called for every row of a 100,000-row
 * register, so it works on integer day numbers, allocates only the two date strings it returns,
 * and caches the horizon end for the (today, horizon) pair all rows share.
 */

export interface KeyDateOptions {
  today: IsoDate;
  /** Months ahead that count as "expiring" (Settings.expiringHorizonMonths, default 18). */
  horizonMonths?: number;
}

export interface KeyDates {
  /** currentEndDate − noticePeriodDays: last day to give the supplier notice. */
  noticeDeadline: IsoDate;
  /** noticeDeadline − internalLeadTimeDays: last day to decide, allowing for approvals. */
  latestDecisionDate: IsoDate;
  /** Calendar days from today to currentEndDate (negative once ended). */
  daysToExpiry: number;
  /** Ends within the horizon and has not already ended. */
  expiring: boolean;
  /** The end date is before today (the end date itself is the last day of service). */
  expired: boolean;
  noticeDeadlinePassed: boolean;
  /** Latest decision date has passed, no decision is recorded, and the contract is still running. */
  overdue: boolean;
}

export const DEFAULT_HORIZON_MONTHS = 18;

let cachedToday = '';
let cachedHorizon = Number.NaN;
let cachedTodayDay = 0;
let cachedHorizonEndDay = 0;

function refreshCache(today: IsoDate, horizonMonths: number): void {
  if (today !== cachedToday || horizonMonths !== cachedHorizon) {
    cachedTodayDay = isoToDayNumber(today);
    if (Number.isNaN(cachedTodayDay)) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(today)}`);
    cachedHorizonEndDay = addMonthsToDay(cachedTodayDay, horizonMonths);
    cachedToday = today;
    cachedHorizon = horizonMonths;
  }
}

export function computeKeyDates(
  contract: Pick<Contract, 'currentEndDate' | 'noticePeriodDays' | 'internalLeadTimeDays' | 'decidedOn'>,
  { today, horizonMonths = DEFAULT_HORIZON_MONTHS }: KeyDateOptions,
): KeyDates {
  refreshCache(today, horizonMonths);
  const todayDay = cachedTodayDay;
  const horizonEnd = cachedHorizonEndDay;
  const end = isoToDayNumber(contract.currentEndDate);
  const notice = end - (contract.noticePeriodDays ?? 0);
  const decision = notice - (contract.internalLeadTimeDays ?? 0);
  const expired = end < todayDay;
  return {
    noticeDeadline: dayNumberToIso(notice),
    latestDecisionDate: dayNumberToIso(decision),
    daysToExpiry: end - todayDay,
    expiring: !expired && end <= horizonEnd,
    expired,
    noticeDeadlinePassed: notice < todayDay,
    overdue: decision < todayDay && !contract.decidedOn && !expired,
  };
}
