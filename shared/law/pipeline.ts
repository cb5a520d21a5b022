import type { IsoDate } from '../dates';
import type { Contract, ProcurementRoute } from '../domain';
import { isPsrRoute } from '../domain';
import { isDirectAwardRoute, wholeLeadMonths } from '../domain/option-terms';
import { addMonthsToDay, dayNumberToIso, isoToDayNumber } from '../dates';
import type { LeadTimes } from '../engine/lead-times';
import { routeLeadMonths } from '../engine/lead-times';
import { regimeCodeOf } from './regime';
import { DEFAULT_VAT_RATE, exceeds, PIPELINE_CONTRACT_TEST, PIPELINE_SPEND_TEST } from './thresholds';

/**
 * The pipeline notice for a coming financial year (PA 2023 s.93; docs/domain.md §5).
 *
 * The £100m test covers ALL the trust's non-exempt contracts (drugs, agency staff, estates, IT), which
 * no IT register can compute: the user states it (yes / no / not known, and "not known" leaves the task
 * "to be confirmed", never "not required"). The register's own payments due in the year, incl. VAT, are
 * a lower bound: MORE THAN £100m settles the answer as yes; at or below, they settle nothing.
 *
 * If it applies, the notice lists by 26 May (56 days beginning with 1 April) every public contract over
 * £2m incl. VAT for which the trust intends to publish a tender or transparency notice in the 18 months
 * from 1 April (to 30 September of the following year). Re-procurements and direct awards qualify;
 * framework call-offs, modifications and extensions, and PSR awards do not.
 */
export type SpendAnswer = 'yes' | 'no' | 'not-known';

/**
 * The notice an entry's procurement will publish: a transparency notice (UK5) for a direct award
 * (isDirectAwardRoute: PA 2023 direct award or PCR 2015 negotiated without prior publication), else a
 * tender notice (UK4). The Pipeline screen's reason and the CSV and XLSX exports both say it from here.
 */
export type PipelineNoticeKind = 'UK4' | 'UK5';

export function pipelineNoticeKind(route: ProcurementRoute): PipelineNoticeKind {
  return isDirectAwardRoute(route) ? 'UK5' : 'UK4';
}

export const PIPELINE_NOTICE_WORDS: Readonly<Record<PipelineNoticeKind, string>> = { UK4: 'tender notice', UK5: 'transparency notice' };

export interface PipelineOverride {
  include?: boolean;
  estimatedValueExVat?: number;
  expectedNoticeDate?: IsoDate;
  cpv?: string;
  /** The route the trust plans for the replacement (default: an open procedure). */
  route?: ProcurementRoute;
}

export interface PipelineInput {
  contracts: readonly Contract[];
  today: IsoDate;
  /** Start year of the financial year the notice is for (default: the next 1 April on or after today's FY start). */
  financialYear?: number;
  spendStated: SpendAnswer;
  leadTimes: LeadTimes;
  overrides?: Readonly<Record<string, PipelineOverride>>;
  vatRate?: number;
}

export interface PipelineEntry {
  reference: string;
  title: string;
  route: ProcurementRoute;
  /** £ incl. VAT (the pipeline test is on value incl. VAT). */
  estimatedValueIncVat: number;
  expectedNoticeDate: IsoDate;
  cpv: string | null;
  included: boolean;
  /** Why it is in or out, in words. */
  reason: string;
  overridden: boolean;
}

export type PipelineStatus = 'required' | 'not-required' | 'to-be-confirmed';

export interface PipelineResult {
  financialYear: number;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  deadline: IsoDate;
  /** Days from today to 26 May (negative once passed). */
  daysToDeadline: number;
  registerPaymentsIncVat: number;
  status: PipelineStatus;
  statusReason: string;
  entries: PipelineEntry[];
}

function paymentsInYear(c: Contract, fyStart: number, fyEnd: number, vat: number): number {
  if (c.annualValue === undefined || !c.startDate) return 0;
  const start = Math.max(isoToDayNumber(c.startDate), fyStart);
  const end = Math.min(isoToDayNumber(c.terminatedOn ?? c.currentEndDate), fyEnd);
  if (end < start) return 0;
  return ((c.annualValue * (end - start + 1)) / (fyEnd - fyStart + 1)) * (1 + vat);
}

export function defaultPipelineYear(today: IsoDate): number {
  const y = Number(today.slice(0, 4));
  // From 1 January to 26 May the notice for the year starting (or started) on 1 April is the one to
  // publish; after 26 May, plan next year's.
  return today.slice(5) <= '05-26' ? y : y + 1;
}

