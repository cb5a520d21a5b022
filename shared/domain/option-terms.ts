import { addDaysIso, addMonthsIso } from '../dates';
import type { IsoDate } from '../dates';
import type { CostLine, Option } from './appraisal';
import type { ProcurementRoute } from './enums';

/**
 * The words of an option's terms and route that several places need, said once: the last day of a
 * term, the routes that award without competition, the latest start of a procurement, and the rule
 * that cost lines follow the term.
 */

type Terms = Pick<Option['terms'], 'startDate' | 'durationMonths'>;

/** The last day of a term: start + duration − 1 day (1 Apr 2027 for 24 months ends 31 Mar 2029). */
export function termEnd(terms: Terms): IsoDate {
  return addDaysIso(addMonthsIso(terms.startDate, terms.durationMonths), -1);
}

/** The first day after a term: where a follow-on naturally starts. */
export function dayAfterTerm(terms: Terms): IsoDate {
  return addMonthsIso(terms.startDate, terms.durationMonths);
}

/**
 * Routes that award a contract without competition under the Act or PCR 2015: a PA 2023 direct award
 * (s.41 and Sch. 5, or s.43) and PCR 2015's negotiated procedure without prior publication (reg. 32).
 * They need a legal ground and publish a transparency notice (UK5; under PCR a VEAT notice), never a
 * tender notice. A PSR direct award is not one of them: it records its PSR process (A, B or C), has no
 * Find a Tender transparency notice and is not in the pipeline (see isPsrRoute).
 */
export function isDirectAwardRoute(route: ProcurementRoute): boolean {
  return route === 'direct-award' || route === 'negotiated-without-publication';
}

/**
 * The latest day a procurement can start and still be signed by `signature`: signature less the
 * route's lead time in whole months, a fractional lead time rounded UP (2.5 months plans as 3), so the
 * date is the earliest safe start, never the later of two readings.
 */
export function latestProcurementStart(signature: IsoDate, leadMonths: number): IsoDate {
  return addMonthsIso(signature, -wholeLeadMonths(leadMonths));
}

/** A lead time in whole months as every start date counts it: rounded up (docs/domain.md §5). */
export function wholeLeadMonths(leadMonths: number): number {
  return Math.ceil(leadMonths);
}

/** The date a lead time after `from` ends, the lead time counted in whole months rounded up (docs/domain.md §5). */
export function afterLeadTime(from: IsoDate, leadMonths: number): IsoDate {
  return addMonthsIso(from, wholeLeadMonths(leadMonths));
}

/** When the procurement must start by: its latest start, or today once that has passed. */
export function procurementStartBy(signature: IsoDate, leadMonths: number, today: IsoDate): IsoDate {
  const latest = latestProcurementStart(signature, leadMonths);
  return latest > today ? latest : today;
}

/** Routes that need a recorded legal ground: a direct award, or a change to the existing contract. */
export function needsLegalGround(route: ProcurementRoute): boolean {
  return isDirectAwardRoute(route) || route === 'modification';
}

/**
 * Cost lines follow the term: when an option's terms change, a line that started on the old start
 * date, or ran to the old end of term, moves to the new one. Lines with their own dates stay.
 * Returns only the lines that moved.
 */
export function linesFollowingTerms(lines: readonly CostLine[], before: Terms, after: Terms): CostLine[] {
  const oldStart = before.startDate;
  const oldEnd = termEnd(before);
  const newEnd = termEnd(after);
  const moved: CostLine[] = [];
  for (const line of lines) {
    if (line.kind === 'one-off') {
      if (line.date === oldStart && oldStart !== after.startDate) moved.push({ ...line, date: after.startDate });
    } else if ((line.startDate === oldStart && oldStart !== after.startDate) || (line.endDate === oldEnd && oldEnd !== newEnd)) {
      moved.push({
        ...line,
        startDate: line.startDate === oldStart ? after.startDate : line.startDate,
        endDate: line.endDate === oldEnd ? newEnd : line.endDate,
      });
    }
  }
  return moved;
}
