import ICAL from 'ical.js';
import { createEvents, type EventAttributes } from 'ics';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../test/support/steps';
import { addDaysIso } from '../dates';
import { contractSchema, type Contract, type ContractInput } from '../domain';
import { planDuties, type Duty } from '../law/duties';
import { dutyKey, OBLIGATION_LABELS } from '../law/obligations';
import {
  contractKeyDateEvents,
  dutyEvents,
  eventUid,
  icsInSteps,
  icsLine,
  icsText,
  keyDateEventsInSteps,
  toIcs,
  type KeyDateEvent,
  type KeyDateEvents,
} from './calendar';

const TODAY = '2026-06-15';
const mk = (over: Partial<ContractInput>): Contract =>
  contractSchema.parse({
    reference: 'EPR/1, "main"',
    title: 'Electronic patient record',
    category: 'EPR',
    supplier: 'Meridian',
    contractingModel: 'direct',
    regimeEvent: 'contract-awarded',
    regimeEventDate: '2026-03-20',
    signedOn: '2026-04-01',
    startDate: '2026-04-01',
    currentEndDate: '2027-06-30',
    noticePeriodDays: 90,
    internalLeadTimeDays: 60,
    totalValue: 6_000_000,
    kpis: ['A', 'B', 'C'],
    owner: 'Ben Osei',
    extensionOptions: [{ months: 12, exerciseBy: '2027-01-31' }],
    ...over,
  });

const register = [mk({}), mk({ reference: 'PACS-2', title: 'PACS', owner: 'Fiona Marsh', currentEndDate: '2028-03-31' })];

function exportOnce(now: Date, contracts = register) {
  const events = [
    ...contractKeyDateEvents(contracts, { today: TODAY }),
    ...dutyEvents(planDuties(contracts, { today: TODAY }).duties, { today: TODAY }),
  ];
  return { events, text: toIcs(events, { calName: 'Northbridge key dates', now }) };
}

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate,
      end: e.endDate,
      alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      sequence: Number(v.getFirstPropertyValue('sequence')),
    };
  });
}

