import type { Contract, Judgement, OptionLegalFacts } from '../domain';
import { allOf, judged, negate } from '../domain';
import { formatMoney, formatPct } from '../format';
import { aggregationPhrase, termPhrase, valuePhrase, type Measures } from './modification-measures';
import type { ModificationStep } from './modification-types';
import { grossUp, thresholdFor } from './thresholds';

/**
 * PA 2023 s.74 gateways, in docs/domain.md §8's order: light-touch; change of supplier (Sch. 8
 * para. 9 only); Sch. 8 paras. 1, 2, 4, 5-7, 8 with their caps; not substantial (s.74(3)); below
 * threshold (s.74(4)-(6)). Each returns a step; the first that passes is the ground.
 */
export interface PaGatewayResult {
  steps: ModificationStep[];
  ground?: { code: string; citation: string };
  needsJudgement: boolean;
}

const ASK = {
  providedFor: 'Was this change unambiguously provided for in the contract as awarded and in its tender or transparency notice?',
  nature: 'Would the change alter the overall nature of the contract?',
  unforeseeable: 'Could the circumstances have been reasonably foreseen before the contract was awarded?',
  knownRisk:
    'Was the risk named in the tender or transparency notice, and did it materialise without a failure by the trust or the supplier?',
  additional:
    "Would a different supplier's goods or services be incompatible, causing disproportionate technical difficulty and substantial duplication of costs?",
  scope: 'Does the change add goods or services of a kind not already in the contract (a material change of scope)?',
  balance: "Does the change materially shift the contract's economic balance in the supplier's favour?",
};

function capStep(id: string, provision: string, label: string, conditions: Judgement, m: Measures, question: string): ModificationStep {
  const value = m.aggregatedValueExVat;
  if (conditions === 'no') {
    return { id, outcome: 'fail', provision, sentence: `${label}: its conditions are recorded as not met (${provision}).` };
  }
  if (value === null || m.valueBeforeIncVat === null) {
    return {
      id,
      outcome: 'needs-judgement',
      provision,
      sentence: `${label}: the change in value or the contract value is not recorded, so the 50% cap cannot be tested (${provision}).`,
      question: 'What is the change in value, and the contract value before it?',
    };
  }
  const share = grossUp(value, m.vatRate) / m.valueBeforeIncVat;
  const within = share <= 0.5;
  const phrase = valuePhrase(value, m.valueBeforeIncVat, m.vatRate, 'the estimated value immediately before the change');
  if (!within) {
    return { id, outcome: 'fail', provision, sentence: `${label}: ${phrase}, above the 50% cap (${provision}).`, figures: { share } };
  }
  if (conditions === 'unknown') {
    return {
      id,
      outcome: 'needs-judgement',
      provision,
      sentence: `${label}: ${phrase}, within the 50% cap, if its conditions hold (${provision}).`,
      question,
      figures: { share },
    };
  }
  return {
    id,
    outcome: 'pass',
    provision,
    sentence: `${label}: conditions recorded as met; ${phrase}, within the 50% cap (${provision}).`,
    figures: { share },
  };
}

