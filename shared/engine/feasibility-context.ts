import type { IsoDate } from '../dates';
import type { Contract, Option, Settings } from '../domain';
import { addDaysToIso, addMonthsToIso, wholeMonthsBetween } from './day-math';
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
  settings: Pick<Settings, 'leadTimesMonths' | 'thresholds'>;
  today: IsoDate;
  /** The option's whole-life cost, £ excluding VAT (for the threshold check). */
  wholeLifeCost: number;
}

export type FeasibilityCheckId =
  'too-late' | 'service-gap' | 'hosting-gap' | 'direct-award-without-ground' | 'substantial-modification' | 'above-threshold';

export const FEASIBILITY_CHECKS: readonly FeasibilityCheckId[] = [
  'too-late',
  'service-gap',
  'hosting-gap',
  'direct-award-without-ground',
  'substantial-modification',
  'above-threshold',
];

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
}

export interface FeasibilityContext extends FeasibilityInput {
  contract: Contract | undefined;
  keyDates: KeyDates | undefined;
  routeLead: number;
  /** today + route lead time: the earliest a contract on this route could be signed. */
  earliestSignature: IsoDate;
  /** The later of earliestSignature and the option's start date. */
  signature: IsoDate;
  /** 0 unless the option is a new system. */
  implementationLead: number;
  /** When the option's service is live: signature, plus implementation for a new system. */
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
  return addDaysToIso(iso, 1);
}

export function buildContext(input: FeasibilityInput): FeasibilityContext {
  const { option, contracts, settings, today } = input;
  const lead = settings.leadTimesMonths;
  const contract = primaryContract(contracts);
  const routeLead = routeLeadMonths(option.route, lead);
  const earliestSignature = addMonthsToIso(today, routeLead);
  const signature = laterOf(earliestSignature, option.terms.startDate);
  const implementationLead = option.newSystem ? implementationLeadMonths(contract?.category, lead) : 0;
  return {
    ...input,
    contract,
    keyDates: contract ? computeKeyDates(contract, { today }) : undefined,
    routeLead,
    earliestSignature,
    signature,
    implementationLead,
    goLive: addMonthsToIso(signature, implementationLead),
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
export function currentHostingEnd(contracts: readonly Contract[]): { date: IsoDate; source: Contract } | undefined {
  let best: { date: IsoDate; source: Contract } | undefined;
  for (const c of contracts) {
    const date = c.hostingEndDate ?? (c.category === 'hosting' ? c.currentEndDate : undefined);
    if (date && (!best || date < best.date)) best = { date, source: c };
  }
  return best;
}
