import { REGIME_LABELS } from '../domain';
import { findLegalGround, noticesFor } from '../law';
import { addMonthsToIso, daysFromTo } from './day-math';
import { dayAfter, type FeasibilityContext, type FeasibilityResult } from './feasibility-context';
import { formatCount, formatDate, formatMoney, formatMonths, formatPct } from '../format';
import { routePhrase } from './lead-times';

/**
 * The three legal checks of DOMAIN.md section 8: direct award without ground, substantial
 * modification, above threshold. Facts and citations live in shared/law.
 */

/** UK standard rate of VAT (20%): thresholds are VAT-inclusive, costs here exclude VAT. */
export const VAT_RATE = 0.2;
/** PA 2023 s.74: a term change above 10% of the maximum term is substantial. */
export const MODIFICATION_TERM_LIMIT = 0.1;
/** PCR 2015 reg. 72(2) / PA 2023 Sch. 8 para. 4: at most 50% of the original value. */
export const MODIFICATION_VALUE_LIMIT = 0.5;

function isDirectAward(route: FeasibilityContext['option']['route']): boolean {
  return route === 'direct-award' || route === 'negotiated-without-publication';
}

function noticeList(ctx: FeasibilityContext): string {
  const notices = noticesFor(ctx.option.route, ctx.option.regime);
  return notices
    .map((n) => {
      const label = n.label.toLowerCase();
      return n.wait ? `${label} (at least ${n.wait.days} ${n.wait.unit === 'working-days' ? 'working days' : 'days'})` : label;
    })
    .join(', ');
}

export function checkDirectAwardGround(ctx: FeasibilityContext): FeasibilityResult {
  const { option, contract, keyDates, settings, today } = ctx;
  const base = { check: 'direct-award-without-ground' as const };
  if (!isDirectAward(option.route)) {
    return {
      ...base,
      fires: false,
      severity: 'none',
      title: 'Not a direct award',
      explanation: `This option uses ${routePhrase(option.route)}, so no direct award ground is needed.`,
      figures: { route: option.route, legalGround: option.legalGround ?? null },
    };
  }
  const ground = findLegalGround(option.legalGround);
  const figures: FeasibilityResult['figures'] = { route: option.route, regime: option.regime, legalGround: option.legalGround ?? null };
  const fire = (title: string, explanation: string): FeasibilityResult => ({
    ...base,
    fires: true,
    severity: 'critical',
    title,
    explanation,
    figures,
  });

  if (!ground) {
    return fire(
      'Direct award without a legal ground',
      option.legalGround
        ? `The recorded ground "${option.legalGround}" is not one the app recognises. A direct award needs a justification under PA 2023 Schedule 5 (or PCR 2015 reg. 32 for procurements begun before 24 Feb 2025).`
        : 'Direct award without a legal ground: none is recorded. A direct award needs a justification under PA 2023 Schedule 5 (or PCR 2015 reg. 32 for procurements begun before 24 Feb 2025), with evidence that it applies.',
    );
  }
  if (ground.kind !== 'direct-award') {
    return fire(
      'Direct award without a legal ground',
      `"${ground.label}" (${ground.citation}) is a ground for modifying an existing contract, not for awarding a new one directly.`,
    );
  }
  if (ground.regime !== option.regime) {
    return fire(
      'Legal ground from the wrong regime',
      `"${ground.label}" is a ground under the ${REGIME_LABELS[ground.regime]}, but this option is procured under the ${REGIME_LABELS[option.regime]}.`,
    );
  }
  if (ground.cannotBeSelfCaused && contract && keyDates) {
    // Urgency is self-caused when the trust's own clock ran out: its latest decision date passed
    // undecided, or the known end date is now too close for the normal competitive route.
    const openLead = settings.leadTimesMonths.openProcedure;
    const competeBy = addMonthsToIso(today, openLead);
    const noTimeToCompete = competeBy > dayAfter(contract.currentEndDate);
    const decisionMissed = keyDates.latestDecisionDate < today && !contract.decidedOn;
    figures.latestDecisionDate = keyDates.latestDecisionDate;
    figures.contractEnd = contract.currentEndDate;
    figures.openProcedureMonths = openLead;
    if (noTimeToCompete || decisionMissed) {
      const why = decisionMissed
        ? `the latest decision date, ${formatDate(keyDates.latestDecisionDate)}, passed without a decision`
        : `an open procedure (${formatMonths(openLead)}) no longer fits before the known end date`;
      return fire(
        "Urgency caused by the trust's own timing",
        `Urgency cannot be relied on here: the contract's end date of ${formatDate(contract.currentEndDate)} was known in advance and ${why}. Running out of time through the trust's own delay does not count as extreme and unavoidable urgency (${ground.citation}).`,
      );
    }
    return {
      ...base,
      fires: false,
      severity: 'none',
      title: 'Urgency ground recorded',
      explanation: `Urgency is recorded (${ground.citation}). It only holds for events the trust could not foresee and did not cause; the contract's own end date (${formatDate(contract.currentEndDate)}) is not such an event. Notices: ${noticeList(ctx)}.`,
      figures,
    };
  }
  return {
    ...base,
    fires: false,
    severity: 'none',
    title: 'Direct award ground recorded',
    explanation: `Ground recorded: ${ground.label} (${ground.citation}). The trust must be able to evidence: ${ground.conditions.join('; ').toLowerCase()}. Notices: ${noticeList(ctx)}.`,
    figures,
  };
}