export function paGateways(contract: Contract, facts: OptionLegalFacts, m: Measures, procurementStart: string): PaGatewayResult {
  const steps: ModificationStep[] = [];
  let ground: PaGatewayResult['ground'];
  const take = (step: ModificationStep, code: string): void => {
    steps.push(step);
    if (!ground && step.outcome === 'pass') ground = { code, citation: step.provision };
  };

  // Sch. 8 para. 1: provided for in the contract and its notice; no cap.
  const para1 = allOf(facts.providedForInContract, negate(facts.overallNatureChanges));
  const optionExercise = m.withinExistingOptions && judged(facts.exercisesExtensionOptionExactly) === 'yes';
  take(
    optionExercise || para1 === 'yes'
      ? {
          id: 'sch8-para1',
          outcome: 'pass',
          provision: 'PA 2023 Sch. 8 para. 1',
          sentence: optionExercise
            ? 'Provided for: the change exercises an extension option exactly as the contract provides (PA 2023 Sch. 8 para. 1); no cap on value.'
            : 'Provided for: recorded as unambiguously provided for in the contract and its tender or transparency notice, without changing its overall nature (PA 2023 Sch. 8 para. 1); no cap on value.',
        }
      : {
          id: 'sch8-para1',
          outcome: para1 === 'no' ? 'fail' : 'needs-judgement',
          provision: 'PA 2023 Sch. 8 para. 1',
          sentence: `Provided for in the contract: ${para1 === 'no' ? 'recorded as not provided for, or changing the overall nature' : 'not recorded'} (PA 2023 Sch. 8 para. 1).`,
          question: para1 === 'no' ? undefined : ASK.providedFor,
        },
    'pa2023-sch8-provided-for',
  );

  // Sch. 8 para. 2: only where a Sch. 5 para. 13 urgency award would be possible.
  const cause = facts.urgencyCause;
  if (cause) {
    take(
      cause === 'unforeseeable-event'
        ? {
            id: 'sch8-para2',
            outcome: 'pass',
            provision: 'PA 2023 Sch. 8 para. 2',
            sentence:
              'Urgency: recorded as caused by an event the trust could not foresee and did not cause, so a Sch. 5 para. 13 award would be possible (PA 2023 Sch. 8 para. 2).',
          }
        : {
            id: 'sch8-para2',
            outcome: 'fail',
            provision: 'PA 2023 Sch. 8 para. 2',
            sentence: `Urgency cannot be relied on: it is recorded as ${cause === 'attributable-to-trust' ? "caused by the trust's own act or delay" : 'foreseeable'}, and Sch. 5 para. 14 excludes that (PA 2023 Sch. 8 para. 2).`,
          },
      'pa2023-sch8-urgency',
    );
  }

  take(
    capStep(
      'sch8-para4',
      'PA 2023 Sch. 8 para. 4',
      'Unforeseeable circumstances',
      allOf(facts.unforeseeableCircumstances, negate(facts.overallNatureChanges)),
      m,
      ASK.unforeseeable,
    ),
    'pa2023-sch8-unforeseeable',
  );
  const riskMeasures = facts.knownRiskValueChangeExVat !== undefined ? { ...m, aggregatedValueExVat: facts.knownRiskValueChangeExVat } : m;
  take(
    capStep(
      'sch8-para5',
      'PA 2023 Sch. 8 paras. 5–7',
      'Known risk materialised',
      allOf(facts.knownRiskNamedInNotice, negate(facts.knownRiskCausedByParty)),
      riskMeasures,
      ASK.knownRisk,
    ),
    'pa2023-sch8-known-risk',
  );
  take(
    capStep(
      'sch8-para8',
      'PA 2023 Sch. 8 para. 8',
      'Additional goods or services',
      allOf(facts.differentSupplierIncompatible, facts.disproportionateTechnicalDifficulty, facts.substantialDuplicationOfCosts),
      m,
      ASK.additional,
    ),
    'pa2023-sch8-additional',
  );

  // s.74(3): not substantial — term by figures, scope and economic balance as recorded judgements.
  const agg = aggregationPhrase(m);
  if (m.term === null) {
    steps.push({
      id: 's74-3',
      outcome: 'needs-judgement',
      provision: 'PA 2023 s.74(3)',
      sentence: 'Not substantial: the contract start date is not recorded, so the 10% term test cannot be applied (PA 2023 s.74(3)(a)).',
      question: 'When did the contract start?',
    });
  } else {
    const termOk = m.term.share <= 0.1;
    const judgements = allOf(negate(facts.scopeChangesMaterially), negate(facts.economicBalanceShiftsToSupplier));
    const outcome = !termOk || judgements === 'no' ? 'fail' : judgements === 'yes' ? 'pass' : 'needs-judgement';
    take(
      {
        id: 's74-3',
        outcome,
        provision: 'PA 2023 s.74(3)',
        sentence: `${termPhrase(m.term)} (limit 10%, s.74(3)(a)): ${termOk ? 'within' : 'above'} it${agg ? `; ${agg}` : ''}.${
          termOk
            ? judgements === 'yes'
              ? ' Scope and economic balance recorded as not materially changed (s.74(3)(b)–(c)).'
              : judgements === 'no'
                ? ' But a material change of scope or of economic balance is recorded (s.74(3)(b)–(c)).'
                : ' Scope and economic balance (s.74(3)(b)–(c)) are not recorded.'
            : ''
        }`,
        figures: { termShare: m.term.share, maxTermOnAward: m.term.maxTermOnAward, unit: m.term.unit },
        question: outcome === 'needs-judgement' ? `${ASK.scope} ${ASK.balance}` : undefined,
      },
      'pa2023-s74-not-substantial',
    );
  }

  // s.74(4)-(6): below-threshold modification.
  const threshold = thresholdFor(contract.works ? 'works' : 'goods-services', procurementStart);
  const limit = m.works ? 0.15 : 0.1;
  if (m.aggregatedValueExVat === null || m.valueBeforeIncVat === null) {
    steps.push({
      id: 's74-4',
      outcome: 'needs-judgement',
      provision: 'PA 2023 s.74(4)–(6)',
      sentence: 'Below-threshold modification: the value change or the contract value is not recorded (PA 2023 s.74(4)).',
    });
  } else {
    const thisInc = grossUp(m.aggregatedValueExVat, m.vatRate);
    const share = Math.abs(thisInc) / m.valueBeforeIncVat;
    const running =
      m.earlier.filter((e) => e.belowThreshold).reduce((s, e) => s + grossUp(Math.abs(e.valueChange), m.vatRate), 0) + Math.abs(thisInc);
    const figuresOk = share <= limit && running < threshold.amount;
    const scope = negate(facts.scopeChangesMaterially);
    const outcome = !figuresOk || scope === 'no' ? 'fail' : scope === 'yes' ? 'pass' : 'needs-judgement';
    take(
      {
        id: 's74-4',
        outcome,
        provision: 'PA 2023 s.74(4)–(6)',
        sentence: `Below threshold: ${valuePhrase(m.aggregatedValueExVat, m.valueBeforeIncVat, m.vatRate, 'the estimated value before the change')} (limit ${formatPct(limit * 100)}); running total of below-threshold changes ${formatMoney(running)} incl. VAT against the ${threshold.label} threshold, which it must stay below — ${figuresOk ? 'both within' : 'not within the limits'} (PA 2023 s.74(4)–(6)).`,
        figures: { share, runningIncVat: running, threshold: threshold.amount },
        question: outcome === 'needs-judgement' ? ASK.scope : undefined,
      },
      'pa2023-s74-below-threshold',
    );
  }

  return { steps, ground, needsJudgement: !ground && steps.some((s) => s.outcome === 'needs-judgement') };
}
