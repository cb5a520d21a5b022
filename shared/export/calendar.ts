import type { IsoDate } from '../dates';
import type { Contract, DutyCompletions, Option, Settings } from '../domain';
import { optionDuties } from '../engine/option-duties';
import { addDaysIso, isoToDayNumber } from '../dates';
import { CountingSort, type SortedByKey } from '../counting-sort';
import { computeKeyDates, daysUsedInWords, leadTimeOf, noticePeriodOf, type ContractDefaults } from '../engine/key-dates';
import { OBLIGATION_LABELS } from '../law/obligations';
import { OBLIGATION_KINDS } from '../law/obligation-kinds';
import { defaultPipelineYear } from '../law/pipeline';
import { DUTY_STATUS_LABELS, planDuties, type Duty, type DutyList } from '../law/duties';
import { formatDate } from '../format';
import { doubled } from '../typed-arrays';

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

/** Hands over one event: its date now, the event itself only if `make` is called (most are made later, or never). */
type EmitEvent = (date: IsoDate, make: () => KeyDateEvent) => void;

/** Events as an array, each made at once: for a few contracts or duties. */
function eventsOf(add: (emit: EmitEvent) => void): KeyDateEvent[] {
  const out: KeyDateEvent[] = [];
  add((_date, make) => out.push(make()));
  return out;
}

/** Notice deadlines, latest decision dates and extension exercise-by dates of the contracts. */
export function contractKeyDateEvents(contracts: readonly Contract[], options: EventOptions): KeyDateEvent[] {
  return eventsOf((emit) => {
    for (const c of contracts) contractEvents(c, options, emit);
  });
}

/** One contract's key dates, in a fixed order (keyDateEventsInSteps finds one again by its place in it). */
function contractEvents(c: Contract, options: EventOptions, emit: EmitEvent): void {
  const name = `${c.reference} ${c.title}`;
  const add = (date: IsoDate, kind: string, extra: number[], title: string, description: () => string) => {
    if (options.includePast !== true && date < options.today) return;
    emit(date, () => ({
      uid: eventUid(kind, c.reference, extra),
      date,
      title: `${title}: ${name}`,
      description: description(),
      contractRef: c.reference,
      owner: c.owner ?? '',
    }));
  };
  const k = computeKeyDates(c, { today: options.today, defaults: options.defaults });
  if (!k.expired && !c.decidedOn) {
    add(
      k.latestDecisionDate,
      'latest-decision',
      [],
      'Decide by',
      () =>
        `Latest decision date for ${name}: the notice deadline (${formatDate(k.noticeDeadline)}) less the trust's own approval lead time of ${daysUsedInWords(leadTimeOf(c, options.defaults))}. The contract ends on ${formatDate(c.currentEndDate)}.`,
    );
    add(
      k.noticeDeadline,
      'notice-deadline',
      [],
      'Notice deadline',
      () =>
        `Last day to give ${c.supplier} notice (${daysUsedInWords(noticePeriodOf(c, options.defaults))} before the end date, ${formatDate(c.currentEndDate)}).`,
    );
  }
  c.extensionOptions.forEach((e, i) => {
    if (e.exercised || !e.exerciseBy) return;
    add(
      e.exerciseBy,
      'extension-exercise-by',
      [i + 1],
      'Exercise extension by',
      () => `Last day to exercise the ${e.months}-month extension option ${i + 1} of ${name}.`,
    );
  });
}

/** Procurement Act duties with a due date, one event each; the ordinal keeps yearly notices apart. */
export function dutyEvents(duties: Iterable<Duty>, options: EventOptions): KeyDateEvent[] {
  return eventsOf((emit) => {
    const add = dutyEventAdder(options, emit);
    for (const d of duties) add(d);
  });
}

/**
 * Hands each duty it is given to `emit` as an event, with the duty's ordinal among those of the same
 * kind, contract and option so far (the order given numbers yearly notices), if it is to be in the calendar.
 */
function dutyEventAdder(
  options: EventOptions,
  emit: (date: IsoDate, make: () => KeyDateEvent, ordinal: number) => void,
): (d: Duty) => void {
  const seen = new DutyOrdinals();
  return (d) => {
    const ordinal = seen.add(d);
    if (!d.dueDate || d.status === 'done' || (options.includePast !== true && d.dueDate < options.today)) return;
    emit(d.dueDate, () => dutyEvent(d, d.dueDate!, ordinal), ordinal);
  };
}

