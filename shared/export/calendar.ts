import type { IsoDate } from '../dates';
import type { Contract, DutyCompletions, Option, Settings } from '../domain';
import { optionDuties } from '../engine/option-duties';
import { addDaysIso } from '../dates';
import { computeKeyDates, daysUsedInWords, leadTimeOf, noticePeriodOf, type ContractDefaults } from '../engine/key-dates';
import { OBLIGATION_LABELS } from '../law/obligations';
import { defaultPipelineYear } from '../law/pipeline';
import { DUTY_STATUS_LABELS, planDuties, type Duty } from '../law/duties';
import { formatDate } from '../format';

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

export interface IcsOptions {
  calName: string;
  /** When the file is made: its SEQUENCE (minutes since 2024) rises with every export. */
  now: Date;
}

/**
 * Events written a step: a few milliseconds' work. The ics library this writer replaced checked
 * every event against its schema first, about a millisecond apiece, which made a register's
 * 400,000 key dates minutes of work (issue 14); the lines it wrote are kept, byte for byte
 * (calendar.test.ts compares the two), save where it broke RFC 5545 (icsLine, icsText, the triggers).
 */
const ICS_STEP = 100;

/** Chunks of events copied into the file's bytes a step: some 2 MB, a millisecond or two. */
const COPY_STEP = 25;

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

const PRODUCT_ID = 'trust-procurement-planner/key-dates';
const CATEGORY = 'Trust Procurement Planner';

/** What RFC 5545 (3.3.11) lets stand for itself in a TEXT value: anything else is escaped or left out. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const TEXT_SPECIALS = /\r\n|[\\;,\n\r\x00-\x08\x0b-\x1f\x7f]/g;
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', ';': '\\;', ',': '\\,', '\n': '\\n', '\r': '\\n', '\r\n': '\\n' };

/**
 * `text` as an iCalendar TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, each
 * line break (CRLF, LF or a lone CR) as \n, and the control characters TEXT may not hold (all but
 * tab) left out, so nothing typed into a title can end a line or a property early.
 */
export function icsText(text: string): string {
  return text.replace(TEXT_SPECIALS, (c) => TEXT_ESCAPES[c] ?? '');
}

const LINE_OCTETS = 75;
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const ASCII = /^[\x00-\x7f]*$/;

/**
 * One content line, folded (RFC 5545 3.1) so no line is longer than 75 octets of UTF-8 before its
 * CRLF: each fold is a CRLF and a tab, which counts towards the next line's 75, and never falls
 * inside a character's bytes (a character outside the BMP, two UTF-16 units, is four octets kept
 * together). Ends with CRLF.
 */
export function icsLine(line: string): string {
  if (line.length <= LINE_OCTETS && (line.length * 3 <= LINE_OCTETS || ASCII.test(line))) return `${line}\r\n`;
  if (ASCII.test(line)) {
    let out = line.slice(0, LINE_OCTETS);
    for (let i = LINE_OCTETS; i < line.length; i += LINE_OCTETS - 1) out += `\r\n\t${line.slice(i, i + LINE_OCTETS - 1)}`;
    return `${out}\r\n`;
  }
  let out = '';
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    // A lone surrogate is written as U+FFFD, three octets.
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > LINE_OCTETS) {
      out += `${line.slice(from, i)}\r\n\t`;
      from = i;
      octets = 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  return `${out}${line.slice(from)}\r\n`;
}

const icsDate = (iso: IsoDate) => iso.replaceAll('-', '');

function icsHeader(calName: string): string {
  return (
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n' +
    icsLine(`PRODID:${PRODUCT_ID}`) +
    'METHOD:PUBLISH\r\n' +
    (calName ? icsLine(`X-WR-CALNAME:${icsText(calName)}`) : '') +
    'X-PUBLISHED-TTL:PT1H\r\n'
  );
}

/**
 * One all-day event (DTEND the next day, exclusive) with its two reminders: 14 days before, and at
 * 09:00 the day before (15 hours before the day begins).
 */
function icsEvent(e: KeyDateEvent, stamp: string, sequence: number): string {
  const title = icsText(e.title);
  return (
    'BEGIN:VEVENT\r\n' +
    icsLine(`UID:${icsText(e.uid)}`) +
    (title ? icsLine(`SUMMARY:${title}`) : '') +
    `DTSTAMP:${stamp}\r\n` +
    `DTSTART;VALUE=DATE:${icsDate(e.date)}\r\n` +
    `DTEND;VALUE=DATE:${icsDate(addDaysIso(e.date, 1))}\r\n` +
    `SEQUENCE:${sequence}\r\n` +
    (e.description ? icsLine(`DESCRIPTION:${icsText(e.description)}`) : '') +
    `CATEGORIES:${CATEGORY}\r\n` +
    'X-MICROSOFT-CDO-BUSYSTATUS:FREE\r\nTRANSP:TRANSPARENT\r\n' +
    'BEGIN:VALARM\r\nACTION:DISPLAY\r\n' +
    icsLine(`DESCRIPTION:In 14 days: ${title}`) +
    'TRIGGER:-P14D\r\nEND:VALARM\r\n' +
    'BEGIN:VALARM\r\nACTION:DISPLAY\r\n' +
    icsLine(`DESCRIPTION:Tomorrow: ${title}`) +
    'TRIGGER:-PT15H\r\nEND:VALARM\r\n' +
    'END:VEVENT\r\n'
  );
}

/**
 * The .ics file as UTF-8 bytes, written a chunk of events at a time so a register's worth of dates
 * never blocks the window; yields the fraction done. Each chunk is encoded as it is written and the
 * chunks copied into the file's bytes a few at a time at the end: 400,000 events are some 300 MB, and
 * joining them as one string was a task of most of a second (and could pass a string's longest length).
 * Events are sorted by date, then UID, so two exports of the same data differ only in their time
 * stamps and sequence.
 */
export function* icsInSteps(events: readonly KeyDateEvent[], options: IcsOptions, chunk = ICS_STEP): Generator<number, Uint8Array, void> {
  const sorted = yield* byDateInSteps(events);
  const sequence = Math.max(0, Math.floor((options.now.getTime() - Date.UTC(2024, 0, 1)) / 60_000));
  // When the file was made, in UTC (RFC 5545 3.8.7.2): one stamp for every event of the file.
  const stamp = options.now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const encoder = new TextEncoder();
  const parts = [encoder.encode(icsHeader(options.calName))];
  let size = parts[0].length;
  for (let i = 0; i < sorted.length; i += chunk) {
    let text = '';
    for (let j = i; j < Math.min(i + chunk, sorted.length); j++) text += icsEvent(sorted[j], stamp, sequence);
    parts.push(encoder.encode(text));
    size += parts[parts.length - 1].length;
    yield Math.min(i + chunk, sorted.length) / sorted.length;
  }
  parts.push(encoder.encode('END:VCALENDAR\r\n'));
  size += parts[parts.length - 1].length;
  const file = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    file.set(parts[i], at);
    at += parts[i].length;
    parts[i] = DONE; // each chunk let go once copied, so the file and all its chunks are held together only briefly
    if (i % COPY_STEP === COPY_STEP - 1) yield 1;
  }
  return file;
}

const DONE = new Uint8Array(0);

/** The .ics file as text, all at once: for a few events (and the tests). */
export function toIcs(events: readonly KeyDateEvent[], options: IcsOptions): string {
  const gen = icsInSteps(events, options);
  for (;;) {
    const step = gen.next();
    if (step.done) return new TextDecoder().decode(step.value);
  }
}
