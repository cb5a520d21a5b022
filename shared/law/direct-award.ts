import type { IsoDate } from '../dates';
import type { Contract, OptionLegalFacts, ProcurementRoute, Regime } from '../domain';
import { isPsrRoute, judged, PSR_DIRECT_AWARD_PROCESS_LABELS, REGIME_LABELS } from '../domain';
import { addMonthsIso } from '../dates';
import { formatDate } from '../format';
import { findLegalGround } from './grounds';
import { noticesFor, type RequiredNotice } from './notices';
import { PA2023_COMMENCEMENT, regimeForNewAward, type RegimeDecision } from './regime';
import { isDirectAwardRoute } from '../domain/option-terms';

/**
 * Direct award checks by route and regime (docs/domain.md §5 and §8, "Direct award without ground").
 * A new award is made under the regime in force today; PCR 2015 reg. 32 is open only to a procurement
 * still under PCR (a saving event before 24 Feb 2025 recorded on the contract). Framework call-offs
 * and PSR routes never ask for a Schedule 5 ground.
 */
export interface DirectAwardInput {
  route: ProcurementRoute;
  /** The regime the option records (options default to PA 2023). */
  optionRegime: Regime;
  groundCode?: string;
  facts: OptionLegalFacts;
  today: IsoDate;
  /** The incumbent contract, when the award continues or replaces one. */
  contract?: Contract;
  /** Evidence that the trust's own clock ran out (for urgency, Sch. 5 para. 14). */
  selfCausedUrgency?: { reason: string } | null;
}

export type DirectAwardStatus = 'ok' | 'missing' | 'refused' | 'needs-judgement' | 'not-applicable';

export interface DirectAwardResult {
  status: DirectAwardStatus;
  regime: RegimeDecision;
  title: string;
  sentence: string;
  citation: string;
  questions: string[];
  notices: readonly RequiredNotice[];
}

/** The regime a direct award falls under: PCR only for a procurement saved by SI 2024/716 reg. 5. */
export function directAwardRegime(input: DirectAwardInput): RegimeDecision {
  if (isPsrRoute(input.route)) return regimeForNewAward(input.today, true);
  const c = input.contract;
  const saved =
    input.optionRegime === 'PCR2015' &&
    c?.regimeEventDate !== undefined &&
    c.regimeEventDate < PA2023_COMMENCEMENT &&
    (c.regimeEvent === 'negotiated-procedure-contact' ||
      c.regimeEvent === 'veat-notice-published' ||
      c.regimeEvent === 'contract-notice-submitted');
  if (saved && c?.regimeEventDate) {
    return {
      regime: 'PCR2015',
      assumed: false,
      reason: `PCR 2015: this procurement began before 24 Feb 2025 (${formatDate(c.regimeEventDate)}), so PCR 2015 reg. 32 remains available.`,
      citation: 'SI 2024/716 reg. 5(3)',
    };
  }
  return regimeForNewAward(input.today, false);
}

type Answer = Omit<DirectAwardResult, 'regime' | 'questions' | 'notices'> & { questions?: string[] };

/**
 * How one check answers: every answer carries the award's regime and the notices its route needs
 * under that regime. `factNotMet` answers while a fact the award rests on is not yes: refused where
 * it is recorded as no, otherwise a judgement still to make, with the question that records it.
 */
function answersFor(input: DirectAwardInput, regime: RegimeDecision) {
  const urgency = findLegalGround(input.groundCode)?.cannotBeSelfCaused === true && input.facts.urgencyCause === 'unforeseeable-event';
  const notices = noticesFor(input.route, regime.regime, {
    urgency,
    psrProcess: input.facts.psrProcess,
    lightTouch: input.contract?.lightTouch,
  });
  const answer = ({ status, ...rest }: Answer): DirectAwardResult => ({
    status,
    regime,
    ...rest,
    questions: rest.questions ?? [],
    notices,
  });
  const factNotMet = (no: boolean, partial: Omit<Answer, 'status' | 'questions'>, question: string) =>
    answer({ status: no ? 'refused' : 'needs-judgement', ...partial, questions: no ? [] : [question] });
  return { answer, factNotMet };
}