describe('key dates to a calendar (.ics)', () => {
  const first = exportOnce(new Date('2026-06-15T09:00:00Z'));
  const parsed = parse(first.text);

  it('parses back with one event per future date: decision, notice deadline, extension and each Act duty', () => {
    expect(parsed).toHaveLength(first.events.length);
    const epr = parsed.filter((e) => e.uid.includes('EPR'));
    expect(epr.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        'Decide by: EPR/1, "main" Electronic patient record',
        'Notice deadline: EPR/1, "main" Electronic patient record',
        'Exercise extension by: EPR/1, "main" Electronic patient record',
        'Contract termination notice: EPR/1, "main" Electronic patient record',
      ]),
    );
    // Past duties (the contract details notice was due 30 Apr 2026) are left out.
    expect(parsed.some((e) => e.summary.startsWith('Contract details notice'))).toBe(false);
  });

  it('holds exactly the register’s future key dates and Act duties: 15 events, each on its date', () => {
    // Worked by hand. EPR ends 30 Jun 2027 with 90 days' notice: notice deadline 1 Apr 2027, decide by
    // 60 days before it (31 Jan 2027). PACS-2 ends 31 Mar 2028 (2028 is a leap year): 1 Jan 2028 and
    // 2 Nov 2027. Both have the extension to exercise by 31 Jan 2027. Act duties (docs/law.md): publish
    // the contract within 90 days beginning with signature on 1 Apr 2026 (29 Jun 2026); the trust-wide
    // payments compliance notice for the period to 30 Jun 2026 (30 Jul 2026); a contract performance
    // notice a year in (31 Mar 2027); the final performance and termination notices within 30 days of
    // each end. The contract details notice (due 30 Apr 2026) is past and left out.
    const epr = 'EPR/1, "main" Electronic patient record';
    const pacs = 'PACS-2 PACS';
    expect(parsed.map((e) => `${e.start.toString()} ${e.summary}`).sort()).toEqual(
      [
        `2027-01-31 Decide by: ${epr}`,
        `2027-04-01 Notice deadline: ${epr}`,
        `2027-01-31 Exercise extension by: ${epr}`,
        `2027-11-02 Decide by: ${pacs}`,
        `2028-01-01 Notice deadline: ${pacs}`,
        `2027-01-31 Exercise extension by: ${pacs}`,
        `2026-06-29 Publish the contract: ${epr}`,
        `2026-06-29 Publish the contract: ${pacs}`,
        '2026-07-30 Payments compliance notice: All contracts (trust-wide)',
        `2027-03-31 Contract performance notice: ${epr}`,
        `2027-03-31 Contract performance notice: ${pacs}`,
        `2027-07-29 Final contract performance notice: ${epr}`,
        `2027-07-29 Contract termination notice: ${epr}`,
        `2028-04-29 Final contract performance notice: ${pacs}`,
        `2028-04-29 Contract termination notice: ${pacs}`,
      ].sort(),
    );
  });

  it('writes all-day events whose end is the next day (exclusive), with two reminders', () => {
    const notice = parsed.find((e) => e.summary.startsWith('Notice deadline: EPR'))!;
    expect(notice.start.isDate).toBe(true);
    expect(notice.start.toString()).toBe('2027-04-01'); // 30 Jun 2027 less 90 days
    expect(notice.end.isDate).toBe(true);
    expect(notice.end.toString()).toBe('2027-04-02');
    const decision = parsed.find((e) => e.summary.startsWith('Decide by: EPR'))!;
    expect(decision.start.toString()).toBe('2027-01-31'); // and 60 days more
    expect(notice.alarms).toEqual(['-P14D', '-PT15H']);
    expect(/DTSTART;VALUE=DATE:20270401/.test(first.text)).toBe(true);
  });

  it('keeps every UID the same across two exports (a re-export updates, never duplicates), with a higher sequence', () => {
    const second = parse(exportOnce(new Date('2026-06-20T09:00:00Z')).text);
    expect(second.map((e) => e.uid)).toEqual(parsed.map((e) => e.uid));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
    expect(second[0].sequence).toBeGreaterThan(parsed[0].sequence);
    // A moved end date moves the events but keeps their UIDs.
    const moved = parse(exportOnce(new Date('2026-06-20T09:00:00Z'), [mk({ currentEndDate: '2027-09-30' }), register[1]]).text);
    const before = parsed.find((e) => e.summary.startsWith('Notice deadline: EPR'))!;
    const after = moved.find((e) => e.uid === before.uid)!;
    expect(after.start.toString()).toBe('2027-07-02');
  });

  it('builds UIDs from safe text whatever the reference holds', () => {
    expect(eventUid('notice-deadline', 'EPR/1, "main"')).toBe('notice-deadline.EPR%2F1%2C%20%22main%22@trust-procurement-planner');
  });

  it('uses the trust defaults for a contract that records no notice period, and says so, never "undefined days"', () => {
    const silent = contractSchema.parse({ ...mk({}), noticePeriodDays: undefined, internalLeadTimeDays: undefined });
    const events = contractKeyDateEvents([silent], { today: TODAY, defaults: { noticePeriodDays: 30, internalLeadTimeDays: 60 } });
    const notice = events.find((e) => e.title.startsWith('Notice deadline'))!;
    expect(notice.date).toBe('2027-05-31'); // 30 Jun 2027 − 30 days
    expect(notice.description).toContain("30 days (assumed: none recorded, the trust's default) before the end date");
    expect(events.map((e) => e.description).join(' ')).not.toContain('undefined');
  });

  it('writes a valid empty calendar when there is nothing to export', () => {
    const text = toIcs([], { calName: 'Empty', now: new Date('2026-06-15T09:00:00Z') });
    expect(parse(text)).toEqual([]);
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe('one appraisal’s key dates', () => {
  it('adds the chosen option’s Act duties to the contracts’ dates, with UIDs apart from the contracts’ own', async () => {
    const { DEFAULT_SETTINGS, optionSchema } = await import('../domain');
    const { appraisalKeyDateEvents } = await import('./calendar');
    const option = optionSchema.parse({
      id: 'opt-1',
      appraisalId: 'a1',
      kind: 're-procure',
      name: 'Re-procure',
      terms: { startDate: '2027-07-01', durationMonths: 84 },
      route: 'open',
      legal: { estimatedValueExVat: 21_000_000 },
    });
    const without = appraisalKeyDateEvents([register[0]], undefined, DEFAULT_SETTINGS, TODAY);
    const withOption = appraisalKeyDateEvents([register[0]], option, DEFAULT_SETTINGS, TODAY);
    const added = withOption.filter((e) => !without.some((w) => w.uid === e.uid));
    expect(added.length).toBeGreaterThan(3);
    expect(added.every((e) => e.uid.includes('.opt-1'))).toBe(true);
    expect(added.map((e) => e.title)).toContain('Contract details notice: EPR/1, "main" Electronic patient record — option: Re-procure');
    expect(parse(toIcs(withOption, { calName: 'EPR', now: new Date('2026-06-15T09:00:00Z') }))).toHaveLength(withOption.length);
    // The trust-wide payments duty belongs to the register's calendar, not an appraisal's.
    expect(withOption.some((e) => e.uid.startsWith('payments-compliance'))).toBe(false);
  });

  it('leaves out a contract’s duty once it is marked done on Notices due', async () => {
    const { DEFAULT_SETTINGS } = await import('../domain');
    const { appraisalKeyDateEvents } = await import('./calendar');
    const before = appraisalKeyDateEvents([register[0]], undefined, DEFAULT_SETTINGS, TODAY);
    const open = planDuties([register[0]], { today: TODAY })
      .duties.toArray()
      .find((d) => d.contractRef && d.dueDate && d.dueDate >= TODAY)!;
    const titles = (events: typeof before) => events.map((e) => e.title).filter((t) => t.startsWith(OBLIGATION_LABELS[open.kind].title));
    expect(titles(before)).toHaveLength(1);
    const mark = { contractRef: open.contractRef, kind: open.kind, dueDate: open.dueDate, doneOn: TODAY };
    const after = appraisalKeyDateEvents([register[0]], undefined, DEFAULT_SETTINGS, TODAY, { [dutyKey(open)]: mark });
    expect(titles(after)).toHaveLength(0);
    expect(after).toHaveLength(before.length - 1);
  });
});

describe('a register’s worth of key dates, in steps (issue 16)', () => {
  const many = Array.from({ length: 12 }, (_, i) =>
    mk({ reference: `C-${i}`, owner: i % 2 ? 'Ben Osei' : 'Fiona Marsh', currentEndDate: `202${7 + (i % 3)}-0${1 + (i % 9)}-15` }),
  );

  it('makes the same events as contractKeyDateEvents then dutyEvents, a few contracts or duties a step', () => {
    const duties = planDuties(many, { today: TODAY }).duties;
    let pulled = 0;
    const counted = {
      length: duties.length,
      at(i: number) {
        pulled += 1;
        return duties.at(i);
      },
    };
    const steps = keyDateEventsInSteps(many, counted, { today: TODAY }, 3);
    let lastPulled = 0;
    const fractions: number[] = [];
    let result: KeyDateEvents | undefined;
    for (;;) {
      const step = steps.next();
      // Never more than a step's worth of duties between two yields.
      expect(pulled - lastPulled).toBeLessThanOrEqual(3);
      lastPulled = pulled;
      if (step.done) {
        result = step.value;
        break;
      }
      fractions.push(step.value);
    }
    // Sorted by date without making an event (no duty read again for it).
    const pulledBeforeSort = pulled;
    const { order } = runSteps(result.byDateInSteps()).value;
    expect(pulled).toBe(pulledBeforeSort);
    // Each event made as it is read, from its contract or duty, the same as made at once.
    const made = Array.from({ length: result.length }, (_, i) => result!.at(i));
    expect(made).toEqual([...contractKeyDateEvents(many, { today: TODAY }), ...dutyEvents(duties, { today: TODAY })]);
    // In date order, as listed within a date.
    const byDate = made.map((_, i) => i).sort((a, b) => (made[a].date < made[b].date ? -1 : made[a].date > made[b].date ? 1 : a - b));
    expect([...order]).toEqual(byDate);
    expect(new Set(made.map((e) => e.date)).size).toBeGreaterThan(10);
    // The same file as from the events made at once.
    const now = new Date('2026-06-15T09:00:00Z');
    expect(new TextDecoder().decode(runSteps(icsInSteps(result, { calName: 'Key dates', now }, 7)).value)).toBe(
      toIcs(made, { calName: 'Key dates', now }),
    );
    expect(fractions.length).toBe(Math.floor((many.length + duties.length) / 3));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBeLessThanOrEqual(1);
  });

  it('writes UTF-8 as TextEncoder does across the file’s 4 MB blocks, a lone surrogate as U+FFFD', () => {
    // Some 6 MB of events whose text is two-, three- and four-byte characters, so block ends fall inside them.
    const base = { date: '2027-01-31' as const, contractRef: 'C', owner: '' };
    const events: KeyDateEvent[] = Array.from({ length: 2_500 }, (_, i) => ({
      ...base,
      uid: `u${String(i).padStart(5, '0')}`,
      title: `Café ☕ ${'😀'.repeat(i % 7)} ${i}`,
      description: `${'é☕😀'.repeat(200 + (i % 13))} lone \ud800 and \udc00 end`,
    }));
    const now = new Date('2026-06-15T09:00:00Z');
    const bytes = runSteps(icsInSteps(events, { calName: 'Key dates', now })).value;
    expect(bytes.length).toBeGreaterThan(4 << 20);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const encoded = new TextEncoder().encode(text);
    expect(bytes.length).toBe(encoded.length);
    expect(bytes.findIndex((b, i) => b !== encoded[i])).toBe(-1);
    expect(text).toContain('lone \ufffd and \ufffd end');
    expect(text).toContain(`Café ☕ ${'😀'.repeat(6)} 6`);
  });

  it('numbers a contract’s repeated duties of one kind in the order given, apart by kind and option, counting those left out', () => {
    const duty = (over: Partial<Duty>): Duty => ({
      kind: 'performance-notice',
      contractRef: 'EPR|1',
      dueDate: '2027-01-01',
      status: 'due',
      basis: 'Yearly',
      title: 'EPR',
      owner: '',
      ...over,
    });
    const uids = dutyEvents(
      [
        duty({ dueDate: '2026-01-01', status: 'overdue' }), // past: no event, but counted
        duty({}),
        duty({ status: 'done' }), // done: no event, but counted
        duty({ kind: 'kpis' }),
        duty({ contractRef: 'EPR' }),
        duty({ optionId: 'opt-1' }),
        duty({ optionId: 'opt-1' }),
        // The same text as "EPR|1" with no option, as one key, but another contract and option.
        duty({ contractRef: 'EPR', optionId: '1' }),
        duty({}),
      ],
      { today: TODAY },
    ).map((e) => e.uid.replace('@trust-procurement-planner', ''));
    expect(uids).toEqual([
      'performance-notice.EPR%7C1.2',
      'kpis.EPR%7C1',
      'performance-notice.EPR',
      'performance-notice.EPR%7C1.opt-1',
      'performance-notice.EPR%7C1.opt-1.2',
      'performance-notice.EPR.1',
      'performance-notice.EPR%7C1.4',
    ]);
  });

  it('writes a few events a step, sorted by date then UID whatever order they came in', () => {
    const { events } = exportOnce(new Date('2026-06-15T09:00:00Z'), many);
    const shuffled = [...events].reverse();
    const { value, fractions } = runSteps(icsInSteps(shuffled, { calName: 'Key dates', now: new Date('2026-06-15T09:00:00Z') }, 5));
    // At most 5 events (the chunk asked for) written a step.
    expect(fractions.filter((f) => f > 0).length).toBeGreaterThanOrEqual(Math.ceil(events.length / 5) - 1);
    const expected = [...events].sort((a, b) => (a.date === b.date ? (a.uid < b.uid ? -1 : 1) : a.date < b.date ? -1 : 1));
    expect(parse(new TextDecoder().decode(value)).map((e) => e.uid)).toEqual(expected.map((e) => e.uid));
  });
});

/*
 * The writer against the ics library it replaced (issue 14: the library checked every event against
 * a schema, and a register's 400,000 key dates took minutes). The library stays as the reference: for
 * the same events, the file must be the one it writes, byte for byte, but for three places where it
 * breaks RFC 5545 and this writer does not, each undone in `reference` below and tested on its own:
 * it folds at 75 characters, not 75 octets (3.1); it leaves the reminders' text and the calendar's
 * name unescaped (3.3.11); and it ends a trigger of whole days with a "T" (-P14DT, 3.3.6).
 */
describe('the .ics writer, against the ics library', () => {
  const NOW = new Date('2026-06-15T09:05:07Z');
  const LONG = 'Managed print, scanning; and "follow-me" printing \\ across 14 sites, with a 3-year term. '.repeat(5);
  const hostile = [
    'EPR/1, "main"',
    'a;b,c\\d',
    'trailing backslash \\',
    'literal \\n is not a line break',
    'two\nlines',
    'windows\r\nline',
    'colon: and semicolon; and comma,',
    LONG,
    '',
    'x'.repeat(74),
    'x'.repeat(75),
    'x'.repeat(76),
    ',,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,',
  ];
  const nonAscii = [
    'Ysbyty Gwynedd — Bangor, £1.2m',
    'Café ☕ 😀 São Paulo',
    '病院の電子カルテ'.repeat(12),
    `${'é'.repeat(40)}${'😀'.repeat(30)}`,
    `${'x'.repeat(73)}😀😀 emoji across the fold`,
    'e\u0301 combining accents, ﬁ ligatures, and a zero\u200Bwidth space',
  ];
  const eventsOf = (texts: readonly string[]): KeyDateEvent[] =>
    texts.flatMap((text, i) => [
      {
        uid: eventUid('notice-deadline', text || 'blank', [i]),
        date: `2027-0${1 + (i % 9)}-2${i % 10}`,
        title: `Notice deadline: ${text}`,
        description: `Last day to give ${text} notice.`,
        contractRef: text,
        owner: text,
      },
      { uid: eventUid('pipeline-notice', text, [i]), date: '2028-12-31', title: text, description: text, contractRef: text, owner: '' },
    ]);
  const byDateThenUid = (a: KeyDateEvent, b: KeyDateEvent) => (a.date === b.date ? (a.uid < b.uid ? -1 : 1) : a.date < b.date ? -1 : 1);

  /** What the ics library writes for `events`, with its three departures from RFC 5545 undone. */
  function reference(events: readonly KeyDateEvent[], calName: string): string {
    // The escaping RFC 5545 3.3.11 asks of TEXT, done here for the fields the library does not escape
    // (it turns their line breaks into \n itself).
    const escaped = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
    const sequence = Math.floor((NOW.getTime() - Date.UTC(2024, 0, 1)) / 60_000);
    const date = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
    // `timestamp` (DTSTAMP) is an attribute the library reads but its types leave out.
    const attributes = [...events].sort(byDateThenUid).map((e): EventAttributes & { timestamp: number } => ({
      uid: e.uid,
      start: date(e.date),
      end: date(addDaysIso(e.date, 1)),
      title: e.title,
      description: e.description,
      categories: ['Trust Procurement Planner'],
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      sequence,
      timestamp: NOW.getTime(),
      calName: escaped(calName),
      productId: 'trust-procurement-planner/key-dates',
      alarms: [
        { action: 'display', description: escaped(`In 14 days: ${e.title}`), trigger: { days: 14, before: true } },
        { action: 'display', description: escaped(`Tomorrow: ${e.title}`), trigger: { hours: 15, before: true } },
      ],
    }));
    const { error, value } = createEvents(attributes, { calName: escaped(calName), productId: 'trust-procurement-planner/key-dates' });
    if (error || value === null) throw error ?? new Error('no output');
    return value.replaceAll('TRIGGER:-P14DT\r\n', 'TRIGGER:-P14D\r\n');
  }
  const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
  const lines = (text: string) => text.split('\r\n').slice(0, -1);

  it('writes what the ics library writes, byte for byte, for hostile, long and folded ASCII text', () => {
    for (const calName of ['Northbridge, "key dates"; all \\ of them', '', `Trust ${LONG}`]) {
      const events = eventsOf(hostile);
      const ours = toIcs(events, { calName, now: NOW });
      expect(ours).toBe(reference(events, calName));
      expect(ours.split('\r\n\t').length).toBeGreaterThan(10);
    }
    // A file of no events too.
    expect(toIcs([], { calName: 'Empty', now: NOW })).toBe(reference([], 'Empty'));
  });

  it('writes the same lines as the library for text beyond ASCII, folded at 75 octets where it folds at 75 characters', () => {
    const events = eventsOf(nonAscii);
    const ours = toIcs(events, { calName: 'Gwasanaethau — key dates', now: NOW });
    const theirs = reference(events, 'Gwasanaethau — key dates');
    expect(unfold(ours)).toBe(unfold(theirs));
    const octets = (line: string) => Buffer.byteLength(line, 'utf8');
    expect(lines(ours).every((line) => octets(line) <= 75)).toBe(true);
    expect(lines(theirs).some((line) => octets(line) > 75)).toBe(true); // the library's lines run over
    // Every fold falls between characters: the file's UTF-8 decodes to the same text, with no U+FFFD.
    expect(Buffer.from(ours, 'utf8').toString('utf8')).toBe(ours);
    // Lines as long as they may be: a fold comes only where the next character would not fit.
    const folded = lines(ours).filter((_, i, all) => all[i + 1]?.startsWith('\t'));
    expect(folded.length).toBeGreaterThan(10);
    for (const [i, line] of lines(ours).entries()) {
      const next = lines(ours)[i + 1];
      if (!next?.startsWith('\t')) continue;
      const nextChar = String.fromCodePoint(next.codePointAt(1)!);
      expect(octets(line) + octets(nextChar)).toBeGreaterThan(75);
    }
  });

  it('gives back every title, description and reminder as typed when a calendar reads the file', () => {
    const texts = [...hostile, ...nonAscii, 'tab\there', 'lone\rreturn', 'bell\u0007 and nul\u0000 and escape\u001b'];
    const events = eventsOf(texts);
    const calName = 'Northbridge, "key dates"; all \\ of them\nand more';
    const text = toIcs(events, { calName, now: NOW });
    const cal = new ICAL.Component(ICAL.parse(text));
    // X-WR-CALNAME is TEXT to the calendars that read it (Outlook, Google, Apple); ical.js leaves an X- property's value raw.
    const calendarName = ICAL.design.icalendar.value.text.fromICAL(String(cal.getFirstPropertyValue('x-wr-calname')));
    expect(calendarName).toBe('Northbridge, "key dates"; all \\ of them\nand more');
    // What a calendar shows: line breaks as \n, and the control characters TEXT may not hold left out.
    // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
    const shown = (s: string) => s.replace(/\r\n|\r/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
    const read = cal
      .getAllSubcomponents('vevent')
      .map((v) => ({
        uid: String(v.getFirstPropertyValue('uid')),
        title: String(v.getFirstPropertyValue('summary') ?? ''),
        description: String(v.getFirstPropertyValue('description') ?? ''),
        reminders: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('description'))),
      }));
    const expected = [...events]
      .sort(byDateThenUid)
      .map((e) => ({
        uid: e.uid,
        title: shown(e.title),
        description: shown(e.description),
        reminders: [`In 14 days: ${shown(e.title)}`, `Tomorrow: ${shown(e.title)}`],
      }));
    expect(read).toEqual(expected);
    // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
    expect(lines(text).every((line) => !/[\x00-\x08\x0a-\x1f\x7f]/.test(line.replace(/^\t/, '')))).toBe(true);
  });

  it('escapes TEXT and folds lines on their own terms', () => {
    expect(icsText('a\\b;c,d\ne\r\nf\rg\th\u0000i')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng\th' + 'i');
    expect(icsLine('x'.repeat(75))).toBe(`${'x'.repeat(75)}\r\n`);
    expect(icsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n\tx\r\n`);
    expect(icsLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n\t${'x'.repeat(74)}\r\n\tx\r\n`);
    // 73 octets, then a four-octet character that would make 77: it starts the next line.
    expect(icsLine(`${'x'.repeat(73)}😀`)).toBe(`${'x'.repeat(73)}\r\n\t😀\r\n`);
    // 25 three-octet characters are 75 octets, the most one line holds; 26 fold.
    expect(icsLine('€'.repeat(25))).toBe(`${'€'.repeat(25)}\r\n`);
    expect(icsLine('€'.repeat(26))).toBe(`${'€'.repeat(25)}\r\n\t€\r\n`);
  });
});
