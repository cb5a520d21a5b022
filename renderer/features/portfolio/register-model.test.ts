import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Contract } from '@shared/domain';
import { computeKeyDates } from '@shared/engine/key-dates';
import {
  anyDecisionAssumedInSteps,
  buildRows,
  buildRowsInSteps,
  EMPTY_FILTER,
  filterRows,
  rowSetInSteps,
  shownInSteps,
  sortRows,
  suppliersInSteps,
  totalsInSteps,
  visibleAfterChangeInSteps,
  visibleRowsInSteps,
  type RegisterFilter,
  type ShownRegister,
  type ShownResult,
  type SortState,
} from './register-model';
import { drain, sortInSteps } from './sort-in-steps';

const contract = (reference: string, title: string, currentEndDate: string, annualValue?: number): Contract => ({
  reference,
  title,
  category: 'EPR',
  supplier: 'S',
  contractingModel: 'direct',
  currentEndDate,
  extensionOptions: [],
  noticePeriodDays: 90,
  internalLeadTimeDays: 30,
  autoRenew: false,
  modules: [],
  linkedContracts: [],
  status: 'active',
  annualValue,
});

/** Copies of `list` that count, in `reads.count`, every read of `field`. */
function countingReads(list: readonly Contract[], field: keyof Contract) {
  const reads = { count: 0 };
  const counted = list.map((c) =>
    Object.defineProperty({ ...c }, field, {
      enumerable: true,
      get: () => {
        reads.count++;
        return c[field];
      },
    }),
  );
  return { counted, reads };
}

describe('register sorting and filtering', () => {
  const rows = buildRows(
    [
      contract('B-10', 'pathology', '2027-03-31', 50),
      contract('B-9', 'Pathology', '2026-12-31', undefined),
      contract('A-1', 'Electronic patient record', '2027-03-31', 3_000_000),
    ],
    { today: '2026-11-22', horizonMonths: 18 },
  );

  it('sorts text in en-GB order, case-insensitive and with numbers in number order', () => {
    expect(sortRows(rows, { key: 'reference', direction: 'asc' }).map((r) => r.contract.reference)).toEqual(['A-1', 'B-9', 'B-10']);
    expect(sortRows(rows, { key: 'title', direction: 'asc' }).map((r) => r.contract.reference)).toEqual(['A-1', 'B-10', 'B-9']);
  });

  it('sorts dates chronologically with ties broken by reference, and descending reverses', () => {
    expect(sortRows(rows, { key: 'currentEndDate', direction: 'asc' }).map((r) => r.contract.reference)).toEqual(['B-9', 'A-1', 'B-10']);
    expect(sortRows(rows, { key: 'currentEndDate', direction: 'desc' }).map((r) => r.contract.reference)).toEqual(['A-1', 'B-10', 'B-9']);
  });

  it('puts contracts without a value first when sorting by value ascending', () => {
    expect(sortRows(rows, { key: 'annualValue', direction: 'asc' }).map((r) => r.contract.reference)).toEqual(['B-9', 'B-10', 'A-1']);
  });

  it('sorting is a permutation that orders by the key, whatever the data', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), day), { selector: (t) => t[0], maxLength: 40 }),
        (items) => {
          const input = buildRows(
            items.map(([ref, end]) => contract(ref, ref, end)),
            { today: '2026-11-22', horizonMonths: 18 },
          );
          const sorted = sortRows(input, { key: 'currentEndDate', direction: 'asc' });
          expect(sorted).toHaveLength(input.length);
          for (let i = 1; i < sorted.length; i++)
            expect(sorted[i - 1].contract.currentEndDate <= sorted[i].contract.currentEndDate).toBe(true);
        },
      ),
    );
  });

  it('filters by text across reference, title and supplier, case-insensitively', () => {
    expect(
      filterRows(rows, { ...EMPTY_FILTER, text: 'PATHOLOGY' })
        .map((r) => r.contract.reference)
        .sort(),
    ).toEqual(['B-10', 'B-9']);
    expect(
      filterRows(rows, { ...EMPTY_FILTER, period: 'FY2026' })
        .map((r) => r.contract.reference)
        .sort(),
    ).toEqual(['A-1', 'B-10', 'B-9']);
    expect(filterRows(rows, { ...EMPTY_FILTER, period: 'FY2026-Q3' }).map((r) => r.contract.reference)).toEqual(['B-9']);
  });
});