export function buildPipeline(input: PipelineInput): PipelineResult {
  const gen = pipelineInSteps(input, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

/**
 * The same pipeline in steps of `chunk` contracts, yielding the fraction done after each, so the UI
 * thread can build it for a 100,000-contract register without a long task (a few ms a step).
 */
export function* pipelineInSteps(input: PipelineInput, chunk = 500): Generator<number, PipelineResult, void> {
  const vat = input.vatRate ?? DEFAULT_VAT_RATE;
  const fy = input.financialYear ?? defaultPipelineYear(input.today);
  const windowStart = isoToDayNumber(`${fy}-04-01`);
  const windowEnd = isoToDayNumber(`${fy + 1}-09-30`);
  const fyEnd = isoToDayNumber(`${fy + 1}-03-31`);
  const deadline = isoToDayNumber(`${fy}-05-26`);
  const todayDay = isoToDayNumber(input.today);

  let payments = 0;
  const entries: PipelineEntry[] = [];
  for (let i = 0; i < input.contracts.length; i += 1) {
    if (i > 0 && i % chunk === 0) yield i / input.contracts.length;
    const c = input.contracts[i];
    payments += paymentsInYear(c, windowStart, fyEnd, vat);
    const o = input.overrides?.[c.reference];
    const route = o?.route ?? 'open';
    const regime = regimeCodeOf(c, input.today);
    const replacementStart = isoToDayNumber(c.terminatedOn ?? c.currentEndDate) + 1;
    const lead = routeLeadMonths(route, input.leadTimes);
    const computedNotice = addMonthsToDay(replacementStart, -wholeLeadMonths(lead));
    const notice = o?.expectedNoticeDate ? isoToDayNumber(o.expectedNoticeDate) : computedNotice;
    const valueEx = o?.estimatedValueExVat ?? c.totalValue ?? null;
    if (valueEx === null) continue;
    const valueInc = Math.round(valueEx * (1 + vat) * 100) / 100;
    const inWindow = notice >= windowStart && notice <= windowEnd;
    const overTwo = exceeds(valueInc, PIPELINE_CONTRACT_TEST);
    const qualifyingRoute = route !== 'framework-call-off' && route !== 'modification' && !isPsrRoute(route) && regime !== 'PSR';
    const auto = inWindow && overTwo && qualifyingRoute;
    if (!auto && o?.include === undefined && !(inWindow && qualifyingRoute)) continue;
    const included = o?.include ?? auto;
    const reason = !qualifyingRoute
      ? 'not listed: framework call-offs, modifications and PSR awards are not in the pipeline'
      : !overTwo
        ? 'not over £2m incl. VAT'
        : !inWindow
          ? 'its notice falls outside the 18 months from 1 April'
          : `over £2m incl. VAT with a ${PIPELINE_NOTICE_WORDS[pipelineNoticeKind(route)]} expected in the window`;
    entries.push({
      reference: c.reference,
      title: c.title,
      route,
      estimatedValueIncVat: valueInc,
      expectedNoticeDate: dayNumberToIso(notice),
      cpv: o?.cpv ?? c.cpvCodes?.[0] ?? null,
      included,
      reason: o?.include !== undefined && o.include !== auto ? `${o.include ? 'included' : 'excluded'} by the user (${reason})` : reason,
      overridden: o !== undefined,
    });
  }
  payments = Math.round(payments * 100) / 100;
  const settled = exceeds(payments, PIPELINE_SPEND_TEST);
  let status: PipelineStatus;
  let statusReason: string;
  if (settled) {
    status = 'required';
    statusReason = `The register alone has payments of more than £100m incl. VAT due in ${fy}/${String((fy + 1) % 100).padStart(2, '0')}, so the pipeline notice is required (s.93).${input.spendStated === 'no' ? ' This overrides the answer "no".' : ''}`;
  } else if (input.spendStated === 'yes') {
    status = 'required';
    statusReason =
      'The trust expects to pay more than £100m incl. VAT under its contracts this year, so the pipeline notice is required (s.93).';
  } else if (input.spendStated === 'no') {
    status = 'not-required';
    statusReason =
      'The trust expects to pay £100m or less incl. VAT under all its contracts this year (its own statement); the register’s payments do not settle it.';
  } else {
    status = 'to-be-confirmed';
    statusReason =
      'Not yet known whether the trust will pay more than £100m incl. VAT under all its contracts this year (drugs, agency staff, estates and IT); the register’s own payments are only a lower bound. To be confirmed.';
  }
  entries.sort((a, b) => (a.expectedNoticeDate < b.expectedNoticeDate ? -1 : a.expectedNoticeDate > b.expectedNoticeDate ? 1 : 0));
  return {
    financialYear: fy,
    windowStart: dayNumberToIso(windowStart),
    windowEnd: dayNumberToIso(windowEnd),
    deadline: dayNumberToIso(deadline),
    daysToDeadline: deadline - todayDay,
    registerPaymentsIncVat: payments,
    status,
    statusReason,
    entries,
  };
}
