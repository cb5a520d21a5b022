import { createEvents, type EventAttributes } from 'ics';
import type { IsoDate } from '../dates';
import type { Contract, DutyCompletions, Option, Settings } from '../domain';
import { optionDuties } from '../engine/option-duties';
import { addDaysIso } from '../dates';
import { computeKeyDates, daysUsedInWords, leadTimeOf, noticePeriodOf, type ContractDefaults } from '../engine/key-dates';
import { OBLIGATION_LABELS } from '../law/obligations';
import { defaultPipelineYear } from '../law/pipeline';
import { DUTY_STATUS_LABELS, planDuties, type Duty } from '../law/duties';
import { formatDate } from '../format';
import { AppError } from '../result';

/**
 * Key dates as an iCalendar file for Outlook and other calendars (issue 14): notice deadlines, latest
 * decision dates, extension exercise-by dates and Procurement Act duties, each an all-day event (DTEND
 * the day after, exclusive, RFC 5545 3.6.1) with two reminders (14 days before, and 09:00 the day
 * before). Every event's UID is built from what it is about — the contract reference, the kind of date,
 * the option and its ordinal — never from the date, so exporting again after a date moves updates the
 * event in the calendar instead of adding a second one (RFC 5545 3.8.4.7); the SEQUENCE rises with
 * each export so the calendar takes the newer copy.
 */
export interface KeyDateEvent {
  uid: string;
  date: IsoDate;
  title: string;
  description: string;
  contractRef: string;
  owner: string;
}

const UID_DOMAIN = 'trust-procurement-planner';

