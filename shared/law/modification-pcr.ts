import type { Judgement, OptionLegalFacts } from '../domain';
import { allOf, judged, negate } from '../domain';
import { formatMoney, formatPct } from '../format';
import type { Measures } from './modification-measures';
import type { ModificationStep, NoticeFinding } from './modification-types';
import { DEFAULT_PCR_THRESHOLDS, grossUp } from './thresholds';

/**
 * PCR 2015 reg. 72 (docs/domain.md §5) and PSR reg. 13. PCR has no "10% of the term" safe harbour:
 * an extension not provided for is judged on (a)-(f) only, and (e) only as a recorded legal view.
 */
export interface GatewayResult {
  steps: ModificationStep[];
  ground?: { code: string; citation: string };
  notice: NoticeFinding;
}

function judgementStep(id: string, provision: string, what: string, j: Judgement, question: string): ModificationStep {
  return j === 'yes'
    ? { id, outcome: 'pass', provision, sentence: `${what}: recorded as met (${provision}).` }
    : j === 'no'
      ? { id, outcome: 'fail', provision, sentence: `${what}: recorded as not met (${provision}).` }
      : { id, outcome: 'needs-judgement', provision, sentence: `${what}: not recorded (${provision}).`, question };
}

function fiftyPct(id: string, provision: string, what: string, j: Judgement, m: Measures, question: string): ModificationStep {
  if (m.valueChangeExVat === null || m.initialValueExVat === null || m.initialValueExVat <= 0) {
    return {
      id,
      outcome: 'needs-judgement',
      provision,
      sentence: `${what}: the change in value or the initial contract value is not recorded, so the 50% limit cannot be tested (${provision}).`,
      question: 'What is the change in value and the contract value on award?',
    };
  }
  // The 50% limit applies to each modification on its own (reg. 72(2)).
  const share = m.valueChangeExVat / m.initialValueExVat;
  const words = `value +${formatMoney(m.valueChangeExVat)} ex VAT = ${formatPct(share * 100)} of the original contract value of ${formatMoney(m.initialValueExVat)} (limit 50% for each modification, reg. 72(2))`;
  if (share > 0.5) return { id, outcome: 'fail', provision, sentence: `${what}: ${words} — above it (${provision}).`, figures: { share } };
  if (j === 'no')
    return {
      id,
      outcome: 'fail',
      provision,
      sentence: `${what}: conditions recorded as not met; ${words} (${provision}).`,
      figures: { share },
    };
  if (j === 'unknown')
    return {
      id,
      outcome: 'needs-judgement',
      provision,
      sentence: `${what}: ${words}, within it, if its conditions hold (${provision}).`,
      question,
      figures: { share },
    };
  return { id, outcome: 'pass', provision, sentence: `${what}: conditions recorded as met; ${words} (${provision}).`, figures: { share } };
}

