import { addMonthsToIso, daysFromTo } from './day-math';
import {
  currentHostingEnd,
  dayAfter,
  monthsBetween,
  unexercisedExtensionMonths,
  type FeasibilityContext,
  type FeasibilityResult,
} from './feasibility-context';
import { formatCount, formatDate, formatMonths } from '../format';
import { routePhrase } from './lead-times';

/**
 * The three date checks of DOMAIN.md section 8: too late, service gap, hosting gap.
 *
 * Convention: service is continuous when the new arrangement is live by the day after the old one
 * ends (a contract ending 31 Mar and one starting 1 Apr leave no gap), so the gap checks fire only
 * when go-live is later than that.
 */

function monthsAway(ctx: FeasibilityContext, date: string): string {
  const m = monthsBetween(ctx.today, date);
  if (date < ctx.today) return 'already passed';
  return m < 1 ? 'less than a month away' : `${formatMonths(m)} away`;
}

export function checkTooLate(ctx: FeasibilityContext): FeasibilityResult {
  const { option, contract, keyDates, routeLead, earliestSignature } = ctx;
  const start = option.terms.startDate;
  const leadLate = earliestSignature > start;
  const noticePassed = keyDates?.noticeDeadlinePassed ?? false;
  const fires = leadLate || noticePassed;
  const route = routePhrase(option.route);
  const routeCap = route.charAt(0).toUpperCase() + route.slice(1);
  const parts: string[] = [];

  const endText = contract
    ? `the contract ends on ${formatDate(contract.currentEndDate)}, ${monthsAway(ctx, contract.currentEndDate)}`
    : 'no current contract is recorded';
  if (leadLate) {
    parts.push(
      `Too late: ${route} takes ${formatMonths(routeLead)}; ${endText}. Signed from today, the earliest start is ${formatDate(earliestSignature)}, after this option's start on ${formatDate(start)}.`,
    );
  } else {
    parts.push(
      `${routeCap} takes ${formatMonths(routeLead)}, so a contract could be signed by ${formatDate(earliestSignature)}, in time for this option's start on ${formatDate(start)}; ${endText}.`,
    );
  }
  if (contract && keyDates) {
    const n = contract.noticePeriodDays;
    parts.push(
      noticePassed
        ? `${leadLate ? 'Also, the' : 'Too late: the'} notice deadline was ${formatDate(keyDates.noticeDeadline)} (${n} days' notice before the end date); it has passed, so notice can no longer be given in time.`
        : `The notice deadline, ${formatDate(keyDates.noticeDeadline)} (${n} days' notice), has not passed.`,
    );
  }

  return {
    check: 'too-late',
    fires,
    severity: fires ? 'critical' : 'none',
    title: fires ? 'Too late' : 'In time',
    explanation: parts.join(' '),
    figures: {
      today: ctx.today,
      routeLeadMonths: routeLead,
      earliestSignature,
      optionStart: start,
      contractEnd: contract?.currentEndDate ?? null,
      noticeDeadline: keyDates?.noticeDeadline ?? null,
      noticeDeadlinePassed: noticePassed,
    },
  };
}

export function checkServiceGap(ctx: FeasibilityContext): FeasibilityResult {
  const { option, contract, signature, goLive, implementationLead } = ctx;
  if (!contract) {
    return {
      check: 'service-gap',
      fires: false,
      severity: 'none',
      title: 'Service gap not checked',
      explanation: 'No current contract is recorded, so there is no end date to compare go-live with.',
      figures: { goLive },
    };
  }
  const end = contract.currentEndDate;
  const gap = goLive > dayAfter(end);
  const gapDays = gap ? daysFromTo(end, goLive) - 1 : 0;
  const bridged = option.bridgeAvailable;
  const fires = gap && !bridged;
  const how = option.newSystem
    ? `contract signed ${formatDate(signature)} + ${formatMonths(implementationLead)} implementation`
    : `the contract can start on ${formatDate(signature)}`;
  const spare = unexercisedExtensionMonths(contract);

  let explanation: string;
  if (!gap) {
    explanation = `No service gap: this option is live on ${formatDate(goLive)} (${how}), no later than the day after the current contract ends on ${formatDate(end)}.`;
  } else {
    const gapText = `${formatMonths(monthsBetween(end, goLive))} (${formatCount(gapDays)} days)`;
    explanation = bridged
      ? `This option goes live on ${formatDate(goLive)} (${how}), ${gapText} after the current contract ends on ${formatDate(end)}; the bridge recorded for this option must cover that time.`
      : `Service gap: this option goes live on ${formatDate(goLive)} (${how}), ${gapText} after the current contract ends on ${formatDate(end)}, and no bridge is recorded for it.`;
    if (!bridged && spare > 0) {
      explanation += ` The contract still has unexercised extension options totalling ${formatMonths(spare)}, which could bridge ${spare >= monthsBetween(end, goLive) ? 'the gap' : 'part of the gap'}.`;
    }
  }
  return {
    check: 'service-gap',
    fires,
    severity: fires ? 'critical' : 'none',
    title: fires ? 'Service gap' : 'No service gap',
    explanation,
    figures: {
      contractEnd: end,
      signature,
      implementationLeadMonths: implementationLead,
      goLive,
      gapDays,
      bridgeAvailable: bridged,
      unexercisedExtensionMonths: spare,
    },
  };
}

export function checkHostingGap(ctx: FeasibilityContext): FeasibilityResult {
  const { option, contracts, settings, signature } = ctx;
  const plan = option.hosting;
  const transfer =
    plan.goLive !== undefined ||
    plan.transferStart !== undefined ||
    (plan.targetModel !== undefined && plan.targetModel !== plan.currentModel);
  if (!transfer) {
    return {
      check: 'hosting-gap',
      fires: false,
      severity: 'none',
      title: 'No hosting change',
      explanation: 'No hosting transfer is planned for this option, so hosting continues as it is.',
      figures: { currentModel: plan.currentModel ?? null, targetModel: plan.targetModel ?? null },
    };
  }
  const lead = settings.leadTimesMonths.hostingTransfer;
  // Without a planned go-live, estimate it: the transfer takes the hosting lead time from its
  // planned start, or from contract signature when no start is planned.
  const estimated = plan.goLive === undefined;
  const from = plan.transferStart ?? signature;
  const hostingGoLive = plan.goLive ?? addMonthsToIso(from, lead);
  const basis = estimated
    ? ` (estimated: ${plan.transferStart ? 'transfer start' : 'contract signature'} ${formatDate(from)} + ${formatMonths(lead)} hosting transfer)`
    : '';
  const end = currentHostingEnd(contracts);
  if (!end) {
    return {
      check: 'hosting-gap',
      fires: false,
      severity: 'none',
      title: 'Hosting gap not checked',
      explanation: `Hosting goes live on ${formatDate(hostingGoLive)}${basis}, but no current hosting end date is recorded to compare it with.`,
      figures: { hostingGoLive, estimated, hostingEnd: null },
    };
  }
  const fires = hostingGoLive > dayAfter(end.date);
  const gapDays = fires ? daysFromTo(end.date, hostingGoLive) - 1 : 0;
  const explanation = fires
    ? `Hosting gap: the new hosting goes live on ${formatDate(hostingGoLive)}${basis}, but current hosting (${end.source.reference}) ends on ${formatDate(end.date)}, leaving ${formatCount(gapDays)} days with no hosting unless it is extended.`
    : `No hosting gap: the new hosting goes live on ${formatDate(hostingGoLive)}${basis}, no later than the day after current hosting ends on ${formatDate(end.date)}.`;
  return {
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