/** A reference as UID text: letters, digits and - _ . kept; anything else percent-encoded. */
function uidPart(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function eventUid(kind: string, contractRef: string, extra: readonly (string | number)[] = []): string {
  return [kind, uidPart(contractRef || 'trust'), ...extra.map((e) => uidPart(String(e)))].join('.') + `@${UID_DOMAIN}`;
}

export interface EventOptions {
  today: IsoDate;
  /** The trust's notice period and lead time for contracts that record none (Settings.contractDefaults). */
  defaults?: ContractDefaults;
  /** Only dates on or after today (default): a calendar reminder of a past date helps nobody. */
  includePast?: boolean;
}

/** Notice deadlines, latest decision dates and extension exercise-by dates of the contracts. */
export function contractKeyDateEvents(contracts: readonly Contract[], options: EventOptions): KeyDateEvent[] {
  const out: KeyDateEvent[] = [];
  for (const c of contracts) addContractEvents(c, options, out);
  return out;
}

/** One contract's key dates as events, added to `out`. */
function addContractEvents(c: Contract, options: EventOptions, out: KeyDateEvent[]): void {
  const keep = (date: IsoDate) => options.includePast === true || date >= options.today;
  const owner = c.owner ?? '';
  const name = `${c.reference} ${c.title}`;
  const k = computeKeyDates(c, { today: options.today, defaults: options.defaults });
  const notice = daysUsedInWords(noticePeriodOf(c, options.defaults));
  const lead = daysUsedInWords(leadTimeOf(c, options.defaults));
  if (!k.expired && !c.decidedOn) {
    if (keep(k.latestDecisionDate))
      out.push({
        uid: eventUid('latest-decision', c.reference),
        date: k.latestDecisionDate,
        title: `Decide by: ${name}`,
        description: `Latest decision date for ${name}: the notice deadline (${formatDate(k.noticeDeadline)}) less the trust's own approval lead time of ${lead}. The contract ends on ${formatDate(c.currentEndDate)}.`,
        contractRef: c.reference,
        owner,
      });
    if (keep(k.noticeDeadline))
      out.push({
        uid: eventUid('notice-deadline', c.reference),
        date: k.noticeDeadline,
        title: `Notice deadline: ${name}`,
        description: `Last day to give ${c.supplier} notice (${notice} before the end date, ${formatDate(c.currentEndDate)}).`,
        contractRef: c.reference,
        owner,
      });
  }
  c.extensionOptions.forEach((e, i) => {
    if (e.exercised || !e.exerciseBy || !keep(e.exerciseBy)) return;
    out.push({
      uid: eventUid('extension-exercise-by', c.reference, [i + 1]),
      date: e.exerciseBy,
      title: `Exercise extension by: ${name}`,
      description: `Last day to exercise the ${e.months}-month extension option ${i + 1} of ${name}.`,
      contractRef: c.reference,
      owner,
    });
  });
}

/** Procurement Act duties with a due date, one event each; the ordinal keeps yearly notices apart. */
export function dutyEvents(duties: Iterable<Duty>, options: EventOptions): KeyDateEvent[] {
  const out: KeyDateEvent[] = [];
  const add = dutyEventAdder(options, out);
  for (const d of duties) add(d);
  return out;
}

/** Adds each duty it is given as an event to `out`, in the order given (which numbers yearly notices). */
function dutyEventAdder(options: EventOptions, out: KeyDateEvent[]): (d: Duty) => void {
  const seen = new Map<string, number>();
  return (d) => {
    const key = `${d.kind}|${d.contractRef}|${d.optionId ?? ''}`;
    const ordinal = (seen.get(key) ?? 0) + 1;
    seen.set(key, ordinal);
    if (!d.dueDate || d.status === 'done' || (options.includePast !== true && d.dueDate < options.today)) return;
    const label = OBLIGATION_LABELS[d.kind];
    const about = d.contractRef ? `${d.contractRef} ${d.title}` : d.title;
    out.push({
      uid: eventUid(d.kind, d.contractRef, [...(d.optionId ? [d.optionId] : []), ...(ordinal > 1 ? [ordinal] : [])]),
      date: d.dueDate,
      title: `${label.title}: ${about}`,
      description: `${label.title} (${label.section}) for ${about}, due by ${formatDate(d.dueDate)}: ${d.basis}. Status: ${DUTY_STATUS_LABELS[d.status]}.`,
      contractRef: d.contractRef,
      owner: d.owner,
    });
  };
}

/** Contracts or duties turned into events a step: a few milliseconds' work (issue 16). */
const EVENTS_STEP = 1_000;

/**
 * The contracts' key dates and the duties' (contractKeyDateEvents, then dutyEvents), made in steps
 * of `step` contracts or duties, yielding the fraction done: a register of 100,000 contracts has
 * about 370,000 duties, and making all their events at once was a task of seconds.
 */
export function* keyDateEventsInSteps(
  contracts: readonly Contract[],
  duties: Iterable<Duty> & { readonly length: number },
  options: EventOptions,
  step = EVENTS_STEP,
): Generator<number, KeyDateEvent[], void> {
  const out: KeyDateEvent[] = [];
  const total = Math.max(1, contracts.length + duties.length);
  let done = 0;
  for (const c of contracts) {
    addContractEvents(c, options, out);
    if (++done % step === 0) yield done / total;
  }
  const add = dutyEventAdder(options, out);
  for (const d of duties) {
    add(d);
    if (++done % step === 0) yield done / total;
  }
  return out;
}

/**
 * One appraisal's key dates: its contracts' dates and Act duties, and those the chosen option would
 * bring (planned from the feasibility checks' signature date), so the calendar follows the decision.
 */
export function appraisalKeyDateEvents(
  contracts: readonly Contract[],
  chosen: Option | undefined,
  settings: Settings,
  today: IsoDate,
  completions?: DutyCompletions,
): KeyDateEvent[] {
  const options = { today, defaults: settings.contractDefaults };
  // Duties marked done on Renewals › Notices due are done here too: no reminder for them.
  const contractDuties = planDuties(contracts, { today, vatRate: settings.vatRate, completions })
    .duties.toArray()
    .filter((d) => d.contractRef !== '');
  const spend = settings.law.pipelineSpend[String(defaultPipelineYear(today))];
  return [
    ...contractKeyDateEvents(contracts, options),
    ...dutyEvents(contractDuties, options),
    ...(chosen ? dutyEvents(optionDuties(chosen, contracts, settings, today, spend), options) : []),
  ];
}

const dateArray = (iso: IsoDate): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
};