const KINDS = OBLIGATION_KINDS.length;
const KIND_INDEX = new Map(OBLIGATION_KINDS.map((k, i) => [k, i]));

/**
 * How many duties of each kind, contract and option have been counted. A register's 370,000 duties
 * are some 300,000 of them: as one Map of text keys ("kind|reference|option"), made and hashed for
 * each duty and kept, they were the export's largest cost (a third of a second of CPU, single steps
 * of up to 50 ms, issue 16) and 300,000 strings for the collector. Here the duty's own strings are the
 * keys (its option, then its contract reference: the contract's string, whose hash the engine keeps),
 * nothing is made per duty, and the counts by kind are Int32Array pages. No Map and no array ever
 * grows large: on this app's machines a Map of 65,536 references copying itself into a bigger table,
 * or a 3 MB array into a 6 MB one, was a step of 10–25 ms of CPU.
 */
class DutyOrdinals {
  /** A slot for each reference, by option ('' for none: a register's duties have none), in REF_SHARDS Maps. */
  private readonly slots = new Map<string, Map<string, number>[]>();
  private size = 0;
  private readonly pages: Int32Array[] = [];

  /** Counts `d` once more; returns its count (1 for the first). */
  add(d: Duty): number {
    const option = d.optionId ?? '';
    let shards = this.slots.get(option);
    if (shards === undefined) {
      shards = Array.from({ length: REF_SHARDS }, () => new Map<string, number>());
      this.slots.set(option, shards);
    }
    const refs = shards[shardOf(d.contractRef)];
    let slot = refs.get(d.contractRef);
    if (slot === undefined) {
      slot = this.size++;
      refs.set(d.contractRef, slot);
      if (slot % PAGE_SLOTS === 0) this.pages.push(new Int32Array(PAGE_SLOTS * KINDS));
    }
    return ++this.pages[Math.floor(slot / PAGE_SLOTS)][(slot % PAGE_SLOTS) * KINDS + KIND_INDEX.get(d.kind)!];
  }
}

/** References' slots are spread over this many Maps (a power of two), some 400 each for 100,000 contracts. */
const REF_SHARDS = 256;
/** Slots a page of counts holds: 48 kB. */
const PAGE_SLOTS = 1024;

/** Which of the REF_SHARDS Maps holds `ref`: from its length and last four characters (a register's references differ at the end). */
function shardOf(ref: string): number {
  let hash = ref.length;
  for (let i = Math.max(0, ref.length - 4); i < ref.length; i++) hash = (Math.imul(hash, 31) + ref.charCodeAt(i)) | 0;
  return hash & (REF_SHARDS - 1);
}

/** A duty's event; `ordinal` is its place among the duties of its kind, contract and option (1 for the first). */
function dutyEvent(d: Duty, dueDate: IsoDate, ordinal: number): KeyDateEvent {
  const label = OBLIGATION_LABELS[d.kind];
  const about = d.contractRef ? `${d.contractRef} ${d.title}` : d.title;
  return {
    uid: eventUid(d.kind, d.contractRef, [...(d.optionId ? [d.optionId] : []), ...(ordinal > 1 ? [ordinal] : [])]),
    date: dueDate,
    title: `${label.title}: ${about}`,
    description: `${label.title} (${label.section}) for ${about}, due by ${formatDate(dueDate)}: ${d.basis}. Status: ${DUTY_STATUS_LABELS[d.status]}.`,
    contractRef: d.contractRef,
    owner: d.owner,
  };
}

/**
 * Events made as they are read (issue 16): a register of 100,000 contracts makes some 140,000
 * events, and held as objects until sorted they all survived each young-generation collection,
 * which copied them (pauses of 30–60 ms of CPU, at random steps). The writer sorts them by date
 * without making them (byDateInSteps), and makes an event only when it writes it, a day's events at a time.
 */
export interface KeyDateEvents {
  readonly length: number;
  /** The events' indices in date order (as listed within a date), in steps: no event is made for it. */
  byDateInSteps(): Generator<number, SortedByKey, void>;
  at(index: number): KeyDateEvent;
}

/** Contracts, duties or events looked at a step: a few milliseconds' work (issue 16). */
const EVENTS_STEP = 1_000;

/**
 * An event's date as the sort's key, its day number: in the same order as the dates' text. A date
 * that is not a real one (never one of the app's records, which are checked) sorts as 1 January 1970.
 */
const dayKey = (date: IsoDate) => isoToDayNumber(date) | 0;

