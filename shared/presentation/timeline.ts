import { differenceInCalendarMonths } from 'date-fns';
import { addDaysIso, addMonthsIso, toDate, type IsoDate } from '../dates';
import type { Contract, Option, Settings } from '../domain';
import { afterLeadTime, procurementStartBy, termEnd } from '../domain/option-terms';
import { buildContext, currentHostingEnd, primaryContract } from '../engine/feasibility-context';
import { computeKeyDates, leadTimeOf, noticePeriodOf, type ContractDefaults } from '../engine/key-dates';
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
  settings: Pick<Settings, 'leadTimesMonths' | 'thresholds'> & Partial<Pick<Settings, 'contractDefaults'>>;
  today: IsoDate;
}

/** The current contract's deadlines: latest decision date, notice deadline, hosting end, end. */
export function contractMarkers(contracts: readonly Contract[], today: IsoDate, defaults?: ContractDefaults): TimelineMarker[] {
  const contract = primaryContract(contracts);
  if (!contract) return [];
  const k = computeKeyDates(contract, { today, defaults });
  const markers: TimelineMarker[] = [];
  const assumed = (yes: boolean) => (yes ? ' (assumed)' : '');
  if (leadTimeOf(contract, defaults).days > 0)
    markers.push({ label: `Latest decision${assumed(k.decisionAssumed)}`, date: k.latestDecisionDate, kind: 'decision' });
  if (noticePeriodOf(contract, defaults).days > 0)
    markers.push({ label: `Notice deadline${assumed(k.noticeAssumed)}`, date: k.noticeDeadline, kind: 'notice' });
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
    const from = procurementStartBy(ctx.signature, ctx.routeLead, input.today);
    if (from < ctx.signature) bars.push({ from, to: dayBefore(ctx.signature), label: formatTerm(ctx.routeLead), kind: 'procurement' });
  }
  if (ctx.implementationLead > 0) {
    bars.push({ from: ctx.signature, to: dayBefore(ctx.goLive), label: formatTerm(ctx.implementationLead), kind: 'implementation' });
  }
  bars.push({ from: option.terms.startDate, to: termEnd(option.terms), label: formatTerm(option.terms.durationMonths), kind: 'contract' });
  const plan = option.hosting;
  if (plan.transferStart || plan.goLive) {
    const from = plan.transferStart ?? ctx.signature;
    const to = plan.goLive ?? afterLeadTime(from, input.settings.leadTimesMonths.hostingTransfer);
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
    markers: contractMarkers(input.contracts, input.today, input.settings.contractDefaults),
    rows: input.options.map((o) => optionTimelineRow(o, input)),
  };
}
