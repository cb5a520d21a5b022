import type { IsoDate } from '../dates';
import type { Contract, Regime, RegimeEvent } from '../domain';
import { PCR_SAVING_REGIME_EVENTS, REGIME_EVENT_LABELS, REGIME_LABELS } from '../domain';
import { formatDate } from '../format';

/**
 * Which regime governs a contract, framework or procurement (docs/domain.md §5, "Which regime").
 *
 * The Procurement Act 2023 applies from 24 February 2025 (SI 2024/716 reg. 2, as amended by
 * SI 2024/959). PCR 2015 goes on applying where, before that date, one of the events of SI 2024/716
 * reg. 5(3) happened: (a) contract awarded, framework concluded or DPS set up; (b) a supplier contacted
 * to start a reg. 32 negotiated procedure; (c) a contract notice submitted for publication; (d) a VEAT
 * notice published; (e) the opportunity published on Contracts Finder. Then the Act does not apply to it
 * at all, including later modifications and call-offs from a PCR framework. Market engagement or a
 * non-mandatory prior information notice keeps nothing under PCR.
 *
 * Health care services arranged by an NHS trust come under the Provider Selection Regime (PSR, in force
 * 1 January 2024). An IT contract is never PSR on its own; it is only inside a mixed contract whose
 * main subject is health care services and whose other parts could not reasonably be bought
 * separately (PSR reg. 3), which the user must record.
 */
export const PA2023_COMMENCEMENT: IsoDate = '2025-02-24';
export const PSR_COMMENCEMENT: IsoDate = '2024-01-01';

/** The reg. 5(3) events that keep a procurement under PCR 2015 when they happened before 24 Feb 2025. */
const PCR_SAVING_EVENTS: ReadonlySet<RegimeEvent> = new Set<RegimeEvent>(PCR_SAVING_REGIME_EVENTS);

/** The paragraph of SI 2024/716 reg. 5(3) for each saving event. */
const SAVING_PARAGRAPHS: Record<RegimeEvent, string> = {
  'contract-awarded': 'SI 2024/716 reg. 5(3)(a)',
  'framework-concluded': 'SI 2024/716 reg. 5(3)(a)',
  'dps-established': 'SI 2024/716 reg. 5(3)(a)',
  'negotiated-procedure-contact': 'SI 2024/716 reg. 5(3)(b)',
  'contract-notice-submitted': 'SI 2024/716 reg. 5(3)(c)',
  'veat-notice-published': 'SI 2024/716 reg. 5(3)(d)',
  'contracts-finder-published': 'SI 2024/716 reg. 5(3)(e)',
  'pcr-framework-call-off': 'SI 2024/716 reg. 5(1) (a call-off from a framework saved under reg. 5(3)(a))',
  'pa-tender-notice': 'PA 2023 ss.21 and 44',
  'pa-transparency-notice': 'PA 2023 ss.21 and 44',
  'psr-process-started': 'PSR reg. 3',
};

function savingParagraph(event: RegimeEvent): string {
  return SAVING_PARAGRAPHS[event];
}

export interface RegimeDecision {
  regime: Regime;
  /** True when nothing decisive is recorded and the regime comes from a start date (or today). */
  assumed: boolean;
  /** One sentence a board member can follow. */
  reason: string;
  citation: string;
  /** A recorded regime that contradicts the recorded event, for the UI to flag. */
  conflict?: string;
}

export interface RegimeFacts {
  regime?: Regime;
  regimeEvent?: RegimeEvent;
  regimeEventDate?: IsoDate;
  procurementStartDate?: IsoDate;
  startDate?: IsoDate;
  psrMixedContract?: Contract['psrMixedContract'];
}

/** The regime a procurement starting on `date` falls under, before any recorded fact: by date only. */
export function regimeForDate(procurementStart: IsoDate, options?: { healthCareService?: boolean }): Regime {
  if (options?.healthCareService && procurementStart >= PSR_COMMENCEMENT) return 'PSR';
  return procurementStart < PA2023_COMMENCEMENT ? 'PCR2015' : 'PA2023';
}

function psrRecorded(facts: RegimeFacts): boolean {
  const m = facts.psrMixedContract;
  return m?.healthCareMainSubject === 'yes' && m.otherPartsCouldNotBeSeparated === 'yes';
}

/**
 * The regime of a contract from its recorded facts, in this order: a recorded transitional event and
 * its date; a PSR mixed contract recorded as such; a recorded regime; the procurement start date; the
 * contract start date; else "today's regime" for a new procurement.
 */
