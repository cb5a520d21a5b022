import type { IsoDate } from '../dates';
import type { Contract } from '../domain';
import { addMonthsToDay, dayNumberToIso, isoToDayNumber } from '../dates';

/**
 * Key dates per contract (docs/domain.md §2 rule). Called for every row of a 100,000-row
 * register, so it works on integer day numbers, allocates only the two date strings it returns,
 * and caches the horizon end for the (today, horizon) pair all rows share.
 */

export interface KeyDateOptions {
  today: IsoDate;
  /** Months ahead that count as "expiring" (Settings.expiringHorizonMonths, default 18). */
  horizonMonths?: number;
  /**
   * The trust's defaults for a contract that records no notice period or lead time
   * (Settings.contractDefaults, 90 days each): a register that says nothing does not mean zero days.
   */
  defaults?: ContractDefaults;
}

export interface ContractDefaults {
  noticePeriodDays: number;
  internalLeadTimeDays: number;
}

export const DEFAULT_CONTRACT_DEFAULTS: ContractDefaults = { noticePeriodDays: 90, internalLeadTimeDays: 90 };

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
  /** The notice deadline rests on the trust's default notice period, not one recorded for the contract. */
  noticeAssumed: boolean;
  /** The latest decision date rests on a default (notice period, lead time or both). */
  decisionAssumed: boolean;
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
  { today, horizonMonths = DEFAULT_HORIZON_MONTHS, defaults = DEFAULT_CONTRACT_DEFAULTS }: KeyDateOptions,
): KeyDates {
  refreshCache(today, horizonMonths);
  const todayDay = cachedTodayDay;
  const horizonEnd = cachedHorizonEndDay;
  const end = isoToDayNumber(contract.currentEndDate);
  const noticeAssumed = contract.noticePeriodDays === undefined;
  const notice = end - (contract.noticePeriodDays ?? defaults.noticePeriodDays);
  const decision = notice - (contract.internalLeadTimeDays ?? defaults.internalLeadTimeDays);
  const expired = end < todayDay;
  return {
    noticeDeadline: dayNumberToIso(notice),
    latestDecisionDate: dayNumberToIso(decision),
    daysToExpiry: end - todayDay,
    expiring: !expired && end <= horizonEnd,
    expired,
    noticeDeadlinePassed: notice < todayDay,
    overdue: decision < todayDay && !contract.decidedOn && !expired,
    noticeAssumed,
    decisionAssumed: decisionAssumedOf(contract),
  };
}

/**
 * Whether a contract's latest decision date rests on the trust's defaults: its register gives no
 * notice period or no internal lead time. Needs no dates worked out, so a check over a whole
 * register (its footnote) costs nothing per row.
 */
export function decisionAssumedOf(contract: Pick<Contract, 'noticePeriodDays' | 'internalLeadTimeDays'>): boolean {
  return contract.noticePeriodDays === undefined || contract.internalLeadTimeDays === undefined;
}

/** A notice period or lead time as used: the contract's own, or the trust's default (assumed). */
export interface DaysUsed {
  days: number;
  assumed: boolean;
}

export function noticePeriodOf(contract: Pick<Contract, 'noticePeriodDays'>, defaults = DEFAULT_CONTRACT_DEFAULTS): DaysUsed {
  return contract.noticePeriodDays === undefined
    ? { days: defaults.noticePeriodDays, assumed: true }
    : { days: contract.noticePeriodDays, assumed: false };
}

export function leadTimeOf(contract: Pick<Contract, 'internalLeadTimeDays'>, defaults = DEFAULT_CONTRACT_DEFAULTS): DaysUsed {
  return contract.internalLeadTimeDays === undefined
    ? { days: defaults.internalLeadTimeDays, assumed: true }
    : { days: contract.internalLeadTimeDays, assumed: false };
}

/** "90 days" or "90 days (assumed: none recorded, the trust's default)". */
export function daysUsedInWords(used: DaysUsed): string {
  return `${used.days} ${used.days === 1 ? 'day' : 'days'}${used.assumed ? " (assumed: none recorded, the trust's default)" : ''}`;
}

/** The key-date options the settings give: today, the expiring horizon and the contract defaults. */
export function keyDateOptions(
  settings: { expiringHorizonMonths?: number; contractDefaults?: ContractDefaults },
  today: IsoDate,
): KeyDateOptions {
  return { today, horizonMonths: settings.expiringHorizonMonths, defaults: settings.contractDefaults };
}