export function pcrGateways(
  facts: OptionLegalFacts,
  m: Measures,
  pcrThreshold: number = DEFAULT_PCR_THRESHOLDS.goodsServices,
): GatewayResult {
  const steps: ModificationStep[] = [];
  let ground: GatewayResult['ground'];
  const take = (s: ModificationStep, code: string): void => {
    steps.push(s);
    if (!ground && s.outcome === 'pass') ground = { code, citation: s.provision };
  };
  if (facts.changeOfSupplier) {
    take(
      judgementStep(
        'reg72-1d',
        'PCR 2015 reg. 72(1)(d)',
        'New contractor by review clause or corporate succession',
        judged(facts.corporateRestructuring),
        'Does a successor take over after a corporate restructuring (or under a review clause)?',
      ),
      'pcr2015-reg72-1d-new-contractor',
    );
  } else {
    take(
      judgementStep(
        'reg72-1a',
        'PCR 2015 reg. 72(1)(a)',
        'Clear, precise review clause or option in the original documents, not altering the overall nature',
        allOf(facts.providedForInContract, negate(facts.overallNatureChanges)),
        'Was this change provided for in a clear, precise and unequivocal review clause or option in the original procurement documents?',
      ),
      'pcr2015-reg72-1a-review-clause',
    );

    // (f) de minimis on the net cumulative value of successive changes (reg. 72(5)-(6)).
    if (m.valueChangeExVat === null || m.initialValueExVat === null) {
      steps.push({
        id: 'reg72-1f',
        outcome: 'needs-judgement',
        provision: 'PCR 2015 reg. 72(1)(f) and (5)–(6)',
        sentence: 'De minimis: the change in value or the initial value is not recorded (PCR 2015 reg. 72(1)(f)).',
      });
    } else {
      const net = m.valueChangeExVat + m.earlier.reduce((s, e) => s + e.valueChange, 0);
      const netInc = grossUp(Math.abs(net), m.vatRate);
      const pctLimit = m.works ? 0.15 : 0.1;
      const share = Math.abs(net) / m.initialValueExVat;
      const ok = netInc < pcrThreshold && share < pctLimit;
      const nature = negate(facts.overallNatureChanges);
      take(
        {
          id: 'reg72-1f',
          outcome: !ok || nature === 'no' ? 'fail' : nature === 'yes' ? 'pass' : 'needs-judgement',
          provision: 'PCR 2015 reg. 72(1)(f) and (5)–(6)',
          sentence: `De minimis: net cumulative change ${formatMoney(netInc)} incl. VAT against the PCR threshold of ${formatMoney(pcrThreshold)}, and ${formatPct(share * 100)} of the initial value (limit below ${pctLimit * 100}%); both must be below their limits — ${ok ? 'they are' : 'they are not'} (PCR 2015 reg. 72(5)–(6)).`,
          figures: { netIncVat: netInc, share },
        },
        'pcr2015-reg72-1f-de-minimis',
      );
    }
    take(
      fiftyPct(
        'reg72-1b',
        'PCR 2015 reg. 72(1)(b) and (2)',
        'Additional supplies where a change of contractor cannot be made',
        allOf(facts.differentSupplierIncompatible, facts.substantialDuplicationOfCosts),
        m,
        'Can the contractor not be changed for economic or technical reasons, and would a change cause significant inconvenience or substantial duplication of costs?',
      ),
      'pcr2015-reg72-1b-additional',
    );
    take(
      fiftyPct(
        'reg72-1c',
        'PCR 2015 reg. 72(1)(c) and (2)',
        'Circumstances a diligent authority could not have foreseen',
        allOf(facts.unforeseeableCircumstances, negate(facts.overallNatureChanges)),
        m,
        'Could a diligent trust have foreseen the need (its own slippage never counts)?',
      ),
      'pcr2015-reg72-1c-unforeseeable',
    );
    take(
      judged(facts.pcrNotSubstantialView) === 'yes'
        ? {
            id: 'reg72-1e',
            outcome: 'pass',
            provision: 'PCR 2015 reg. 72(1)(e) and (8)',
            sentence: `Not substantial: recorded as the trust's legal view${facts.pcrNotSubstantialNote ? ` ("${facts.pcrNotSubstantialNote}")` : ''} (PCR 2015 reg. 72(1)(e) and (8)). There is no percentage of the term that makes a change not substantial under PCR 2015.`,
          }
        : {
            id: 'reg72-1e',
            outcome: judged(facts.pcrNotSubstantialView) === 'no' ? 'fail' : 'needs-judgement',
            provision: 'PCR 2015 reg. 72(1)(e) and (8)',
            sentence:
              'Not substantial under reg. 72(8): a legal judgement the trust must record — never a term percentage; PCR 2015 has no "10% of the term" safe harbour.',
            question: 'Has the trust taken the legal view that none of the reg. 72(8) tests for a substantial modification is met?',
          },
      'pcr2015-reg72-1e-not-substantial',
    );
  }
  const bc = ground?.code === 'pcr2015-reg72-1b-additional' || ground?.code === 'pcr2015-reg72-1c-unforeseeable';
  const notice: NoticeFinding = bc
    ? {
        status: 'required',
        label: 'Modification notice',
        citation: 'PCR 2015 reg. 72(3)',
        sentence:
          'Publish a modification notice after a change under reg. 72(1)(b) or (c) (PCR 2015 reg. 72(3); the app plans it within 30 days). No Procurement Act notices apply to a PCR contract.',
      }
    : {
        status: 'none',
        label: 'Modification notice',
        citation: 'PCR 2015 reg. 72(3)',
        sentence: 'No modification notice is needed for this ground, and no Procurement Act notices apply to a PCR 2015 contract.',
      };
  return { steps, ground, notice };
}

