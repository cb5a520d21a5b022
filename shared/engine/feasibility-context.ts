import type { IsoDate } from '../dates';
import type { Contract, Option, Settings } from '../domain';
import { afterLeadTime } from '../domain/option-terms';
import type { ShortListCompleteness } from './counterfactual';
import type { Coverage } from './follow-on';
import { addDaysIso, addMonthsIso, wholeMonthsBetween } from '../dates';
import { computeKeyDates, type KeyDates } from './key-dates';
import { implementationLeadMonths, routeLeadMonths } from './lead-times';

/**
 * The dates every feasibility check shares, worked out once so all six checks (and their wording)
 * agree on the same signature and go-live dates.
 */

export interface FeasibilityInput {
  option: Option;
  /** The appraised contract(s); the first one that is not a hosting contract is "the" contract. */
  contracts: readonly Contract[];
  settings: Pick<Settings, 'leadTimesMonths' | 'thresholds'> & Partial<Pick<Settings, 'contractDefaults'>>;
  today: IsoDate;
  /** The option's whole-life cost, £ excluding VAT (for the threshold check). */
  wholeLifeCost: number;
  /**
   * Contracts linked to the appraised ones (e.g. a separate hosting contract the user did not tick):
   * their hosting end counts for the hosting gap, which is then raised on that contract.
   */
  linkedContracts?: readonly Contract[];
  /** Months of approval before the route can start (docs/domain.md §4 approval route). */
  approval?: { leadMonths: number; tierLabel: string };
  /** Months go-live moves under duration optimism bias (0 when not given). */
  goLiveShiftMonths?: number;
  /** Coverage of the appraisal period, for the coverage gap check. */
  coverage?: Coverage;
  /** The appraisal's short list, for the "short list incomplete" check. */
  shortList?: ShortListCompleteness;
}

export type FeasibilityCheckId =
  | 'too-late'
  | 'service-gap'
  | 'hosting-gap'
  | 'coverage-gap'
  | 'short-list-incomplete'
  | 'direct-award-without-ground'
  | 'substantial-modification'
  | 'above-threshold';

/** `none` when the check does not fire; otherwise how much it should worry a board. */
export type Severity = 'none' | 'advisory' | 'warning' | 'critical';

export interface FeasibilityResult {
  check: FeasibilityCheckId;
  fires: boolean;
  severity: Severity;
  title: string;
  /** Plain English with en-GB dates and £ figures. */
  explanation: string;
  /** The dates (ISO) and numbers the check used, for the report's working. */
  figures: Record<string, string | number | boolean | null>;
  /** The contract the finding belongs to, when it is not the appraised one (a hosting contract). */
  contractRef?: string;
}

type Figures = FeasibilityResult['figures'];

/** A check that does not fire: it passed, or could not be made (the title and explanation say which). */
export function quiet(check: FeasibilityCheckId, title: string, explanation: string, figures: Figures): FeasibilityResult {
  return { check, fires: false, severity: 'none', title, explanation, figures };
}

/** A check's outcome: at `severity` under the first title when it fires, severity none under the second when not. */
export function outcome(
  check: FeasibilityCheckId,
  fires: boolean,
  severity: Exclude<Severity, 'none'>,
  [firesTitle, quietTitle]: readonly [string, string],
  explanation: string,
  figures: Figures,
): FeasibilityResult {
  return { check, fires, severity: fires ? severity : 'none', title: fires ? firesTitle : quietTitle, explanation, figures };
}

export interface FeasibilityContext extends FeasibilityInput {
  contract: Contract | undefined;
  keyDates: KeyDates | undefined;
  routeLead: number;
  /** Approval months before the route starts (0 when not given). */
  approvalLead: number;
  /** today + approval lead time + route lead time: the earliest a contract could be signed. */
  earliestSignature: IsoDate;
  /** The later of earliestSignature and the option's start date. */
  signature: IsoDate;
  /** 0 unless the option is a new system. */
  implementationLead: number;
  /** Months go-live moves under duration optimism bias. */
  goLiveShift: number;
  /** Signature plus implementation, before optimism bias. */
  plannedGoLive: IsoDate;
  /** When the option's service is live: signature, plus implementation and its duration bias for a new system. */
  goLive: IsoDate;
}

/** The contract whose service the option replaces or continues: prefer a non-hosting contract. */
export function primaryContract(contracts: readonly Contract[]): Contract | undefined {
  return contracts.find((c) => c.category !== 'hosting') ?? contracts[0];
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** Whole months from `from` to `to` (floored, as a person counts "7 months away"). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return wholeMonthsBetween(from, to);
}

export function dayAfter(iso: IsoDate): IsoDate {
  return addDaysIso(iso, 1);
}

export function buildContext(input: FeasibilityInput): FeasibilityContext {
  const { option, contracts, settings, today } = input;
  const lead = settings.leadTimesMonths;
  const contract = primaryContract(contracts);
  const routeLead = routeLeadMonths(option.route, lead);
  const approvalLead = input.approval?.leadMonths ?? 0;
  const earliestSignature = afterLeadTime(today, routeLead + approvalLead);
  const signature = laterOf(earliestSignature, option.terms.startDate);
  const implementationLead = option.newSystem ? (option.implementationMonths ?? implementationLeadMonths(contract?.category, lead)) : 0;
  const goLiveShift = option.newSystem ? (input.goLiveShiftMonths ?? 0) : 0;
  const plannedGoLive = afterLeadTime(signature, implementationLead);
  return {
    ...input,
    contract,
    keyDates: contract ? computeKeyDates(contract, { today, defaults: settings.contractDefaults }) : undefined,
    routeLead,
    approvalLead,
    earliestSignature,
    signature,
    implementationLead,
    goLiveShift,
    plannedGoLive,
    goLive: addMonthsIso(plannedGoLive, goLiveShift),
  };
}

/** Unexercised extension options on a contract, in total months (a possible bridge). */
export function unexercisedExtensionMonths(contract: Contract): number {
  return contract.extensionOptions.filter((e) => !e.exercised).reduce((sum, e) => sum + e.months, 0);
}

/**
 * The current hosting end: the earliest hostingEndDate recorded on any appraised contract, or the
 * end of a contract that is itself the hosting contract.
 */
export function currentHostingEnd(
  contracts: readonly Contract[],
  linked: readonly Contract[] = [],
): { date: IsoDate; source: Contract } | undefined {
  let best: { date: IsoDate; source: Contract } | undefined;
  const all = [...contracts, ...linked.filter((l) => !contracts.some((c) => c.reference === l.reference))];
  for (const c of all) {
    const date = c.hostingEndDate ?? (c.category === 'hosting' ? c.currentEndDate : undefined);
    // On the same day, the hosting contract itself is the one the finding belongs to.
    if (date && (!best || date < best.date || (date === best.date && c.category === 'hosting' && best.source.category !== 'hosting'))) {
      best = { date, source: c };
    }
  }
  return best;
}
