import type { Category, ProcurementRoute, Settings } from '../domain';
import { assertNever } from '../result';

/**
 * Typical lead times (DOMAIN.md section 5; editable in Settings.leadTimesMonths). Routes without
 * their own setting borrow the nearest: anything awarded without competition (direct award, the
 * PCR negotiated procedure, a modification) takes the direct-award time; every full competition
 * (open, restricted, competitive flexible) takes the open-procedure time.
 */
export type LeadTimes = Settings['leadTimesMonths'];
export type RouteLeadKey = 'directAward' | 'frameworkCallOff' | 'openProcedure';

export function routeLeadKey(route: ProcurementRoute): RouteLeadKey {
  switch (route) {
    case 'direct-award':
    case 'negotiated-without-publication':
    case 'modification':
      return 'directAward';
    case 'framework-call-off':
      return 'frameworkCallOff';
    case 'open':
    case 'restricted':
    case 'competitive-flexible':
      return 'openProcedure';
    default:
      return assertNever(route, 'procurement route');
  }
}

/** Months from decision to contract signature for a route. */
export function routeLeadMonths(route: ProcurementRoute, lead: LeadTimes): number {
  return lead[routeLeadKey(route)];
}

/** Months from signature to go-live for a new system: EPRs take longer than other systems. */
export function implementationLeadMonths(category: Category | undefined, lead: LeadTimes): number {
  return category === 'EPR' ? lead.eprImplementation : lead.otherImplementation;
}

/** The route as it reads inside a sentence: "an open procedure takes 12 months". */
export function routePhrase(route: ProcurementRoute): string {
  switch (route) {
    case 'open':
      return 'an open procedure';
    case 'restricted':
      return 'a restricted procedure';
    case 'competitive-flexible':
      return 'a competitive flexible procedure';
    case 'framework-call-off':
      return 'a framework call-off';
    case 'direct-award':
      return 'a direct award';
    case 'negotiated-without-publication':
      return 'a negotiated procedure without publication';
    case 'modification':
      return 'a contract modification';
    default:
      return assertNever(route, 'procurement route');
  }
}
