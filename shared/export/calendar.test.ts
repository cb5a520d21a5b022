import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contractSchema, type Contract, type ContractInput } from '../domain';
import { planDuties } from '../law/duties';
import { dutyKey, OBLIGATION_LABELS } from '../law/obligations';
import { contractKeyDateEvents, dutyEvents, eventUid, icsInSteps, keyDateEventsInSteps, toIcs, type KeyDateEvent } from './calendar';

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
  const drain = <T>(steps: Generator<number, T, void>) => {
    const fractions: number[] = [];
    for (;;) {
      const step = steps.next();
      if (step.done) return { value: step.value, fractions };
      fractions.push(step.value);
    }
  };

  it('makes the same events as contractKeyDateEvents then dutyEvents, a few contracts or duties a step', () => {
    const duties = planDuties(many, { today: TODAY }).duties;
    let pulled = 0;
    const counted = {
      length: duties.length,
      *[Symbol.iterator]() {
        for (const d of duties) {
          pulled += 1;
          yield d;
        }
      },
    };
    const steps = keyDateEventsInSteps(many, counted, { today: TODAY }, 3);
    let lastPulled = 0;
    const fractions: number[] = [];
    let result: KeyDateEvent[] | undefined;
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
    expect(result).toEqual([...contractKeyDateEvents(many, { today: TODAY }), ...dutyEvents(duties, { today: TODAY })]);
    expect(fractions.length).toBe(Math.floor((many.length + duties.length) / 3));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBeLessThanOrEqual(1);
  });

  it('writes a few events a step, sorted by date then UID whatever order they came in', () => {
    const { events } = exportOnce(new Date('2026-06-15T09:00:00Z'), many);
    const shuffled = [...events].reverse();
    const { value, fractions } = drain(icsInSteps(shuffled, { calName: 'Key dates', now: new Date('2026-06-15T09:00:00Z') }));
    // At most 20 events written a step: the ics library checks each one, and 500 a step took half a second.
    expect(fractions.filter((f) => f > 0).length).toBeGreaterThanOrEqual(Math.ceil(events.length / 20) - 1);
    const expected = [...events].sort((a, b) => (a.date === b.date ? (a.uid < b.uid ? -1 : 1) : a.date < b.date ? -1 : 1));
    expect(parse(value).map((e) => e.uid)).toEqual(expected.map((e) => e.uid));
  });
});
