import type { Contract, OptionLegalFacts } from '../domain';
import { judged } from '../domain';
import { formatMoney } from '../format';
import { termPhrase, valuePhrase, type Measures } from './modification-measures';
import type { NoticeFinding } from './modification-types';
import { exceeds, FIVE_MILLION, grossUp } from './thresholds';

/**
 * PA 2023 s.75 contract change notice for a permitted modification (docs/domain.md §5): exempt for
 * light-touch contracts (s.75(6)(b)); otherwise required unless the value changes by 10% or less (15%
 * works) or the term by 10% or less of the maximum term on award (s.75(2)) — each limb considered only
 * for a dimension the change actually moves. The limbs are alternatives on the text, so where one is
 * met the notice is "not required … publishing is recommended"; with no dimension moving, the
 * exemption is unclear. A Sch. 8 para. 9 change always needs one. Aggregation as s.75(4)-(5).
 */
export function paChangeNotice(contract: Contract, facts: OptionLegalFacts, m: Measures, groundCode: string | undefined): NoticeFinding {
  const label = 'Contract change notice (UK10)';
  if (contract.lightTouch) {
    return {
      status: 'not-required',
      label,
      citation: 'PA 2023 s.75(6)(b)',
      sentence: 'No contract change notice: the contract is a light-touch contract (PA 2023 s.75(6)(b)).',
    };
  }
  if (groundCode === 'pa2023-sch8-restructuring') {
    return {
      status: 'required',
      label,
      citation: 'PA 2023 s.75(2)',
      sentence: 'A contract change notice is required before a change of supplier after a restructuring (PA 2023 s.75(2), Sch. 8 para. 9).',
    };
  }
  if (m.withinExistingOptions && judged(facts.exercisesExtensionOptionExactly) === 'yes') {
    return {
      status: 'legal-view-needed',
      label,
      citation: 'PA 2023 s.75 and Sch. 8 para. 1',
      sentence:
        'Exercising an extension option exactly as the contract provides is permitted (Sch. 8 para. 1); whether it is a modification needing a change notice is unsettled — notice recommended; legal view needed.',
    };
  }
  const limit = m.works ? 0.15 : 0.1;
  const valueMoves = m.aggregatedValueExVat !== null && m.aggregatedValueExVat !== 0;
  const termMoves = m.aggregatedTermMonths !== 0;
  const met: string[] = [];
  const failed: string[] = [];
  if (valueMoves && m.aggregatedValueExVat !== null && m.valueBeforeIncVat !== null) {
    const share = Math.abs(grossUp(m.aggregatedValueExVat, m.vatRate)) / m.valueBeforeIncVat;
    const text = `${valuePhrase(m.aggregatedValueExVat, m.valueBeforeIncVat, m.vatRate, 'the estimated value')} (limit ${limit * 100}%, s.75(2)(a))`;
    (share <= limit ? met : failed).push(text);
  } else if (valueMoves) {
    failed.push('the value change cannot be measured: the contract value is not recorded (s.75(2)(a))');
  }
  if (termMoves && m.term) {
    const text = `${termPhrase(m.term)} (limit 10%, s.75(2)(b))`;
    (m.term.share <= 0.1 ? met : failed).push(text);
  } else if (termMoves) {
    failed.push('the term change cannot be measured: the contract start date is not recorded (s.75(2)(b))');
  }
  const agg = m.aggregated.length > 0 ? ' Earlier changes are aggregated with this one (s.75(4)–(5)).' : '';
  if (!valueMoves && !termMoves) {
    return {
      status: 'legal-view-needed',
      label,
      citation: 'PA 2023 s.75(2)',
      sentence:
        'Neither the value nor the term changes: the exemption is unclear on the text — legal view needed; recommended: publish a contract change notice (PA 2023 s.75).',
    };
  }
  if (met.length > 0) {
    return {
      status: 'recommended',
      label,
      citation: 'PA 2023 s.75(2)',
      sentence: `Not required (s.75(2)): ${met.join('; ')}${failed.length ? `, although ${failed.join('; ')}` : ''}. The text is disjunctive — publishing is recommended.${agg}`,
    };
  }
  return {
    status: 'required',
    label,
    citation: 'PA 2023 s.75(1)',
    sentence: `Required before the change is made (PA 2023 s.75(1)): ${failed.join('; ')}.${agg}`,
  };
}

/** s.76 voluntary standstill and s.77 publication, when a change notice is required or recommended. */
export function paFollowUps(notice: NoticeFinding, m: Measures): NoticeFinding[] {
  if (notice.status === 'not-required' || notice.status === 'none') return [];
  const out: NoticeFinding[] = [
    {
      status: 'recommended',
      label: 'Voluntary standstill',
      citation: 'PA 2023 s.76',
      sentence:
        'Recommended: wait at least 8 working days beginning with the day the change notice is published before making the change (PA 2023 s.76).',
    },
  ];
  if (m.valueBeforeIncVat !== null && m.aggregatedValueExVat !== null) {
    const after = m.valueBeforeIncVat + grossUp(m.aggregatedValueExVat, m.vatRate);
    if (exceeds(after, FIVE_MILLION)) {
      out.push({
        status: 'required',
        label: 'Publication of the modified contract',
        citation: 'PA 2023 s.77',
        sentence: `The contract is worth ${formatMoney(after)} incl. VAT, over £5,000,000: publish the modification or the modified contract within 90 days beginning with the day it is made (PA 2023 s.77).`,
      });
    }
  }
  return out;
}
