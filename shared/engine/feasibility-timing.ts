import { daysBetween } from '../dates';
import { afterLeadTime } from '../domain/option-terms';
import {
  currentHostingEnd,
  dayAfter,
  monthsBetween,
  outcome,
  quiet,
  unexercisedExtensionMonths,
  type FeasibilityContext,
  type FeasibilityResult,
} from './feasibility-context';
import { formatCount, formatDate, formatMonths, pastInWords } from '../format';
import { routePhrase } from './lead-times';
import { noticePeriodOf } from './key-dates';

/**
 * The three date checks of docs/domain.md §8: too late, service gap, hosting gap.
 *
 * Convention: service is continuous when the new arrangement is live by the day after the old one
 * ends (a contract ending 31 Mar and one starting 1 Apr leave no gap), so the gap checks fire only
 * when go-live is later than that.
 */

/** "7 months away", or for a date already past "ended 427 days ago" (never a negative count). */
function whenInWords(ctx: FeasibilityContext, date: string, pastVerb: string): string {
  if (date < ctx.today) return pastInWords(daysBetween(date, ctx.today), pastVerb);
  const m = monthsBetween(ctx.today, date);
  return m < 1 ? 'less than a month away' : `${formatMonths(m)} away`;
}

export function checkTooLate(ctx: FeasibilityContext): FeasibilityResult {
  const { option, contract, keyDates, routeLead, approvalLead, earliestSignature } = ctx;
  const start = option.terms.startDate;
  const leadLate = earliestSignature > start;
  const noticePassed = keyDates?.noticeDeadlinePassed ?? false;
  const fires = leadLate || noticePassed;
  const route = routePhrase(option.route);
  const routeCap = route.charAt(0).toUpperCase() + route.slice(1);
  const parts: string[] = [];

  const ends = contract && contract.currentEndDate < ctx.today ? 'ended' : 'ends';
  const endText = contract
    ? `the contract ${ends} on ${formatDate(contract.currentEndDate)}, ${whenInWords(ctx, contract.currentEndDate, 'ended')}`
    : 'no current contract is recorded';
  // The approval route comes first: the procurement cannot start until the business case is approved.
  const approval = ctx.approval && approvalLead > 0 ? `approval (${ctx.approval.tierLabel}) takes ${formatMonths(approvalLead)} and ` : '';
  const takes = `${approval}${approval ? route : routeCap} takes ${formatMonths(routeLead)}`;
  const lead = approval ? takes.charAt(0).toUpperCase() + takes.slice(1) : takes;
  if (leadLate) {
    parts.push(
      `${lead}; ${endText}. Starting today, the earliest signature is ${formatDate(earliestSignature)}, after this option's start on ${formatDate(start)}.`,
    );
  } else {
    parts.push(
      `${lead}, so a contract could be signed by ${formatDate(earliestSignature)}, in time for this option's start on ${formatDate(start)}; ${endText}.`,
    );
  }
  if (contract && keyDates) {
    const used = noticePeriodOf(contract, ctx.settings.contractDefaults);
    const n = `${used.days} days' notice${used.assumed ? ", assumed: none is recorded, so the trust's default is used" : ''}`;
    parts.push(
      noticePassed
        ? `${leadLate ? 'Also, the' : 'The'} notice deadline was ${formatDate(keyDates.noticeDeadline)} (${n}); it ${pastInWords(daysBetween(keyDates.noticeDeadline, ctx.today), 'passed')}, so notice can no longer be given in time.`
        : `The notice deadline, ${formatDate(keyDates.noticeDeadline)} (${n}), has not passed.`,
    );
  }

  return outcome('too-late', fires, 'critical', ['Too late', 'In time'], parts.join(' '), {
    today: ctx.today,
    routeLeadMonths: routeLead,
    approvalLeadMonths: approvalLead,
    earliestSignature,
    optionStart: start,
    contractEnd: contract?.currentEndDate ?? null,
    noticeDeadline: keyDates?.noticeDeadline ?? null,
    noticeDeadlinePassed: noticePassed,
  });
}

