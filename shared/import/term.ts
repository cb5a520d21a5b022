import { addDaysIso, addMonthsIso, type IsoDate } from '../dates';

/**
 * The last day of a contract that starts on `start` and runs `months` months: the day before the
 * same day of the month `months` later (1 Apr 2024 + 60 → 31 Mar 2029). When that day does not
 * exist (31 Jan + 1 month, 29 Feb + 12 months) the term ends on the last day of the shorter month
 * (28 Feb): that is when the "month" runs out, and it is what a contract manager would write.
 */
export function endDateFromTerm(start: IsoDate, months: number): IsoDate {
  const anniversary = addMonthsIso(start, months);
  // date-fns clamps a missing day to the month's last day; a changed day-of-month means it did.
  if (anniversary.slice(8) !== start.slice(8)) return anniversary;
  return addDaysIso(anniversary, -1);
}