/** The events' days, counted for the sort, as they are listed. */
class EventDays {
  length = 0;
  day: Int32Array;
  readonly sort = new CountingSort();

  /** Room for `capacity` events to begin with (the columns double when full). */
  constructor(capacity: number) {
    this.day = new Int32Array(Math.max(1024, capacity));
  }

  add(date: IsoDate): void {
    if (this.length === this.day.length) this.day = doubled(this.day);
    const key = dayKey(date);
    this.day[this.length++] = key;
    this.sort.count(key);
  }

  byDateInSteps(): Generator<number, SortedByKey, void> {
    return this.sort.sortInSteps(this.day, this.length, EVENTS_STEP * 10, 0, 0);
  }
}

/** Events already made, as KeyDateEvents. */
function madeEvents(events: readonly KeyDateEvent[]): KeyDateEvents {
  return {
    length: events.length,
    at: (i) => events[i],
    *byDateInSteps() {
      const days = new EventDays(events.length);
      for (let i = 0; i < events.length; i++) {
        days.add(events[i].date);
        if ((i + 1) % EVENTS_STEP === 0) yield 0;
      }
      return yield* days.byDateInSteps();
    },
  };
}

/** The lazily made events: each one's date, and where to make it from, in Int32Array columns. */
class EventColumns extends EventDays {
  /** The contract's index, or the contracts' count plus the duty's index. */
  source: Int32Array;
  /** Which of the contract's events (its place in contractEvents' order), or the duty's ordinal. */
  part: Int32Array;

  constructor(capacity: number) {
    super(capacity);
    this.source = new Int32Array(this.day.length);
    this.part = new Int32Array(this.day.length);
  }

  addFrom(source: number, part: number, date: IsoDate): void {
    if (this.length === this.source.length) {
      this.source = doubled(this.source);
      this.part = doubled(this.part);
    }
    this.source[this.length] = source;
    this.part[this.length] = part;
    this.add(date);
  }
}

/**
 * The contracts' key dates and the duties' (contractKeyDateEvents, then dutyEvents, in that order),
 * looked at in steps of `step` contracts or duties, yielding the fraction done: a register of 100,000
 * contracts has about 370,000 duties. The events are made as the writer reads them (KeyDateEvents).
 */
export function* keyDateEventsInSteps(
  contracts: readonly Contract[],
  duties: Pick<DutyList, 'length' | 'at'>,
  options: EventOptions,
  step = EVENTS_STEP,
): Generator<number, KeyDateEvents, void> {
  // Room for two dates a contract and one a duty, so a register's columns never double: a new array
  // of megabytes copied into in one step is some 10 ms of CPU here, and room not yet written costs little.
  const columns = new EventColumns(contracts.length * 2 + duties.length);
  const total = Math.max(1, contracts.length + duties.length);
  let done = 0;
  for (let c = 0; c < contracts.length; c++) {
    let part = 0;
    contractEvents(contracts[c], options, (date) => columns.addFrom(c, part++, date));
    if (++done % step === 0) yield done / total;
  }
  let source = contracts.length;
  const add = dutyEventAdder(options, (date, _make, ordinal) => columns.addFrom(source, ordinal, date));
  for (let d = 0; d < duties.length; d++, source++) {
    add(duties.at(d));
    if (++done % step === 0) yield done / total;
  }
  const { source: sources, part: parts, length } = columns;
  return {
    length,
    byDateInSteps: () => columns.byDateInSteps(),
    at(i) {
      const s = sources[i];
      if (s >= contracts.length) {
        const d = duties.at(s - contracts.length);
        return dutyEvent(d, d.dueDate!, parts[i]);
      }
      let made: KeyDateEvent | undefined;
      let part = 0;
      contractEvents(contracts[s], options, (_date, make) => {
        if (part++ === parts[i]) made = make();
      });
      return made!;
    },
  };
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
 * 140,000 events minutes of work (issue 14); the lines it wrote are kept, byte for byte
 * (calendar.test.ts compares the two), save where it broke RFC 5545 (icsLine, icsText, the triggers).
 */
const ICS_STEP = 100;

const byUid = (a: KeyDateEvent, b: KeyDateEvent) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);

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
 * never blocks the window; yields the fraction done. Each chunk is encoded as it is written
 * (Utf8Blocks) and the blocks copied into the file's bytes at the end: 140,000 events are some
 * 130 MB, and joining them as one string was a task of most of a second (and could pass a string's
 * longest length). Events are sorted by date, then UID, so two exports of the same data differ only
 * in their time stamps and sequence; each is made (KeyDateEvents.at) only as its date is written.
 */
