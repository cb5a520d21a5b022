import type { IsoDate } from '../dates';
import type { Category, ProcurementRoute, Settings } from '../domain';
import { workingDaysBeginningWith, workingDaysAfter } from '../law/working-days';
import { assertNever } from '../result';
import { addDaysIso, addMonthsIso, daysBetween } from '../dates';
import { formatDate, formatMonths } from '../format';

/**
 * Typical lead times (docs/domain.md §5, "Typical lead times"; editable in Settings.leadTimesMonths),
 * months from decision to contract signature, and each route's statutory floor: a lead time shorter
 * than the floor is refused.
 *
 * Settings holds directAward, frameworkCallOff and openProcedure today; the keys below marked optional
 * are the DOMAIN defaults the lead adds to Settings (modification 1, PSR direct award 2, most suitable
 * provider 3, PSR competitive 9). Until then the defaults here apply.
 */
export type LeadTimes = Settings['leadTimesMonths'] & Partial<Record<ExtraLeadKey, number>>;
type ExtraLeadKey = 'modification' | 'psrDirectAward' | 'psrMostSuitableProvider' | 'psrCompetitive';
export type RouteLeadKey = 'directAward' | 'frameworkCallOff' | 'openProcedure' | ExtraLeadKey;

export const EXTRA_LEAD_TIME_DEFAULTS: Record<ExtraLeadKey, number> = {
  modification: 1,
  psrDirectAward: 2,
  psrMostSuitableProvider: 3,
  psrCompetitive: 9,
};

export function routeLeadKey(route: ProcurementRoute): RouteLeadKey {
  switch (route) {
    case 'direct-award':
    case 'negotiated-without-publication':
      return 'directAward';
    case 'modification':
      return 'modification';
    case 'framework-call-off':
      return 'frameworkCallOff';
    case 'open':
    case 'restricted':
    case 'competitive-flexible':
      return 'openProcedure';
    case 'psr-direct-award':
      return 'psrDirectAward';
    case 'psr-most-suitable-provider':
      return 'psrMostSuitableProvider';
    case 'psr-competitive':
      return 'psrCompetitive';
    default:
      return assertNever(route, 'procurement route');
  }
}

/** Months from decision to contract signature for a route. */
export function routeLeadMonths(route: ProcurementRoute, lead: LeadTimes): number {
  const key = routeLeadKey(route);
  switch (key) {
    case 'directAward':
    case 'frameworkCallOff':
    case 'openProcedure':
      return lead[key];
    case 'modification':
    case 'psrDirectAward':
    case 'psrMostSuitableProvider':
    case 'psrCompetitive':
      return lead[key] ?? EXTRA_LEAD_TIME_DEFAULTS[key];
    default:
      return assertNever(key, 'lead time');
  }
}

/** Months from signature to go-live for a new system: EPRs take longer than other systems. */
export function implementationLeadMonths(category: Category | undefined, lead: LeadTimes): number {
  return category === 'EPR' ? lead.eprImplementation : lead.otherImplementation;
}

/** The route as it reads inside a sentence: "an open procedure takes 12 months". */
const ROUTE_PHRASES: Record<ProcurementRoute, string> = {
  open: 'an open procedure',
  restricted: 'a restricted procedure',
  'competitive-flexible': 'a competitive flexible procedure',
  'framework-call-off': 'a framework call-off',
  'direct-award': 'a direct award',
  'negotiated-without-publication': 'a negotiated procedure without publication',
  modification: 'a contract modification',
  'psr-direct-award': 'a PSR direct award',
  'psr-most-suitable-provider': 'the PSR most suitable provider process',
  'psr-competitive': 'the PSR competitive process',
};

export function routePhrase(route: ProcurementRoute): string {
  return ROUTE_PHRASES[route];
}

/**
 * A route's statutory minimum from decision to signature (docs/domain.md §5): calendar days of
 * tendering, then working days of standstill.
 */
export interface StatutoryFloor {
  calendarDays: number;
  workingDays: number;
  /** PSR standstill counts from the day after the notice on England's calendar. */
  calendar: 'pa' | 'psr';
  text: string;
  citation: string;
}

export function statutoryFloor(route: ProcurementRoute, urgency = false): StatutoryFloor {
  switch (route) {
    case 'open':
    case 'restricted':
      return {
        calendarDays: 25,
        workingDays: 8,
        calendar: 'pa',
        text: "25 days' tendering and 8 working days' standstill",
        citation: 'PA 2023 s.54 and s.51',
      };
    case 'competitive-flexible':
      return {
        calendarDays: 50,
        workingDays: 8,
        calendar: 'pa',
        text: "25 days for requests to participate, 25 days' tendering and 8 working days' standstill",
        citation: 'PA 2023 s.54 and s.51',
      };
    case 'direct-award':
    case 'negotiated-without-publication':
      return urgency
        ? { calendarDays: 0, workingDays: 0, calendar: 'pa', text: 'no standstill for an urgency award', citation: 'PA 2023 s.51(3)' }
        : { calendarDays: 0, workingDays: 8, calendar: 'pa', text: "8 working days' standstill", citation: 'PA 2023 s.51(2)' };
    case 'framework-call-off':
    case 'modification':
      return { calendarDays: 0, workingDays: 0, calendar: 'pa', text: 'no statutory waiting period', citation: 'PA 2023 s.51(3), s.76' };
    case 'psr-direct-award':
    case 'psr-most-suitable-provider':
    case 'psr-competitive':
      return {
        calendarDays: 0,
        workingDays: 8,
        calendar: 'psr',
        text: "8 working days' standstill after the intention notice",
        citation: 'PSR reg. 12',
      };
    default:
      return assertNever(route, 'procurement route');
  }
}

export interface LeadTimeCheck {
  ok: boolean;
  /** The earliest signature the statutory steps allow, counted from `from`. */
  floorEnd: IsoDate;
  leadEnd: IsoDate;
  message: string;
}

/**
 * Refuses a lead time shorter than the route's statutory floor, counted from `from` (the decision
 * date, usually today) with the real working-day calendar.
 */
export function checkLeadTime(route: ProcurementRoute, months: number, from: IsoDate, urgency = false): LeadTimeCheck {
  const floor = statutoryFloor(route, urgency);
  const afterTender = addDaysIso(from, floor.calendarDays);
  const floorEnd =
    floor.workingDays === 0
      ? afterTender
      : floor.calendar === 'psr'
        ? workingDaysAfter(afterTender, floor.workingDays, 'psr').end
        : workingDaysBeginningWith(afterTender, floor.workingDays, 'pa').end;
  const whole = Math.floor(months);
  const leadEnd = addDaysIso(addMonthsIso(from, whole), Math.round((months - whole) * 30));
  const ok = !(months < 0) && daysBetween(floorEnd, leadEnd) >= 0;
  const message = ok
    ? `${formatMonths(months)} is at least the statutory minimum for ${routePhrase(route)} (${floor.text}, ${floor.citation}).`
    : `${formatMonths(months)} is shorter than the statutory minimum for ${routePhrase(route)}: ${floor.text} (${floor.citation}) take until ${formatDate(floorEnd)} from ${formatDate(from)}. Enter a longer lead time.`;
  return { ok, floorEnd, leadEnd, message };
}