/** PSR reg. 13: provided for; succession; external factors; a trust decision below £500,000 or 25% cumulatively. */
export function psrGateways(facts: OptionLegalFacts, m: Measures): GatewayResult {
  const steps: ModificationStep[] = [];
  let ground: GatewayResult['ground'];
  const take = (s: ModificationStep, code: string): void => {
    steps.push(s);
    if (!ground && s.outcome === 'pass') ground = { code, citation: s.provision };
  };
  take(
    judgementStep(
      'reg13-provided',
      'PSR reg. 13(1) (provided for)',
      'Clearly and unambiguously provided for in the contract',
      judged(facts.providedForInContract),
      'Was the change clearly and unambiguously provided for in the contract documents?',
    ),
    'psr-reg13-provided-for',
  );
  if (facts.changeOfSupplier) {
    take(
      judgementStep(
        'reg13-succession',
        'PSR reg. 13(1) (succession)',
        'New provider by succession after corporate changes',
        judged(facts.corporateRestructuring),
        'Is the change solely a new provider succeeding after a corporate change?',
      ),
      'psr-reg13-succession',
    );
  }
  take(
    judgementStep(
      'reg13-external',
      'PSR reg. 13(1) (external factors)',
      'Response to external factors, not materially different',
      allOf(facts.psrExternalFactors, negate(facts.overallNatureChanges)),
      'Is the change a response to external factors (volumes, formula prices) that leaves the contract not materially different?',
    ),
    'psr-reg13-external-factors',
  );
  let cumulative: number | null = null;
  if (m.valueChangeExVat !== null) {
    cumulative = Math.abs(m.valueChangeExVat + m.earlier.reduce((s, e) => s + e.valueChange, 0));
    const base = m.initialValueExVat;
    const share = base ? cumulative / base : null;
    const ok = cumulative < 500_000 || (share !== null && share < 0.25);
    const nature = negate(facts.overallNatureChanges);
    take(
      {
        id: 'reg13-trust',
        outcome: !ok || nature === 'no' ? 'fail' : nature === 'yes' ? 'pass' : 'needs-judgement',
        provision: 'PSR reg. 13(1) and (2)',
        sentence: `Change decided by the trust: cumulative change in lifetime value ${formatMoney(cumulative)}${share !== null ? ` = ${formatPct(share * 100)} of the original lifetime value` : ''} (permitted below £500,000 or below 25%) — ${ok ? 'within' : 'beyond'} it (PSR reg. 13(2)).`,
        figures: { cumulative, share },
        question: nature === 'unknown' ? 'Would the change make the contract materially different in character?' : undefined,
      },
      'psr-reg13-trust-decided',
    );
  }
  const notice: NoticeFinding =
    ground?.code === 'psr-reg13-trust-decided' && cumulative !== null && cumulative >= 500_000
      ? {
          status: 'required',
          label: 'Modification notice (PSR)',
          citation: 'PSR reg. 13',
          sentence: 'Publish a notice within 30 days: the cumulative change is £500,000 or more (PSR reg. 13).',
        }
      : {
          status: 'none',
          label: 'Modification notice (PSR)',
          citation: 'PSR reg. 13',
          sentence: 'No PSR modification notice for this change.',
        };
  return { steps, ground, notice };
}