export function* icsInSteps(
  events: readonly KeyDateEvent[] | KeyDateEvents,
  options: IcsOptions,
  chunk = ICS_STEP,
): Generator<number, Uint8Array, void> {
  const list = isMade(events) ? madeEvents(events) : events;
  const { order, starts: dayStarts } = yield* list.byDateInSteps();
  const sequence = Math.max(0, Math.floor((options.now.getTime() - Date.UTC(2024, 0, 1)) / 60_000));
  // When the file was made, in UTC (RFC 5545 3.8.7.2): one stamp for every event of the file.
  const stamp = options.now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const bytes = new Utf8Blocks();
  bytes.write(icsHeader(options.calName));
  const total = Math.max(1, list.length);
  let written = 0;
  let text = '';
  let inText = 0;
  for (let k = 0; k + 1 < dayStarts.length; k++) {
    // One date's events made (a chunk a step: a busy date can have thousands), put in UID order and written.
    const day: KeyDateEvent[] = [];
    for (let j = dayStarts[k]; j < dayStarts[k + 1]; j++) {
      day.push(list.at(order[j]));
      if (day.length % chunk === 0) yield written / total;
    }
    day.sort(byUid);
    for (const e of day) {
      text += icsEvent(e, stamp, sequence);
      written += 1;
      if (++inText === chunk || written === list.length) {
        bytes.write(text);
        text = '';
        inText = 0;
        yield written / total;
      }
    }
  }
  bytes.write('END:VCALENDAR\r\n');
  return yield* bytes.joinInSteps();
}

/** Bytes kept a block at a time, some 4 MB (joinInSteps copies them into one file a megabyte a step). */
const BLOCK_BYTES = 4 << 20;

/**
 * Text written as UTF-8 into blocks of BLOCK_BYTES by TextEncoder.encodeInto (a lone surrogate as
 * U+FFFD): a register's calendar is some 130 MB, and as TextEncoder.encode's arrays, one per chunk of
 * events, it was some 1,400 arrays the page's own (Blink's) collector finalised together after the
 * export, in one task of 100–500 ms of CPU (issue 16); a few dozen arrays made by the script leave
 * their memory to V8.
 */
class Utf8Blocks {
  private readonly blocks: Uint8Array[] = [];
  private block = new Uint8Array(BLOCK_BYTES);
  private at = 0;
  private size = 0;

  write(text: string): void {
    let rest = text;
    for (;;) {
      // The platform's encoder, writing into the block in place: no array of its own per write.
      const { read, written } = UTF8.encodeInto(rest, this.block.subarray(this.at));
      this.at += written;
      if (read === rest.length) return;
      // The block is full (encodeInto never splits a character): keep it and go on in a new one.
      rest = rest.slice(read);
      this.blocks.push(this.block.subarray(0, this.at));
      this.size += this.at;
      this.block = new Uint8Array(BLOCK_BYTES);
      this.at = 0;
    }
  }

  /**
   * The bytes written, as one array, a megabyte copied a step (each block let go once copied): the
   * file's memory is new, and its first write costs the system a page at a time, so a whole 4 MB
   * block a step was a task of some 25 ms of CPU.
   */
  *joinInSteps(): Generator<number, Uint8Array, void> {
    const blocks = [...this.blocks, this.block.subarray(0, this.at)];
    const file = new Uint8Array(this.size + this.at);
    this.blocks.length = 0;
    this.block = DONE;
    this.at = this.size = 0;
    let at = 0;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      blocks[i] = DONE;
      for (let from = 0; from < block.length; from += COPY_BYTES) {
        const piece = block.subarray(from, from + COPY_BYTES);
        file.set(piece, at);
        at += piece.length;
        yield 1;
      }
    }
    return file;
  }
}

/** Bytes copied into the file a step. */
const COPY_BYTES = 1 << 20;

const DONE = new Uint8Array(0);
const UTF8 = new TextEncoder();

const isMade = (events: readonly KeyDateEvent[] | KeyDateEvents): events is readonly KeyDateEvent[] => Array.isArray(events);

/** The .ics file as text, all at once: for a few events (and the tests). */
export function toIcs(events: readonly KeyDateEvent[], options: IcsOptions): string {
  const gen = icsInSteps(events, options);
  for (;;) {
    const step = gen.next();
    if (step.done) return new TextDecoder().decode(step.value);
  }
}
