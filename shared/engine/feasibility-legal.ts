import type { Settings } from '../domain';
import { REGIME_LABELS } from '../domain';
import {
  checkDirectAward,
  checkModification,
  DEFAULT_THRESHOLD_BANDS,
  DEFAULT_VAT_RATE,
  grossUp,
  noticesFor,
  reachesThreshold,
  thresholdFor,
  waitPhrase,
  BELOW_THRESHOLD_NOTICE_FROM,
  DEFAULT_PCR_THRESHOLDS,
  type ModificationResult,
  type ThresholdBand,
} from '../law';
import { afterLeadTime } from '../domain/option-terms';
import { dayAfter, outcome, quiet, type FeasibilityContext, type FeasibilityResult } from './feasibility-context';
import { formatDate, formatMoney, formatMonths } from '../format';

/**
 * The legal checks of docs/domain.md §8 — direct award without ground, modification not allowed /
 * notice needed, above threshold — as thin wrappers over shared/law, which holds the rules and their
 * citations. Each keeps the FeasibilityResult shape the engine and report already use.
 */

/** UK standard rate of VAT: thresholds include VAT, register and costs exclude it (editable in Settings). */
export const VAT_RATE = DEFAULT_VAT_RATE;

/**
 * Inputs the legal checks use beyond FeasibilityContext. All optional: the engine passes them as it
 * gains them (checkFeasibility accepts them on its input).
 */
export interface LegalInputs {
  /** The option's own contract value over its term and extension options, £ ex VAT (not the appraisal period). */
  contractValueExVat?: number;
  vatRate?: number;
  thresholdBands?: readonly ThresholdBand[];
}
export type LegalCheckContext = FeasibilityContext & LegalInputs;

/** Settings.thresholds holds the current band's figures; they override the latest default band. */
function bandsOf(ctx: LegalCheckContext): readonly ThresholdBand[] {
  if (ctx.thresholdBands) return ctx.thresholdBands;
  const t: Partial<Settings['thresholds']> | undefined = ctx.settings.thresholds;
  if (!t) return DEFAULT_THRESHOLD_BANDS;
  const last = DEFAULT_THRESHOLD_BANDS[DEFAULT_THRESHOLD_BANDS.length - 1];
  return [
    ...DEFAULT_THRESHOLD_BANDS.slice(0, -1),
    {
      ...last,
      centralGoodsServices: t.goodsServices ?? last.centralGoodsServices,
      works: t.works ?? last.works,
      lightTouch: t.lightTouch ?? last.lightTouch,
    },
  ];
}

function noticeList(ctx: LegalCheckContext, regime = ctx.option.regime): string {
  return noticesFor(ctx.option.route, regime, { psrProcess: ctx.option.legal?.psrProcess, lightTouch: ctx.contract?.lightTouch })
    .map((n) => `${n.label.toLowerCase()}${n.wait ? ` (${waitPhrase(n.wait)}${n.voluntary ? ', voluntary' : ''})` : ''}`)
    .join(', ');
}

/** True when the option continues the current contract past its end date: no longer a modification. */
function continuesExpired(ctx: LegalCheckContext): boolean {
  const { option, contract } = ctx;
  const extends_ = option.route === 'modification' || option.extensionMonths > 0;
  return Boolean(contract && extends_ && ctx.earliestSignature > contract.currentEndDate);
}

export function checkDirectAwardGround(ctx: LegalCheckContext): FeasibilityResult {
  const { option, contract, keyDates, settings, today } = ctx;
  const route = continuesExpired(ctx) ? 'direct-award' : option.route;
  const openLead = settings.leadTimesMonths.openProcedure;
  let selfCaused: { reason: string } | null = null;
  if (contract && keyDates) {
    const decisionMissed = keyDates.latestDecisionDate < today && !contract.decidedOn;
    const noTimeToCompete = afterLeadTime(today, openLead) > dayAfter(contract.currentEndDate);
    if (decisionMissed || noTimeToCompete) {
      selfCaused = {
        reason: `the contract's end date of ${formatDate(contract.currentEndDate)} was known in advance and ${
          decisionMissed
            ? `the latest decision date, ${formatDate(keyDates.latestDecisionDate)}, passed without a decision`
            : `an open procedure (${formatMonths(openLead)}) no longer fits before it`
        }`,
      };
    }
  }
  const r = checkDirectAward({
    route,
    optionRegime: option.regime,
    groundCode: option.legalGround,
    facts: option.legal ?? {},
    today,
    contract,
    selfCausedUrgency: selfCaused,
  });
  const fires = r.status === 'missing' || r.status === 'refused' || r.status === 'needs-judgement';
  const notices = r.notices
    .map((n) => `${n.label.toLowerCase()}${n.wait ? ` (${waitPhrase(n.wait)}${n.voluntary ? ', voluntary' : ''})` : ''}`)
    .join(', ');
  const lead =
    route !== option.route
      ? `The contract ends on ${formatDate(contract?.currentEndDate)}, before this change could be made, so continuing it is a new award. `
      : '';
  return {
    check: 'direct-award-without-ground',
    fires,
    severity: r.status === 'needs-judgement' ? 'warning' : fires ? 'critical' : 'none',
    title: r.title,
    explanation:
      `${lead}${r.sentence}${r.questions.length ? ` To answer: ${r.questions.join(' ')}` : ''}${r.status === 'ok' || r.status === 'not-applicable' ? (notices ? ` Notices: ${notices}.` : '') : ''} ${r.regime.reason}`.trim(),
    figures: {
      route,
      regime: r.regime.regime,
      regimeAssumed: r.regime.assumed,
      legalGround: option.legalGround ?? null,
      status: r.status,
      latestDecisionDate: keyDates?.latestDecisionDate ?? null,
      contractEnd: contract?.currentEndDate ?? null,
    },
  };
}