export function decideRegime(facts: RegimeFacts, today: IsoDate): RegimeDecision {
  const { regimeEvent: event, regimeEventDate: eventDate } = facts;
  if (event && eventDate) {
    const citation = savingParagraph(event);
    const what = `${REGIME_EVENT_LABELS[event].replace(/ \(.*\)$/, '').toLowerCase()} on ${formatDate(eventDate)}`;
    let decision: RegimeDecision;
    if (event === 'psr-process-started') {
      decision = { regime: 'PSR', assumed: false, reason: `Provider Selection Regime: ${what}.`, citation };
    } else if (event === 'pcr-framework-call-off') {
      decision = {
        regime: 'PCR2015',
        assumed: false,
        reason: `PCR 2015: a call-off (${formatDate(eventDate)}) from a framework concluded under PCR 2015 stays under PCR 2015 for as long as the framework runs.`,
        citation,
      };
    } else if (PCR_SAVING_EVENTS.has(event) && eventDate < PA2023_COMMENCEMENT) {
      decision = {
        regime: 'PCR2015',
        assumed: false,
        reason: `PCR 2015: ${what}, before the Procurement Act 2023 applied (24 Feb 2025), so PCR 2015 governs it and its later modifications.`,
        citation,
      };
    } else {
      decision = {
        regime: psrRecorded(facts) ? 'PSR' : 'PA2023',
        assumed: false,
        reason: `${psrRecorded(facts) ? 'Provider Selection Regime' : 'Procurement Act 2023'}: ${what}, on or after 24 Feb 2025.`,
        citation: psrRecorded(facts) ? 'PSR reg. 3' : 'SI 2024/716 reg. 5 (no saving event before 24 Feb 2025)',
      };
    }
    if (facts.regime && facts.regime !== decision.regime) {
      decision.conflict = `The register says ${REGIME_LABELS[facts.regime]}, but the recorded event puts it under ${REGIME_LABELS[decision.regime]}; the event decides.`;
    }
    return decision;
  }
  if (psrRecorded(facts)) {
    return {
      regime: 'PSR',
      assumed: false,
      reason:
        'Provider Selection Regime: recorded as a mixed contract whose main subject is health care services and whose other parts could not reasonably be bought separately.',
      citation: 'PSR reg. 3',
    };
  }
  if (facts.regime) {
    return {
      regime: facts.regime,
      assumed: false,
      reason: `${REGIME_LABELS[facts.regime]}, as recorded in the register (no transitional event recorded).`,
      citation: 'SI 2024/716 reg. 5',
    };
  }
  const from = facts.procurementStartDate
    ? { date: facts.procurementStartDate, what: 'procurement start date' }
    : facts.startDate
      ? { date: facts.startDate, what: 'contract start date' }
      : undefined;
  if (from) {
    const regime = regimeForDate(from.date);
    return {
      regime,
      assumed: true,
      reason: `${REGIME_LABELS[regime]}, assumed from the ${from.what} (${formatDate(from.date)}), which is ${regime === 'PCR2015' ? 'before' : 'on or after'} 24 Feb 2025; record the event that decides it to confirm.`,
      citation: 'SI 2024/716 reg. 5(3)',
    };
  }
  const regime = regimeForDate(today);
  return {
    regime,
    assumed: true,
    reason: `${REGIME_LABELS[regime]}, assumed for a procurement starting today (${formatDate(today)}); no dates are recorded.`,
    citation: 'SI 2024/716 reg. 5',
  };
}

/** The regime a NEW award (direct award, re-procurement, or continuing an expired contract) starts under today. */
export function regimeForNewAward(today: IsoDate, psr: boolean): RegimeDecision {
  if (psr) {
    return {
      regime: 'PSR',
      assumed: false,
      reason: 'Provider Selection Regime: a PSR process is chosen for health care services.',
      citation: 'PSR reg. 3',
    };
  }
  const regime = regimeForDate(today);
  return {
    regime,
    assumed: false,
    reason: `${REGIME_LABELS[regime]}: a new award made now starts under the regime in force today (${formatDate(today)}).`,
    citation: regime === 'PA2023' ? 'PA 2023 s.11; SI 2024/716 reg. 5' : 'PCR 2015',
  };
}

/**
 * The regime alone, without the words: the same order as decideRegime, for plans over 100,000
 * contracts where building a sentence per contract would dominate the time. A test keeps the two equal.
 */
export function regimeCodeOf(facts: RegimeFacts, today: IsoDate): Regime {
  const { regimeEvent: event, regimeEventDate: eventDate } = facts;
  if (event && eventDate) {
    if (event === 'psr-process-started') return 'PSR';
    if (event === 'pcr-framework-call-off') return 'PCR2015';
    if (PCR_SAVING_EVENTS.has(event) && eventDate < PA2023_COMMENCEMENT) return 'PCR2015';
    return psrRecorded(facts) ? 'PSR' : 'PA2023';
  }
  if (psrRecorded(facts)) return 'PSR';
  if (facts.regime) return facts.regime;
  const from = facts.procurementStartDate ?? facts.startDate ?? today;
  return regimeForDate(from);
}