export function checkSubstantialModification(ctx: FeasibilityContext): FeasibilityResult {
  const { option, contract } = ctx;
  const base = { check: 'substantial-modification' as const };
  const months = option.extensionMonths > 0 ? option.extensionMonths : option.route === 'modification' ? option.terms.durationMonths : 0;
  if (months === 0 || !contract) {
    return {
      ...base,
      fires: false,
      severity: 'none',
      title: 'Not a modification',
      explanation: contract
        ? 'This option does not extend the existing contract.'
        : 'No current contract is recorded, so there is nothing to modify.',
      figures: { extensionMonths: months },
    };
  }
  const maxEnd = contract.maximumEndDate ?? contract.currentEndDate;
  const newEnd = addMonthsToIso(contract.currentEndDate, months);
  // Time inside the maximum end date is already provided for by the contract's own options, so
  // only the part beyond it is a change to the contract as awarded.
  const beyondDays = Math.max(0, daysFromTo(maxEnd, newEnd));
  const termDays = contract.startDate ? daysFromTo(contract.startDate, maxEnd) : null;
  const termShare = termDays && termDays > 0 ? beyondDays / termDays : null;
  const termFires = termShare !== null && termShare > MODIFICATION_TERM_LIMIT;

  const annual =
    contract.annualValue ?? (contract.totalValue !== undefined && termDays ? (contract.totalValue * 365) / termDays : undefined);
  const extensionValue = annual !== undefined ? (annual * beyondDays) / 365 : null;
  const original = contract.totalValue;
  const valueShare = extensionValue !== null && original ? extensionValue / original : null;
  const valueFires = valueShare !== null && valueShare > MODIFICATION_VALUE_LIMIT;
  const fires = termFires || valueFires;

  const parts: string[] = [];
  parts.push(
    `${fires ? 'Substantial modification: extending' : 'Extending'} by ${formatMonths(months)} to ${formatDate(newEnd)} goes ${formatCount(beyondDays)} days beyond the maximum end date of ${formatDate(maxEnd)}.`,
  );
  if (termShare !== null && termDays !== null) {
    parts.push(
      `That is ${formatPct(termShare * 100)} of the maximum term (${formatCount(termDays)} days from ${formatDate(contract.startDate)} to ${formatDate(maxEnd)}), ${termFires ? 'above' : 'within'} the 10% limit (PA 2023 s.74).`,
    );
  } else {
    parts.push('The contract start date is not recorded, so the 10% term test (PA 2023 s.74) cannot be applied.');
  }
  if (valueShare !== null && extensionValue !== null && original) {
    parts.push(
      `Its value, about ${formatMoney(extensionValue)}, is ${formatPct(valueShare * 100)} of the original value of ${formatMoney(original)}, ${valueFires ? 'above' : 'within'} the 50% limit (PCR 2015 reg. 72(2)).`,
    );
  } else {
    parts.push('The contract value is not recorded, so the 50% value test cannot be applied.');
  }
  if (fires) parts.push('A substantial change needs a new procurement, not a modification.');

  return {
    ...base,
    fires,
    severity: fires ? 'critical' : 'none',
    title: fires ? 'Substantial modification' : 'Modification within limits',
    explanation: parts.join(' '),
    figures: {
      extensionMonths: months,
      currentEnd: contract.currentEndDate,
      maximumEnd: maxEnd,
      newEnd,
      beyondMaximumDays: beyondDays,
      maximumTermDays: termDays,
      termShare,
      extensionValue,
      originalValue: original ?? null,
      valueShare,
    },
  };
}

export function checkAboveThreshold(ctx: FeasibilityContext): FeasibilityResult {
  const threshold = ctx.settings.thresholds.goodsServices;
  const incVat = ctx.wholeLifeCost * (1 + VAT_RATE);
  const fires = incVat > threshold;
  const value = `whole-life cost ${formatMoney(ctx.wholeLifeCost)} excluding VAT is ${formatMoney(incVat)} including VAT (× 1.2, because thresholds include VAT)`;
  const notices = noticeList(ctx);
  const explanation = fires
    ? `Above threshold: ${value}, above the ${formatMoney(threshold)} threshold for goods and services. A regulated procedure and its notices are needed${notices ? `: ${notices}` : ''}.`
    : `Below threshold: ${value}, not above the ${formatMoney(threshold)} threshold for goods and services, so the regulated procedures do not apply (the trust's own standing financial instructions still do).`;
  return {
    check: 'above-threshold',
    fires,
    severity: fires ? 'advisory' : 'none',
    title: fires ? 'Above procurement threshold' : 'Below procurement threshold',
    explanation,
    figures: { wholeLifeCostExVat: ctx.wholeLifeCost, valueIncVat: incVat, vatRate: VAT_RATE, threshold },
  };
}