export function checkServiceGap(ctx: FeasibilityContext): FeasibilityResult {
  const { option, contract, signature, goLive, implementationLead, goLiveShift } = ctx;
  if (!contract) {
    return quiet(
      'service-gap',
      'Service gap not checked',
      'No current contract is recorded, so there is no end date to compare go-live with.',
      { goLive },
    );
  }
  const end = contract.currentEndDate;
  const gap = goLive > dayAfter(end);
  const gapDays = gap ? daysBetween(end, goLive) - 1 : 0;
  const bridged = option.bridgeAvailable;
  const fires = gap && !bridged;
  const bias = goLiveShift > 0 ? ` + ${formatMonths(goLiveShift)} duration optimism bias` : '';
  const how = option.newSystem
    ? `contract signed ${formatDate(signature)} + ${formatMonths(implementationLead)} implementation${bias}`
    : `the contract can start on ${formatDate(signature)}`;
  const spare = unexercisedExtensionMonths(contract);

  let explanation: string;
  if (!gap) {
    explanation = `This option is live on ${formatDate(goLive)} (${how}), no later than the day after the current contract ends on ${formatDate(end)}.`;
  } else {
    const gapText = `${formatMonths(monthsBetween(end, goLive))} (${formatCount(gapDays)} days)`;
    explanation = bridged
      ? `This option goes live on ${formatDate(goLive)} (${how}), ${gapText} after the current contract ends on ${formatDate(end)}; the bridge recorded for this option must cover that time.`
      : `This option goes live on ${formatDate(goLive)} (${how}), ${gapText} after the current contract ends on ${formatDate(end)}, and no bridge is recorded for it.`;
    if (!bridged && spare > 0) {
      explanation += ` The contract still has unexercised extension options totalling ${formatMonths(spare)}, which could bridge ${spare >= monthsBetween(end, goLive) ? 'the gap' : 'part of the gap'}.`;
    }
  }
  return outcome('service-gap', fires, 'critical', ['Service gap', 'No service gap'], explanation, {
    contractEnd: end,
    signature,
    implementationLeadMonths: implementationLead,
    durationOptimismBiasMonths: goLiveShift,
    goLive,
    gapDays,
    bridgeAvailable: bridged,
    unexercisedExtensionMonths: spare,
  });
}

export function checkHostingGap(ctx: FeasibilityContext): FeasibilityResult {
  const { option, contracts, settings, signature } = ctx;
  const plan = option.hosting;
  const transfer =
    plan.goLive !== undefined ||
    plan.transferStart !== undefined ||
    (plan.targetModel !== undefined && plan.targetModel !== plan.currentModel);
  if (!transfer) {
    return quiet('hosting-gap', 'No hosting change', 'No hosting transfer is planned for this option, so hosting continues as it is.', {
      currentModel: plan.currentModel ?? null,
      targetModel: plan.targetModel ?? null,
    });
  }
  const lead = settings.leadTimesMonths.hostingTransfer;
  // Without a planned go-live, estimate it: the transfer takes the hosting lead time from its
  // planned start, or from contract signature when no start is planned.
  const estimated = plan.goLive === undefined;
  const from = plan.transferStart ?? signature;
  const hostingGoLive = plan.goLive ?? afterLeadTime(from, lead);
  const basis = estimated
    ? ` (estimated: ${plan.transferStart ? 'transfer start' : 'contract signature'} ${formatDate(from)} + ${formatMonths(lead)} hosting transfer)`
    : '';
  const end = currentHostingEnd(contracts, ctx.linkedContracts);
  if (!end) {
    return quiet(
      'hosting-gap',
      'Hosting gap not checked',
      `Hosting goes live on ${formatDate(hostingGoLive)}${basis}, but no current hosting end date is recorded to compare it with.`,
      { hostingGoLive, estimated, hostingEnd: null },
    );
  }
  const fires = hostingGoLive > dayAfter(end.date);
  const gapDays = fires ? daysBetween(end.date, hostingGoLive) - 1 : 0;
  const explanation = fires
    ? `The new hosting goes live on ${formatDate(hostingGoLive)}${basis}, but current hosting (${end.source.reference}) ends on ${formatDate(end.date)}, leaving ${formatCount(gapDays)} days with no hosting unless it is extended.`
    : `The new hosting goes live on ${formatDate(hostingGoLive)}${basis}, no later than the day after current hosting ends on ${formatDate(end.date)}.`;
  return {
    // Raised on the hosting contract itself, so it shows where the hosting decision is made.
    contractRef: end.source.reference,
    check: 'hosting-gap',
    fires,
    severity: fires ? 'warning' : 'none',
    title: fires ? 'Hosting gap' : 'No hosting gap',
    explanation,
    figures: {
      hostingGoLive,
      estimated,
      hostingEnd: end.date,
      hostingContract: end.source.reference,
      hostingTransferMonths: lead,
      gapDays,
    },
  };
}
