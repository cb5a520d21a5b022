import type { IsoDate } from '../dates';
import type { Contract, OptionLegalFacts } from '../domain';
import { REGIME_LABELS } from '../domain';
import { formatDate, formatMonths } from '../format';
import { assertNever } from '../result';
import { paChangeNotice, paFollowUps } from './change-notice';
import { paGateways } from './modification-pa';
import { pcrGateways, psrGateways } from './modification-pcr';
import { measureChange, type ModificationSettings, type ProposedChange } from './modification-measures';
import type { ModificationResult, ModificationStep, NoticeFinding } from './modification-types';
import { decideRegime } from './regime';

export type { ProposedChange, ModificationSettings } from './modification-measures';
export * from './modification-types';

/**
 * The modification check of docs/domain.md §8, in its order: (0) is the contract still in force?
 * (1) its own regime; (2) the gateways of that regime; then the notices. Every step carries its figures
 * and provision in words. A "seven-year extension" (Homerton) is never a modification: an extension
 * beyond the contract's maximum end by half its maximum term on award or more, or by five years or more,
 * is treated as a new award (a product rule, stated as such).
 */
export const NEW_AWARD_EXTENSION_MONTHS = 60;
export const NEW_AWARD_EXTENSION_SHARE = 0.5;

const NONE: NoticeFinding = { status: 'none', label: 'Notice', citation: '', sentence: '' };

export function checkModification(
  contract: Contract,
  change: ProposedChange,
  facts: OptionLegalFacts,
  today: IsoDate,
  settings: ModificationSettings = {},
): ModificationResult {
  const regimeDecision = decideRegime(contract, today);
  const regime = regimeDecision.regime;
  const steps: ModificationStep[] = [];
  const ended = contract.terminatedOn ?? contract.currentEndDate;
  const modificationLaw = regime === 'PCR2015' ? 'PCR 2015 reg. 72' : regime === 'PSR' ? 'PSR reg. 13' : 'PA 2023 s.74';
  if (ended < change.date) {
    steps.push({
      id: 'in-force',
      outcome: 'fail',
      provision: modificationLaw,
      sentence: `The contract ended on ${formatDate(ended)}, before the change on ${formatDate(change.date)}: an expired contract cannot be modified. Continuing it is a new award under the regime in force today, so the direct-award checks apply.`,
    });
    return { regime, regimeDecision, verdict: 'new-award', steps, notice: NONE, followUps: [], summary: steps[0].sentence };
  }
  steps.push({
    id: 'in-force',
    outcome: 'pass',
    provision: modificationLaw,
    sentence: `The contract is in force until ${formatDate(ended)}.`,
  });
  steps.push({
    id: 'regime',
    outcome: 'info',
    provision: regimeDecision.citation,
    sentence: regimeDecision.reason + (regimeDecision.conflict ? ` ${regimeDecision.conflict}` : ''),
  });

  const m = measureChange(contract, change, facts, settings);
  if (m.valueEstimated && m.valueChangeExVat !== null) {
    steps.push({
      id: 'value-estimate',
      outcome: 'info',
      provision: '',
      sentence: `The change in value is estimated from the annual value over the months beyond the maximum end date; record it on the option to use the real figure.`,
    });
  }
  const beyondShare = m.term && m.term.unit === 'months' ? m.term.share : null;
  const beyondMonths = m.aggregatedTermMonths;
  if (
    !m.withinExistingOptions &&
    change.termMonths > 0 &&
    (beyondMonths >= NEW_AWARD_EXTENSION_MONTHS || (beyondShare !== null && beyondShare >= NEW_AWARD_EXTENSION_SHARE))
  ) {
    steps.push({
      id: 'new-award-in-substance',
      outcome: 'fail',
      provision: 'PA 2023 s.41; PCR 2015 reg. 32',
      sentence: `An extension of ${formatMonths(change.termMonths)} beyond the maximum end date is a new contract in substance, not a modification, under either regime: it needs a direct award (with its ground) or a new procurement.`,
    });
    return {
      regime,
      regimeDecision,
      verdict: 'not-permitted',
      steps,
      notice: NONE,
      followUps: [],
      summary: steps[steps.length - 1].sentence,
    };
  }

  switch (regime) {
    case 'PA2023': {
      if (contract.lightTouch) {
        steps.push({
          id: 'light-touch',
          outcome: 'pass',
          provision: 'PA 2023 s.74(2)',
          sentence: 'A light-touch contract may be modified without a gateway (PA 2023 s.74(2)); no contract change notice (s.75(6)(b)).',
        });
        const notice = paChangeNotice(contract, facts, m, undefined);
        return finish(regimeDecision, steps, { code: 'pa2023-s74-light-touch', citation: 'PA 2023 s.74(2)' }, false, notice, []);
      }
      if (facts.changeOfSupplier) {
        const j = facts.corporateRestructuring ?? 'unknown';
        steps.push({
          id: 'sch8-para9',
          outcome: j === 'yes' ? 'pass' : j === 'no' ? 'fail' : 'needs-judgement',
          provision: 'PA 2023 Sch. 8 para. 9',
          sentence: `The supplier changes: only a successor after a corporate restructuring is permitted (PA 2023 Sch. 8 para. 9) — ${j === 'yes' ? 'recorded as such' : j === 'no' ? 'recorded as not the case' : 'not recorded'}.`,
          question: j === 'unknown' ? 'Does a successor take over after a corporate restructuring?' : undefined,
        });
        const ground = j === 'yes' ? { code: 'pa2023-sch8-restructuring', citation: 'PA 2023 Sch. 8 para. 9' } : undefined;
        const notice = ground ? paChangeNotice(contract, facts, m, ground.code) : NONE;
        return finish(regimeDecision, steps, ground, j === 'unknown', notice, ground ? paFollowUps(notice, m) : []);
      }
      const start = contract.procurementStartDate ?? contract.startDate ?? today;
      const r = paGateways(contract, facts, m, start);
      steps.push(...r.steps);
      const notice = r.ground ? paChangeNotice(contract, facts, m, r.ground.code) : NONE;
      return finish(regimeDecision, steps, r.ground, r.needsJudgement, notice, r.ground ? paFollowUps(notice, m) : []);
    }
    case 'PCR2015':
    case 'PSR': {
      const r = regime === 'PCR2015' ? pcrGateways(facts, m, settings.pcrThreshold) : psrGateways(facts, m);
      steps.push(...r.steps);
      const open = steps.some((s) => s.outcome === 'needs-judgement');
      return finish(regimeDecision, steps, r.ground, open, r.ground ? r.notice : NONE, []);
    }
    default:
      return assertNever(regime, 'regime');
  }
}

function finish(
  regimeDecision: ModificationResult['regimeDecision'],
  steps: ModificationStep[],
  ground: ModificationResult['ground'],
  needsJudgement: boolean,
  notice: NoticeFinding,
  followUps: NoticeFinding[],
): ModificationResult {
  const regime = regimeDecision.regime;
  const verdict = ground ? 'permitted' : needsJudgement ? 'needs-judgement' : 'not-permitted';
  const summary =
    verdict === 'permitted'
      ? `Permitted under ${ground?.citation} (${REGIME_LABELS[regime]}).${notice.sentence ? ` ${notice.sentence}` : ''}`
      : verdict === 'needs-judgement'
        ? `Not shown to be permitted yet: answer the questions below (${REGIME_LABELS[regime]}); until then treat it as not permitted.`
        : 'Not permitted: a new procurement or a direct award is needed.';
  return { regime, regimeDecision, verdict, ground, steps, notice, followUps, summary };
}