describe('the register worked out in steps (issue 16: no task over 50 ms)', () => {
  it('sorts in steps exactly as a stable native sort does, across many runs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 3_000 }), (keys) => {
        const items = keys.map((k, i) => ({ k, i }));
        const byKey = (a: { k: number }, b: { k: number }) => a.k - b.k;
        expect(drain(sortInSteps(items, byKey))).toEqual([...items].sort(byKey));
      }),
      { numRuns: 30 },
    );
  });

  const many = Array.from({ length: 10_000 }, (_, i) =>
    contract(`R-${(i * 7919) % 10_000}`, `Title ${i % 300}`, `2027-${String(1 + (i % 12)).padStart(2, '0')}-15`, i),
  );
  const options = { today: '2026-11-22', horizonMonths: 18 };

  it('gives the window back many times for 10,000 rows, and ends with the same rows as one pass', () => {
    const rows = buildRows(many, options);
    for (const sort of [
      { key: 'title', direction: 'asc' },
      { key: 'currentEndDate', direction: 'desc' },
    ] as const) {
      const steps = visibleRowsInSteps(rows, { ...EMPTY_FILTER, text: 'title 1' }, sort);
      const fractions: number[] = [];
      let step = steps.next();
      for (; !step.done; step = steps.next()) fractions.push(step.value);
      expect(fractions.length).toBeGreaterThan(10);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      expect(step.value).toEqual(sortRows(filterRows(rows, { ...EMPTY_FILTER, text: 'title 1' }), sort));
    }
  });

  it("lists the Supplier filter's choices once each in en-GB order, giving the window back along the way", () => {
    const names = ['Zeta Health', 'alpha Systems', 'Beta Ltd', 'Ålesund Data'];
    const rows = buildRows(
      many.map((c, i) => ({ ...c, supplier: names[i % names.length] })),
      options,
    );
    const steps = suppliersInSteps(rows);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(step.value).toEqual(['Ålesund Data', 'alpha Systems', 'Beta Ltd', 'Zeta Health']);
    expect(yields).toBeGreaterThan(0);
  });

  it("adds up the footer's count and values in steps, a contract without a value counting as nothing", () => {
    const rows = buildRows(
      [...many, ...many, ...many].map((c, i) => ({ ...c, annualValue: i % 2 === 0 ? 1_000 : undefined, totalValue: 2_500 })),
      options,
    );
    const steps = totalsInSteps(rows);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(step.value).toEqual({ count: 30_000, annualValue: 15_000_000, totalValue: 75_000_000 });
    expect(yields).toBeGreaterThan(0);
  });

  /** The references whose rows were worked out afresh (not taken from `before`). */
  const workedOut = (before: ReturnType<typeof buildRows>, after: ReturnType<typeof buildRows>) =>
    after.filter((row) => !before.includes(row)).map((r) => r.contract.reference);

  it('after one contract is edited, added, inserted or deleted, works out only that row again (the others are reused)', () => {
    const first = drain(buildRowsInSteps(many, options));
    const previous = { contracts: many, rows: first };
    const edited = [...many];
    edited[5] = { ...many[5], currentEndDate: '2026-12-01' };
    const second = drain(buildRowsInSteps(edited, options, previous));
    expect(workedOut(first, second)).toEqual([many[5].reference]);
    expect(second[5].keyDates.daysToExpiry).toBe(9);
    expect(second.map((r) => r.contract)).toEqual(edited);

    const added = contract('R-NEW', 'New', '2027-02-14', 1);
    for (const [what, list] of [
      ['appended', [...many, added]],
      ['inserted', [...many.slice(0, 300), added, ...many.slice(300)]],
      ['first replaced', [added, ...many.slice(1)]],
      ['last replaced', [...many.slice(0, -1), added]],
    ] as const) {
      const rows = drain(buildRowsInSteps(list, options, previous));
      expect(workedOut(first, rows), what).toEqual(['R-NEW']);
      expect(
        rows.map((r) => r.contract),
        what,
      ).toEqual(list);
    }
    for (const at of [0, 4_321, many.length - 1]) {
      const list = many.filter((_, i) => i !== at);
      const rows = drain(buildRowsInSteps(list, options, previous));
      expect(workedOut(first, rows)).toEqual([]);
      expect(rows.map((r) => r.contract)).toEqual(list);
    }
  });

  it('keeps no table of every contract while working out rows (growing one is a single step of up to 200 ms at 100,000)', () => {
    const weakSpy = vi.spyOn(WeakMap.prototype, 'set');
    const mapSpy = vi.spyOn(Map.prototype, 'set');
    try {
      const first = drain(buildRowsInSteps(many, options));
      drain(buildRowsInSteps([...many.slice(1), contract('R-NEW', 'New', '2027-02-14', 1)], options, { contracts: many, rows: first }));
      expect(weakSpy.mock.calls.length + mapSpy.mock.calls.length).toBeLessThan(100);
    } finally {
      weakSpy.mockRestore();
      mapSpy.mockRestore();
    }
  });

  it('works out every row of a register read afresh, whatever it was built from before', () => {
    const first = drain(buildRowsInSteps(many, options));
    const reread = many.map((c) => ({ ...c }));
    const rows = drain(buildRowsInSteps(reread, options, { contracts: many, rows: first }));
    expect(rows.every((row, i) => row.contract === reread[i] && row !== first[i])).toBe(true);
    expect(rows.map((r) => r.keyDates)).toEqual(first.map((r) => r.keyDates));
  });

  it("works out a row's key dates only when they are first read, and once (100,000 held as the register arrived were 16 MB for the collector)", () => {
    // Only key dates read a contract's internal lead time: counting its reads counts their working out.
    const { counted, reads } = countingReads(many.slice(0, 50), 'internalLeadTimeDays');
    const rows = drain(buildRowsInSteps(counted, options));
    drain(visibleRowsInSteps(rows, EMPTY_FILTER, { key: 'currentEndDate', direction: 'asc' }));
    expect(reads.count).toBe(0);
    const first = rows[7].keyDates;
    expect(rows[7].keyDates).toBe(first);
    // Two reads: whether the lead time is assumed, and the decision date it gives.
    expect(reads.count).toBe(2);
    expect(first).toEqual(computeKeyDates(many[7], options));
  });

  it('tells whether any row rests on the default notice period or lead time, stopping at the first', () => {
    const rows = drain(buildRowsInSteps(many, options));
    expect(drain(anyDecisionAssumedInSteps(rows))).toBe(false);
    const assumed = [...many];
    assumed[9_000] = { ...many[9_000], internalLeadTimeDays: undefined };
    expect(drain(anyDecisionAssumedInSteps(drain(buildRowsInSteps(assumed, options))))).toBe(true);
  });

  it('tells it without working out any key dates, which rows would then keep for the whole register', () => {
    // Only key dates read a contract's end date: counting its reads counts their working out.
    const withOwnPeriods = many.slice(0, 50).map((c) => ({ ...c, noticePeriodDays: 90, internalLeadTimeDays: 60 }));
    const { counted, reads } = countingReads(withOwnPeriods, 'currentEndDate');
    expect(drain(anyDecisionAssumedInSteps(drain(buildRowsInSteps(counted, options))))).toBe(false);
    expect(reads.count).toBe(0);
  });

  it("works out the footnote once for a register's rows, not again on each filter or sort", () => {
    // Only the footnote reads a contract's notice period when the register is sorted and searched by text.
    const { counted, reads } = countingReads(many.slice(0, 50), 'noticePeriodDays');
    const set = drain(rowSetInSteps(counted, options));
    expect(set.anyAssumed).toBe(false);
    const forTheRows = reads.count;
    expect(forTheRows).toBe(counted.length);
    let shown: ShownRegister | null = null;
    const views: [RegisterFilter, SortState][] = [
      [EMPTY_FILTER, { key: 'reference', direction: 'asc' }],
      [
        { ...EMPTY_FILTER, text: '1' },
        { key: 'reference', direction: 'asc' },
      ],
      [
        { ...EMPTY_FILTER, text: '1' },
        { key: 'title', direction: 'desc' },
      ],
    ];
    for (const [filter, sort] of views) {
      const result: ShownResult = drain(shownInSteps(shown, set, filter, sort));
      expect(result.assumed).toBe(false);
      expect(result.shown.visible.length).toBe(filterRows(set.rows, filter).length);
      shown = result.shown;
    }
    expect(reads.count).toBe(forTheRows);
  });

  it('gives the window back at least every 2,000 rows while working out rows, with nothing to reuse or all of it', () => {
    // A step is what runInSteps cannot cut short: all 10,000 rows in one step would be one long task.
    const first = drain(buildRowsInSteps(many, options));
    for (const previous of [null, { contracts: many, rows: first }]) {
      const steps = buildRowsInSteps(many, options, previous);
      let yields = 0;
      for (let step = steps.next(); !step.done; step = steps.next()) yields++;
      expect(yields).toBeGreaterThanOrEqual(many.length / 2_000 - 1);
    }
  });
});