/** The modification check's full result for an option, for the report and the option editor. */
export function modificationFor(ctx: LegalCheckContext): ModificationResult | null {
  const { option, contract } = ctx;
  const months = option.extensionMonths > 0 ? option.extensionMonths : option.route === 'modification' ? option.terms.durationMonths : 0;
  const legal = option.legal ?? {};
  if (!contract || (months === 0 && legal.valueChangeExVat === undefined && !legal.changeOfSupplier)) return null;
  return checkModification(contract, { termMonths: months, date: ctx.earliestSignature }, legal, ctx.today, {
    vatRate: ctx.vatRate,
    thresholdBands: bandsOf(ctx),
  });
}

export function checkSubstantialModification(ctx: LegalCheckContext): FeasibilityResult {
  const base = { check: 'substantial-modification' as const };
  const r = modificationFor(ctx);
  if (!r) {
    return {
      ...base,
      fires: false,
      severity: 'none',
      title: 'Not a modification',
      explanation: ctx.contract
        ? 'This option does not change the existing contract.'
        : 'No current contract is recorded, so there is nothing to modify.',
      figures: { extensionMonths: ctx.option.extensionMonths },
    };
  }
  const noticeNeeded = r.notice.status === 'required' || r.notice.status === 'recommended' || r.notice.status === 'legal-view-needed';
  const fires = r.verdict !== 'permitted' || noticeNeeded;
  const severity =
    r.verdict === 'not-permitted' || r.verdict === 'new-award'
      ? 'critical'
      : r.verdict === 'needs-judgement'
        ? 'warning'
        : noticeNeeded
          ? 'advisory'
          : 'none';
  const title =
    r.verdict === 'new-award'
      ? 'Contract ended: a new award is needed'
      : r.verdict === 'not-permitted'
        ? 'Modification not permitted'
        : r.verdict === 'needs-judgement'
          ? 'Modification: legal questions to answer'
          : r.notice.status === 'required'
            ? 'Modification permitted; notice required'
            : noticeNeeded
              ? 'Modification permitted; notice recommended'
              : 'Modification permitted';
  const detail = r.steps.filter((s) => s.outcome !== 'not-applicable' && s.sentence).map((s) => s.sentence);
  const follow = r.followUps.map((f) => f.sentence);
  const term = r.steps.find((s) => s.figures?.termShare !== undefined)?.figures?.termShare ?? null;
  return {
    ...base,
    fires,
    severity,
    title,
    // The summary often restates a step's sentence: say each once.
    explanation: [...new Set([r.summary, ...detail, ...follow])].join(' '),
    figures: {
      regime: r.regime,
      regimeAssumed: r.regimeDecision.assumed,
      verdict: r.verdict,
      ground: r.ground?.code ?? null,
      noticeStatus: r.notice.status,
      termShare: typeof term === 'number' ? term : null,
      extensionMonths: ctx.option.extensionMonths,
    },
  };
}

export function checkAboveThreshold(ctx: LegalCheckContext): FeasibilityResult {
  const { option, contract, today } = ctx;
  const vatRate = ctx.vatRate ?? VAT_RATE;
  if (option.route === 'modification') {
    return quiet(
      'above-threshold',
      'Modification: tested by the modification check',
      'A change to an existing contract is tested against its own regime’s modification rules, not the threshold for a new procurement.',
      { route: option.route },
    );
  }
  const recorded = option.legal?.estimatedValueExVat;
  const exVat = recorded ?? ctx.contractValueExVat ?? ctx.wholeLifeCost;
  const standIn = recorded === undefined && ctx.contractValueExVat === undefined;
  const incVat = grossUp(exVat, vatRate);
  const pcr = option.regime === 'PCR2015';
  const kind = contract?.lightTouch ? 'light-touch' : contract?.works ? 'works' : 'goods-services';
  const choice = pcr
    ? {
        amount: DEFAULT_PCR_THRESHOLDS.goodsServices,
        label: `${formatMoney(DEFAULT_PCR_THRESHOLDS.goodsServices)} (PCR 2015 threshold, goods and services)`,
      }
    : thresholdFor(kind, today, bandsOf(ctx));
  const fires = reachesThreshold(incVat, choice.amount);
  const source =
    recorded !== undefined
      ? 'the estimated contract value recorded on the option'
      : standIn
        ? "the appraisal-period cost (a stand-in: the contract's own value over its term and options is not yet given)"
        : "the contract's estimated value over its own term and extension options";
  const value = `${source}, ${formatMoney(exVat)} ex VAT, is ${formatMoney(incVat)} incl. VAT (× ${1 + vatRate}; thresholds include VAT)`;
  const notices = noticeList(ctx);
  const explanation = fires
    ? `Above threshold: ${value}, not less than the ${choice.label} threshold, so a regulated procedure and its notices are needed${notices ? `: ${notices}` : ''} (${REGIME_LABELS[pcr ? 'PCR2015' : 'PA2023']}).`
    : `Below threshold: ${value}, less than the ${choice.label} threshold. The regulated procedures do not apply${incVat >= BELOW_THRESHOLD_NOTICE_FROM ? ', but a contract details notice is still due for a contract of £12,000 or more (PA 2023 s.87)' : ''}; the trust's standing financial instructions still do.`;
  return outcome('above-threshold', fires, 'advisory', ['Above procurement threshold', 'Below procurement threshold'], explanation, {
    valueExVat: exVat,
    valueIncVat: incVat,
    vatRate,
    threshold: choice.amount,
    valueIsStandIn: standIn,
    wholeLifeCostExVat: ctx.wholeLifeCost,
  });
}
