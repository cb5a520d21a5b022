import { differenceInCalendarMonths } from 'date-fns';
import { addDaysIso, addMonthsIso, toDate, type IsoDate } from '../dates';
import type { Contract, Option, Settings } from '../domain';
import { buildContext, currentHostingEnd, primaryContract } from '../engine/feasibility-context';
import { computeKeyDates } from '../engine/key-dates';
import { formatTerm } from '../format';

/** What the dates timeline draws (the renderer's DatesTimeline and the report's print version). */
export type BarKind = 'procurement' | 'implementation' | 'contract' | 'hosting-transfer' | 'dual-running';
export type MarkerKind = 'notice' | 'end' | 'hosting-end' | 'decision';

export interface TimelineMarker {
  label: string;
  date: IsoDate;
  kind: MarkerKind;
}
export interface TimelineBar {
  from: IsoDate;
  to: IsoDate;
  label: string;
  kind: BarKind;
}
export interface TimelineEvent {
  date: IsoDate;
  label: string;
}
export interface TimelineRow {
  id: string;
  name: string;
  bars: readonly TimelineBar[];
  events: readonly TimelineEvent[];
}

/**
 * The timeline's markers and bars, from the same dates the feasibility checks use (buildContext),
 * so the picture and the findings never disagree about when an option is signed or goes live.
 * Exported for the Compare tab as well as the report.
 */

export interface TimelineInput {
  options: readonly Option[];
  contracts: readonly Contract[];
  settings: Pick<Settings, 'leadTimesMonths' | 'thresholds'>;
  today: IsoDate;
}

/** The current contract's deadlines: latest decision date, notice deadline, hosting end, end. */
export function contractMarkers(contracts: readonly Contract[], today: IsoDate): TimelineMarker[] {
  const contract = primaryContract(contracts);
  if (!contract) return [];
  const k = computeKeyDates(contract, { today });
  const markers: TimelineMarker[] = [];
  if (contract.internalLeadTimeDays > 0) markers.push({ label: 'Latest decision', date: k.latestDecisionDate, kind: 'decision' });
  if (contract.noticePeriodDays > 0) markers.push({ label: 'Notice deadline', date: k.noticeDeadline, kind: 'notice' });
  const hosting = currentHostingEnd(contracts);
  if (hosting) markers.push({ label: 'Hosting ends', date: hosting.date, kind: 'hosting-end' });
  markers.push({ label: 'Contract ends', date: contract.currentEndDate, kind: 'end' });
  return markers;
}

const dayBefore = (iso: IsoDate) => addDaysIso(iso, -1);
const monthsApart = (from: IsoDate, to: IsoDate) => Math.max(1, differenceInCalendarMonths(toDate(to), toDate(from)));

export function optionTimelineRow(option: Option, input: TimelineInput): TimelineRow {
  const ctx = buildContext({ option, contracts: input.contracts, settings: input.settings, today: input.today, wholeLifeCost: 0 });
  const bars: TimelineRow['bars'][number][] = [];
  if (ctx.routeLead > 0) {
    // The latest window for the procurement: it must finish by signature, and cannot start before today.
    const latestStart = addMonthsIso(ctx.signature, -ctx.routeLead);
    const from = latestStart > input.today ? latestStart : input.today;
    if (from < ctx.signature) bars.push({ from, to: dayBefore(ctx.signature), label: formatTerm(ctx.routeLead), kind: 'procurement' });
  }
  if (ctx.implementationLead > 0) {
    bars.push({ from: ctx.signature, to: dayBefore(ctx.goLive), label: formatTerm(ctx.implementationLead), kind: 'implementation' });
  }
  const start = option.terms.startDate;
  bars.push({
    from: start,
    to: dayBefore(addMonthsIso(start, option.terms.durationMonths)),
    label: formatTerm(option.terms.durationMonths),
    kind: 'contract',
  });
  const plan = option.hosting;
  if (plan.transferStart || plan.goLive) {
    const from = plan.transferStart ?? ctx.signature;
    const to = plan.goLive ?? addMonthsIso(from, input.settings.leadTimesMonths.hostingTransfer);
    if (from < to) bars.push({ from, to: dayBefore(to), label: formatTerm(monthsApart(from, to)), kind: 'hosting-transfer' });
  }
  if (plan.dualRunningMonths > 0) {
    bars.push({
      from: ctx.goLive,
      to: dayBefore(addMonthsIso(ctx.goLive, plan.dualRunningMonths)),
      label: formatTerm(plan.dualRunningMonths),
      kind: 'dual-running',
    });
  }
  const events = [{ date: ctx.signature, label: 'Signed' }];
  if (ctx.goLive !== ctx.signature) events.push({ date: ctx.goLive, label: 'Go-live' });
  return { id: option.id, name: option.name, bars, events };
}

export function timelineModel(input: TimelineInput): { today: IsoDate; markers: TimelineMarker[]; rows: TimelineRow[] } {
  return {
    today: input.today,
    markers: contractMarkers(input.contracts, input.today),
    rows: input.options.map((o) => optionTimelineRow(o, input)),
  };
}