describe('the register after one contract changes (issue 16: an edit patches the list shown)', () => {
  const options = { today: '2026-11-22', horizonMonths: 18 };
  const contracts = Array.from({ length: 300 }, (_, i) =>
    contract(
      `R-${i}`,
      `Title ${i % 7}`,
      `2027-0${(i % 9) + 1}-${String((i % 27) + 1).padStart(2, '0')}`,
      i % 5 === 0 ? undefined : i * 100,
    ),
  );
  const before = drain(buildRowsInSteps(contracts, options));
  const edited = (list: Contract[]) => drain(buildRowsInSteps(list, options, { contracts, rows: before }));

  // Each case changes the list as the register store does: one entry replaced, appended or removed.
  const changes: Array<[string, Contract[]]> = [
    ['an edit that moves a contract', contracts.map((c, i) => (i === 40 ? { ...c, currentEndDate: '2026-05-01', annualValue: 9 } : c))],
    ['an added contract', [...contracts, contract('R-NEW', 'New', '2027-02-14', 123)]],
    ['a deleted contract', contracts.filter((_, i) => i !== 77)],
  ];
  const sorts: SortState[] = [
    { key: 'currentEndDate', direction: 'asc' },
    { key: 'annualValue', direction: 'desc' },
  ];
  const filters: RegisterFilter[] = [EMPTY_FILTER, { ...EMPTY_FILTER, text: 'title 3' }];
  for (const [what, list] of changes)
    for (const sort of sorts)
      for (const filter of filters)
        it(`gives exactly the full result: ${what}, by ${sort.key} ${sort.direction}${filter.text ? ', filtered' : ''}`, () => {
          const visible = drain(visibleRowsInSteps(before, filter, sort));
          const after = edited(list);
          const patched = drain(visibleAfterChangeInSteps({ rows: before, visible, filter, sort }, after, filter, sort));
          const full = drain(visibleRowsInSteps(after, filter, sort));
          expect(patched.map((r) => r.contract.reference)).toEqual(full.map((r) => r.contract.reference));
          expect(patched).not.toBe(visible);
        });

  it('patches the list it was given rather than sorting again (a stand-in row in it survives)', () => {
    const sort: SortState = { key: 'currentEndDate', direction: 'asc' };
    const visible = drain(visibleRowsInSteps(before, EMPTY_FILTER, sort));
    const standIn = { ...visible[0] };
    const after = edited(changes[0][1]);
    const patched = drain(
      visibleAfterChangeInSteps({ rows: before, visible: [standIn, ...visible], filter: EMPTY_FILTER, sort }, after, EMPTY_FILTER, sort),
    );
    expect(patched).toContain(standIn);
  });

  it('works everything out again when more than one contract changed, or the sort or filter did', () => {
    const sort: SortState = { key: 'currentEndDate', direction: 'asc' };
    const visible = drain(visibleRowsInSteps(before, EMPTY_FILTER, sort));
    const two = edited(contracts.map((c, i) => (i === 1 || i === 2 ? { ...c, currentEndDate: '2026-04-02' } : c)));
    const patched = drain(visibleAfterChangeInSteps({ rows: before, visible, filter: EMPTY_FILTER, sort }, two, EMPTY_FILTER, sort));
    expect(patched.map((r) => r.contract.reference)).toEqual(
      drain(visibleRowsInSteps(two, EMPTY_FILTER, sort)).map((r) => r.contract.reference),
    );
    const byTitle: SortState = { key: 'title', direction: 'asc' };
    const titled = drain(visibleAfterChangeInSteps({ rows: before, visible, filter: EMPTY_FILTER, sort }, before, EMPTY_FILTER, byTitle));
    expect(titled.map((r) => r.contract.reference)).toEqual(sortRows(before, byTitle).map((r) => r.contract.reference));
  });
});