export function checkDirectAward(input: DirectAwardInput): DirectAwardResult {
  const { route, facts, today } = input;
  const regime = directAwardRegime(input);
  const { answer, factNotMet } = answersFor(input, regime);
  if (route === 'framework-call-off') {
    return answer({
      status: 'not-applicable',
      title: 'Framework call-off',
      sentence:
        'A call-off under a framework needs no Schedule 5 ground, no tender or transparency notice and no mandatory standstill; a contract award notice is needed under the Procurement Act (s.45–46, s.50, s.51(3)); under a PCR 2015 framework, reg. 33 applies and no award notice per call-off (reg. 50(4)).',
      citation: 'PA 2023 ss.45–46; PCR 2015 reg. 33',
    });
  }
  if (isPsrRoute(route)) {
    if (route !== 'psr-direct-award') {
      return answer({
        status: 'not-applicable',
        title: 'PSR process',
        sentence: 'A Provider Selection Regime process: no Schedule 5 ground applies (PSR regs. 10–11).',
        citation: 'PSR reg. 6',
      });
    }
    if (!facts.psrProcess) {
      return answer({
        status: 'missing',
        title: 'PSR direct award process not recorded',
        sentence:
          'A PSR direct award needs its process — A, B or C (PSR regs. 7–9) — not a Schedule 5 ground. Record which process applies.',
        citation: 'PSR reg. 6',
        questions: ['Which PSR direct award process applies: A, B or C?'],
      });
    }
    if (facts.psrProcess === 'C' && judged(facts.psrProviderPerformingWell) !== 'yes') {
      const no = judged(facts.psrProviderPerformingWell) === 'no';
      return factNotMet(
        no,
        {
          title: no ? 'Direct award C not available' : 'Direct award C: provider performance not recorded',
          sentence: `Direct award process C needs the existing provider to be satisfying the contract and no considerable change (not both £500,000 or more and 25% or more of the lifetime value, PSR reg. 6(10)); ${no ? 'the provider is recorded as not performing well' : 'performance is not recorded'} (PSR reg. 9).`,
          citation: 'PSR reg. 9',
        },
        'Is the existing provider satisfying the contract, and likely to go on doing so?',
      );
    }
    return answer({
      status: 'ok',
      title: 'PSR direct award',
      sentence: `${PSR_DIRECT_AWARD_PROCESS_LABELS[facts.psrProcess]} recorded.`,
      citation: `PSR reg. ${facts.psrProcess === 'A' ? 7 : facts.psrProcess === 'B' ? 8 : 9}`,
    });
  }
  if (!isDirectAwardRoute(route)) {
    return answer({
      status: 'not-applicable',
      title: 'Not a direct award',
      sentence: 'This route is not a direct award, so no direct award ground is needed.',
      citation: '',
    });
  }

  const ground = findLegalGround(input.groundCode);
  const pcrWithoutSaving = input.optionRegime === 'PCR2015' && regime.regime !== 'PCR2015';
  if (!ground) {
    return answer({
      status: 'missing',
      title: 'Direct award without a legal ground',
      sentence: `${input.groundCode ? `The recorded ground "${input.groundCode}" is not one the app recognises. ` : 'No ground is recorded. '}A direct award needs a justification under PA 2023 Schedule 5 (or the s.43 facts after a competition with no suitable tenders)${pcrWithoutSaving ? '' : ', or PCR 2015 reg. 32 for a procurement still under PCR 2015'}, with evidence that it applies.`,
      citation: 'PA 2023 s.41 and Sch. 5; s.43',
    });
  }
  if (ground.kind !== 'direct-award') {
    return answer({
      status: 'refused',
      title: 'Direct award without a legal ground',
      sentence: `"${ground.label}" (${ground.citation}) is a ground for modifying an existing contract, not for awarding a new one.`,
      citation: ground.citation,
    });
  }
  if (ground.regime !== regime.regime) {
    const why =
      ground.regime === 'PCR2015'
        ? ' PCR 2015 reg. 32 is available only to a procurement still under PCR 2015 (a saving event before 24 Feb 2025, SI 2024/716 reg. 5).'
        : '';
    return answer({
      status: 'refused',
      title: 'Legal ground from the wrong regime',
      sentence: `"${ground.label}" is a ground under the ${REGIME_LABELS[ground.regime]}, but this award falls under the ${REGIME_LABELS[regime.regime]}.${why}`,
      citation: ground.citation,
    });
  }
  const evidence = `The trust must be able to evidence: ${ground.conditions.join('; ').toLowerCase()}.`;
  if (ground.cannotBeSelfCaused) {
    const cause = facts.urgencyCause;
    if (cause === 'attributable-to-trust' || cause === 'foreseeable') {
      return answer({
        status: 'refused',
        title: "Urgency caused by the trust's own timing",
        sentence: `Urgency cannot be relied on: it is recorded as ${cause === 'foreseeable' ? 'foreseeable' : "caused by the trust's own act or delay"}, which Sch. 5 para. 14 (PCR 2015 reg. 32(2)(c)) excludes; running out of time through the trust's own delay does not count (${ground.citation}).`,
        citation: ground.citation,
      });
    }
    if (cause !== 'unforeseeable-event' && input.selfCausedUrgency) {
      return answer({
        status: 'refused',
        title: "Urgency caused by the trust's own timing",
        sentence: `Urgency cannot be relied on here: ${input.selfCausedUrgency.reason}. Running out of time through the trust's own delay does not count as extreme and unavoidable urgency (${ground.citation}).`,
        citation: ground.citation,
      });
    }
    if (cause !== 'unforeseeable-event') {
      return answer({
        status: 'needs-judgement',
        title: 'Urgency: cause not recorded',
        sentence: `Urgency holds only for an event the trust could not foresee and did not cause (${ground.citation}). Record what caused it.`,
        citation: ground.citation,
        questions: ['What caused the urgency?'],
      });
    }
    return answer({
      status: 'ok',
      title: 'Urgency ground recorded',
      sentence: `Urgency recorded as caused by an unforeseeable event (${ground.citation}); the award must last only as long as the urgency. No mandatory standstill (PA 2023 s.51(3)).`,
      citation: ground.citation,
    });
  }
  if (ground.code === 'pa2023-sch5-similar-repeat') {
    const tendered = judged(facts.earlierContractCompetitivelyTendered);
    const flagged = judged(facts.earlierTenderFlaggedRepeat);
    const award = facts.earlierContractAwardDate;
    const window = award ? addMonthsIso(award, 60) : undefined;
    const inWindow = window ? today <= window : undefined;
    if (tendered === 'no' || flagged === 'no' || inWindow === false) {
      const why =
        tendered === 'no'
          ? 'the earlier contract was not competitively tendered'
          : flagged === 'no'
            ? 'its tender notice did not flag a further award'
            : `the five years from its award (${formatDate(award)}) ended on ${formatDate(window)}`;
      return answer({
        status: 'refused',
        title: 'Similar repeat award not available',
        sentence: `Sch. 5 para. 8 does not apply: ${why}. The five-year window ends with the transparency notice.`,
        citation: ground.citation,
      });
    }
    if (tendered === 'unknown' || flagged === 'unknown' || inWindow === undefined) {
      return answer({
        status: 'needs-judgement',
        title: 'Similar repeat award: facts not recorded',
        sentence: `Sch. 5 para. 8 needs an earlier competitively tendered contract whose tender notice flagged this, awarded within the five years ending with the transparency notice. ${evidence}`,
        citation: ground.citation,
        questions: [
          'Was the earlier contract competitively tendered, and did its tender notice say a further award might follow? When was it awarded?',
        ],
      });
    }
  }
  if (ground.code === 'pa2023-s43-no-suitable-tenders' && judged(facts.s43NoSuitableTenders) !== 'yes') {
    const no = judged(facts.s43NoSuitableTenders) === 'no';
    return factNotMet(
      no,
      {
        title: 'Switching to direct award: facts not recorded',
        sentence: `s.43 needs a competitive tendering procedure that drew no suitable tenders or requests to participate; ${no ? 'recorded as not the case' : 'not recorded'}.`,
        citation: ground.citation,
      },
      'Did the competitive procedure draw no suitable tenders or requests to participate?',
    );
  }
  if (
    (ground.code === 'pa2023-sch5-exclusive-rights' ||
      ground.code === 'pa2023-sch5-technical' ||
      ground.code.startsWith('pcr2015-reg32-technical') ||
      ground.code === 'pcr2015-reg32-exclusive-rights') &&
    judged(facts.noReasonableAlternative) === 'no'
  ) {
    return answer({
      status: 'refused',
      title: 'A reasonable alternative exists',
      sentence: `${ground.label} needs no reasonable alternative; one is recorded (${ground.citation}).`,
      citation: ground.citation,
    });
  }
  const veat =
    regime.regime === 'PCR2015'
      ? ' Publish a VEAT notice and sign no earlier than the 11th day after publication (PCR 2015 reg. 99(3)).'
      : '';
  return answer({
    status: 'ok',
    title: 'Direct award ground recorded',
    sentence: `Ground recorded: ${ground.label} (${ground.citation}). ${evidence}${veat}`,
    citation: ground.citation,
  });
}