function attributes(e: KeyDateEvent, sequence: number, calName: string): EventAttributes {
  return {
    uid: e.uid,
    start: dateArray(e.date),
    end: dateArray(addDaysIso(e.date, 1)),
    title: e.title,
    description: e.description,
    categories: ['Trust Procurement Planner'],
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    sequence,
    calName,
    productId: 'trust-procurement-planner/key-dates',
    alarms: [
      { action: 'display', description: `In 14 days: ${e.title}`, trigger: { days: 14, before: true } },
      { action: 'display', description: `Tomorrow: ${e.title}`, trigger: { hours: 15, before: true } },
    ],
  };
}

export interface IcsOptions {
  calName: string;
  /** When the file is made: its SEQUENCE (minutes since 2024) rises with every export. */
  now: Date;
}

function body(text: string): string {
  const start = text.indexOf('BEGIN:VEVENT');
  const end = text.lastIndexOf('END:VEVENT');
  return start < 0 ? '' : text.slice(start, end + 'END:VEVENT'.length);
}

/**
 * Events written a step. The ics library checks every event before writing it, about a millisecond
 * apiece on a slow machine, so a step of 500 was a task of half a second or more (issue 16).
 */
const ICS_STEP = 20;

const byUid = (a: KeyDateEvent, b: KeyDateEvent) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);

/**
 * `events` sorted by date, then UID, in steps of EVENTS_STEP: grouped by day, then the days (a few
 * thousand) sorted and each day's events by UID, where one sort of 400,000 events by both was a task
 * of most of a second. Yields 0: the writing that follows reports the progress.
 */
function* byDateInSteps(events: readonly KeyDateEvent[]): Generator<number, KeyDateEvent[], void> {
  const byDay = new Map<IsoDate, KeyDateEvent[]>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const day = byDay.get(e.date);
    if (day) day.push(e);
    else byDay.set(e.date, [e]);
    if ((i + 1) % EVENTS_STEP === 0) yield 0;
  }
  const sorted: KeyDateEvent[] = [];
  let since = 0;
  for (const date of [...byDay.keys()].sort()) {
    const day = byDay.get(date)!.sort(byUid);
    for (const e of day) sorted.push(e);
    since += day.length;
    if (since >= EVENTS_STEP) {
      since = 0;
      yield 0;
    }
  }
  return sorted;
}

/**
 * The .ics text, built a chunk of events at a time so a register's worth of dates never blocks the
 * window; yields the fraction done. Events are sorted by date, then UID, so two exports of the same
 * data differ only in their time stamps and sequence.
 */
export function* icsInSteps(events: readonly KeyDateEvent[], options: IcsOptions, chunk = ICS_STEP): Generator<number, string, void> {
  const sorted = yield* byDateInSteps(events);
  const sequence = Math.max(0, Math.floor((options.now.getTime() - Date.UTC(2024, 0, 1)) / 60_000));
  const parts: string[] = [];
  let header = '';
  let footer = 'END:VCALENDAR\r\n';
  for (let i = 0; i < Math.max(1, sorted.length); i += chunk) {
    const slice = sorted.slice(i, i + chunk).map((e) => attributes(e, sequence, options.calName));
    const { error, value } = createEvents(slice, { calName: options.calName, productId: 'trust-procurement-planner/key-dates' });
    if (error || value === null)
      throw new AppError('CALENDAR_FAILED', `The calendar could not be written: ${error?.message ?? 'no output'}.`);
    if (i === 0) {
      const first = value.indexOf('BEGIN:VEVENT');
      header = first < 0 ? value.slice(0, value.lastIndexOf('END:VCALENDAR')) : value.slice(0, first);
      footer = value.slice(value.lastIndexOf('END:VCALENDAR'));
    }
    const events = body(value);
    if (events) parts.push(events);
    if (i + chunk < sorted.length) yield (i + chunk) / sorted.length;
  }
  return `${header}${parts.join('\r\n')}${parts.length ? '\r\n' : ''}${footer}`;
}

export function toIcs(events: readonly KeyDateEvent[], options: IcsOptions): string {
  const gen = icsInSteps(events, options);
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}
