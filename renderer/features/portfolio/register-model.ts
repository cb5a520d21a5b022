import type { Contract } from '@shared/domain';
import { computeKeyDates, decisionAssumedOf, type KeyDateOptions, type KeyDates } from '@shared/engine/key-dates';
import { periodOf } from '../renewals/renewals-model';
import { drain, sortInSteps } from './sort-in-steps';

/** Rows per step of building and filtering: a step of 2,000 rows is a few milliseconds. */
const STEP_ROWS = 2_000;

export interface RegisterRow {
  readonly contract: Contract;
  readonly keyDates: KeyDates;
}

/**
 * A row whose key dates are worked out when first read (a visible row drawn, a sort or filter that
 * needs them) and kept. Worked out for all 100,000 rows as the register arrived, each row held a key
 * dates object and two date strings, 16 MB that survived on the UI thread and made the young
 * generation's collections tasks of 80–95 ms (issue 16); the register's default view reads them for
 * the rows on screen only.
 */
class Row implements RegisterRow {
  private dates: KeyDates | undefined;
  constructor(
    readonly contract: Contract,
    private readonly options: KeyDateOptions,
  ) {}
  get keyDates(): KeyDates {
    return (this.dates ??= computeKeyDates(this.contract, this.options));
  }
}

export type SortKey =
  | 'reference'
  | 'title'
  | 'category'
  | 'supplier'
  | 'contractingModel'
  | 'hostingModel'
  | 'currentEndDate'
  | 'noticeDeadline'
  | 'latestDecisionDate'
  | 'daysToExpiry'
  | 'annualValue'
  | 'status';

export interface SortState {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export interface RegisterFilter {
  text: string;
  category: string;
  supplier: string;
  contractingModel: string;
  hostingModel: string;
  status: string;
  /** 'expiring' | 'overdue' | '' */
  flag: string;
  /** End date within a financial year (`FY2026`) or NHS quarter (`FY2026-Q3`), from Renewals. */
  period: string;
}

export const EMPTY_FILTER: RegisterFilter = {
  text: '',
  category: '',
  supplier: '',
  contractingModel: '',
  hostingModel: '',
  status: '',
  flag: '',
  period: '',
};

/**
 * The rows last worked out, with the contracts they were worked out from, for one set of key-date
 * options. After an edit the register store replaces one contract object in place, appends one or
 * removes one (renderer/data/register-store.ts), so the other 99,999 rows are taken from here
 * rather than worked out again.
 */
export interface BuiltRows {
  contracts: readonly Contract[];
  rows: readonly RegisterRow[];
}

/**
 * Each contract's row, in steps of STEP_ROWS. A row is reused when the same contract object stands
 * at its place in `previous` (or one further on, past a removed contract), found by walking both
 * lists side by side: no lookup table is built. A WeakMap of every contract was used before, and
 * growing it past 87,000 entries rehashed it in one step of 50–200 ms on the UI thread (issue 16).
 */
export function* buildRowsInSteps(
  contracts: readonly Contract[],
  options: KeyDateOptions,
  previous: BuiltRows | null = null,
): Generator<number, RegisterRow[], void> {
  const rows: RegisterRow[] = new Array<RegisterRow>(contracts.length);
  const old = previous?.contracts ?? [];
  const oldRows = previous?.rows ?? [];
  let j = 0;
  for (let i = 0; i < contracts.length; i++) {
    const contract = contracts[i];
    // old[j] was removed: the contracts after it moved up by one.
    if (old[j] !== contract && old[j + 1] === contract) j++;
    if (old[j] === contract) rows[i] = oldRows[j++];
    else {
      rows[i] = new Row(contract, options);
      // A replaced contract takes its old place; an inserted one (the next is old[j]) takes none.
      if (old[j] !== contracts[i + 1]) j++;
    }
    if ((i + 1) % STEP_ROWS === 0) yield i / contracts.length;
  }
  return rows;
}

export function buildRows(contracts: readonly Contract[], options: KeyDateOptions): RegisterRow[] {
  return drain(buildRowsInSteps(contracts, options));
}

/** The register as shown: filtered, then sorted, in steps (see runInSteps). Yields the fraction done. */
export function* visibleRowsInSteps(
  rows: readonly RegisterRow[],
  filter: RegisterFilter,
  sort: SortState,
): Generator<number, RegisterRow[], void> {
  const filtered = yield* scaled(filterRowsInSteps(rows, filter), 0, 0.2);
  return yield* scaled(sortRowsInSteps(filtered, sort), 0.2, 1);
}

function* scaled<T>(steps: Generator<number, T, void>, from: number, to: number): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield from + step.value * (to - from);
  }
}

/** The status a user sees: stored status, overridden by what the dates say. */
export function effectiveStatus(row: RegisterRow): string {
  if (row.keyDates.expired) return 'expired';
  if (row.contract.status === 'active' && row.keyDates.expiring) return 'expiring';
  return row.contract.status;
}

export function filterRows(rows: readonly RegisterRow[], f: RegisterFilter): RegisterRow[] {
  return drain(filterRowsInSteps(rows, f));
}

function* filterRowsInSteps(rows: readonly RegisterRow[], f: RegisterFilter): Generator<number, RegisterRow[], void> {
  const out: RegisterRow[] = [];
  const text = f.text.trim().toLowerCase();
  for (let lo = 0; lo < rows.length; lo += STEP_ROWS) {
    for (let i = lo; i < Math.min(lo + STEP_ROWS, rows.length); i++) if (matches(rows[i], f, text)) out.push(rows[i]);
    if (lo + STEP_ROWS < rows.length) yield (lo + STEP_ROWS) / rows.length;
  }
  return out;
}

/** `text` is the filter's search text, trimmed and lower-cased once for all rows. */
function matches(row: RegisterRow, f: RegisterFilter, text: string): boolean {
  const c = row.contract;
  if (f.category && c.category !== f.category) return false;
  if (f.supplier && c.supplier !== f.supplier) return false;
  if (f.contractingModel && c.contractingModel !== f.contractingModel) return false;
  if (f.hostingModel && (c.hostingModel ?? '') !== f.hostingModel) return false;
  if (f.status && effectiveStatus(row) !== f.status) return false;
  if (f.flag === 'expiring' && !row.keyDates.expiring) return false;
  if (f.flag === 'overdue' && !row.keyDates.overdue) return false;
  if (f.period && periodOf(c.currentEndDate, f.period.includes('-Q') ? 'quarter' : 'year') !== f.period) return false;
  if (text) {
    const haystack =
      `${c.reference}\n${c.title}\n${c.supplier}\n${c.system ?? ''}\n${c.vendor ?? ''}\n${c.description ?? ''}\n${c.primeContractor ?? ''}`.toLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

function sortValue(row: RegisterRow, key: SortKey): string | number {
  switch (key) {
    case 'noticeDeadline':
      return row.keyDates.noticeDeadline;
    case 'latestDecisionDate':
      return row.keyDates.latestDecisionDate;
    case 'daysToExpiry':
      return row.keyDates.daysToExpiry;
    case 'annualValue':
      return row.contract.annualValue ?? -Infinity;
    case 'status':
      return effectiveStatus(row);
    case 'hostingModel':
      return row.contract.hostingModel ?? '';
    default:
      return row.contract[key];
  }
}

// Built when a text column is first sorted (or prepareCollator asks), not as the module loads: the
// entry's first paint of the register (renderer/first-paint.ts) loads this module and sorts by end
// date only (issue 16).
let collator: Intl.Collator | undefined;
const registerCollator = () => (collator ??= new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' }));
const collate = (a: string, b: string) => registerCollator().compare(a, b);

/**
 * Builds the register's collator now, if it is not built yet. Making it loads the language's
 * collation rules, one step of 20 ms or more that no slicing can split; left to the first sort of
 * suppliers, it ran inside the task that renders the full register after an import (issue 16). The
 * register calls this in idle time while the rest of the register is read.
 */
export function prepareCollator(): void {
  registerCollator();
}
/** Keys compared as plain strings: ISO dates and enum codes sort correctly that way, and fast. */
const PLAIN_KEYS = new Set<SortKey>([
  'currentEndDate',
  'noticeDeadline',
  'latestDecisionDate',
  'category',
  'contractingModel',
  'hostingModel',
  'status',
]);
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortRows(rows: readonly RegisterRow[], sort: SortState): RegisterRow[] {
  return drain(sortRowsInSteps(rows, sort));
}

function* sortRowsInSteps(rows: readonly RegisterRow[], sort: SortState): Generator<number, RegisterRow[], void> {
  const dir = sort.direction === 'asc' ? 1 : -1;
  // Decorate once, and collate text once: at 100,000 rows a comparator that computes keys or calls
  // Intl.Collator costs about a second; sorting precomputed keys costs tens of milliseconds.
  // In steps too: decorating 100,000 rows at once was one task over 50 ms after an edit (issue 16).
  // The keys are kept in arrays beside the rows and the rows' positions sorted, not an object per
  // row: 100,000 of those survived the whole sort and lengthened the young generation's collections.
  const n = rows.length;
  const values = new Array<string | number>(n);
  const refs = new Array<string>(n);
  const positions = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    values[i] = sortValue(rows[i], sort.key);
    refs[i] = rows[i].contract.reference;
    positions[i] = i;
    if ((i + 1) % STEP_ROWS === 0) yield (0.1 * i) / n;
  }
  if (!PLAIN_KEYS.has(sort.key) && n > 0 && typeof values[0] === 'string') {
    const order = yield* scaled(sortInSteps([...new Set(values as string[])], collate), 0.1, 0.4);
    const rank = new Map(order.map((v, i) => [v, i]));
    for (let i = 0; i < n; i++) {
      values[i] = rank.get(values[i] as string)!;
      if ((i + 1) % STEP_ROWS === 0) yield 0.4;
    }
  }
  const sorted = yield* scaled(
    sortInSteps(positions, (a, b) => {
      const v = values[a];
      const w = values[b];
      const cmp = typeof v === 'number' && typeof w === 'number' ? v - w : plain(String(v), String(w));
      return cmp * dir || plain(refs[a], refs[b]);
    }),
    0.4,
    1,
  );
  const out = new Array<RegisterRow>(n);
  for (let i = 0; i < n; i++) {
    out[i] = rows[sorted[i]];
    if ((i + 1) % (STEP_ROWS * 4) === 0) yield 1;
  }
  return out;
}

/**
 * The suppliers named in the register, each once, in en-GB order, in steps: the Supplier filter's
 * choices. Worked out at once over 100,000 rows it was a UI-thread task after every edit (issue 16).
 */
export function* suppliersInSteps(rows: readonly RegisterRow[]): Generator<number, string[], void> {
  const seen = new Set<string>();
  for (let lo = 0; lo < rows.length; lo += STEP_ROWS * 5) {
    for (let i = lo; i < Math.min(lo + STEP_ROWS * 5, rows.length); i++) seen.add(rows[i].contract.supplier);
    yield lo / rows.length;
  }
  // In steps too, with the register's own collator, so the choices come in the order the Supplier
  // column sorts: a trust's register can name thousands of suppliers, and a localeCompare sort of
  // them all was one more step of tens of milliseconds.
  return yield* sortInSteps([...seen], collate);
}

export interface Totals {
  count: number;
  annualValue: number;
  totalValue: number;
}

/** The footer's count and sums, in steps: over 100,000 rows at once it was a UI-thread task after every edit (issue 16). */
export function* totalsInSteps(rows: readonly RegisterRow[]): Generator<number, Totals, void> {
  let annualValue = 0;
  let totalValue = 0;
  for (let lo = 0; lo < rows.length; lo += STEP_ROWS * 5) {
    for (let i = lo; i < Math.min(lo + STEP_ROWS * 5, rows.length); i++) {
      const { contract } = rows[i];
      annualValue += contract.annualValue ?? 0;
      totalValue += contract.totalValue ?? 0;
    }
    if (lo + STEP_ROWS * 5 < rows.length) yield lo / rows.length;
  }
  return { count: rows.length, annualValue, totalValue };
}

/**
 * Whether any row's latest decision date rests on the trust's defaults (the register's footnote), in
 * steps, from the contracts' own fields (decisionAssumedOf): it works out no key dates, which rows
 * keep once worked out, so a register with none assumed does not hold key dates for every row. It
 * stops at the first, usually the first row.
 */
export function* anyDecisionAssumedInSteps(rows: readonly RegisterRow[]): Generator<number, boolean, void> {
  for (let i = 0; i < rows.length; i++) {
    if (decisionAssumedOf(rows[i].contract)) return true;
    if ((i + 1) % STEP_ROWS === 0) yield i / rows.length;
  }
  return false;
}

/** The register's rows for one set of contracts, with what depends on the rows alone. */
export interface RowSet {
  rows: readonly RegisterRow[];
  /** Whether any row's latest decision date rests on the trust's defaults: the register's footnote. */
  anyAssumed: boolean;
}

/** Each contract's row (buildRowsInSteps, reusing `previous`), and the footnote's answer, worked out once for these rows. */
export function* rowSetInSteps(
  contracts: readonly Contract[],
  options: KeyDateOptions,
  previous: BuiltRows | null = null,
): Generator<number, RowSet, void> {
  const rows = yield* scaled(buildRowsInSteps(contracts, options, previous), 0, 0.9);
  const anyAssumed = yield* scaled(anyDecisionAssumedInSteps(rows), 0.9, 1);
  return { rows, anyAssumed };
}

/** The register as shown: its rows in order, the footer's sums, and whether the footnote shows. */
export interface ShownResult {
  shown: ShownRegister;
  sum: Totals;
  assumed: boolean;
}

/**
 * The register as shown for `set` under `filter` and `sort` (patched from `previous` after an edit,
 * see visibleAfterChangeInSteps), with its footer's sums. The footnote's answer is the row set's,
 * worked out with the rows: it depends on nothing else, so a filter or sort does not read 100,000
 * contracts again for it.
 */
export function* shownInSteps(
  previous: ShownRegister | null,
  set: RowSet,
  filter: RegisterFilter,
  sort: SortState,
): Generator<number, ShownResult, void> {
  const visible = yield* visibleAfterChangeInSteps(previous, set.rows, filter, sort);
  const sum = yield* totalsInSteps(visible);
  return { shown: { rows: set.rows, visible, filter, sort }, sum, assumed: set.anyAssumed };
}

/** The register as last shown, and what it was worked out from. */
export interface ShownRegister {
  rows: readonly RegisterRow[];
  visible: readonly RegisterRow[];
  filter: RegisterFilter;
  sort: SortState;
}

/**
 * The register as shown after `rows` changed, in steps. When only one contract changed since
 * `shown` (an edit, an added or a deleted contract: the register store changes one entry in place)
 * and the filter and sort are the same, the shown list is patched: the old row out, the new one in
 * at its place in the order, so an edit does not filter and sort 100,000 rows again (issue 16).
 * Anything else, or a sort by text (ordered by the collator over every value), works it all out.
 */
export function* visibleAfterChangeInSteps(
  shown: ShownRegister | null,
  rows: readonly RegisterRow[],
  filter: RegisterFilter,
  sort: SortState,
): Generator<number, RegisterRow[], void> {
  const change =
    shown && shown.filter === filter && shown.sort === sort && PATCHABLE_KEYS.has(sort.key) ? yield* oneChange(shown.rows, rows) : null;
  if (!shown || !change) return yield* visibleRowsInSteps(rows, filter, sort);
  const visible = [...shown.visible];
  if (change.removed) {
    const at = visible.indexOf(change.removed);
    if (at >= 0) visible.splice(at, 1);
  }
  if (change.added && matches(change.added, filter, filter.text.trim().toLowerCase())) {
    const at = insertionPoint(visible, change.added, sort);
    visible.splice(at, 0, change.added);
  }
  return visible;
}

/** Sort keys whose order a single comparison decides (not the collator ranking of every text value). */
const PATCHABLE_KEYS = new Set<SortKey>([...PLAIN_KEYS, 'daysToExpiry', 'annualValue']);

/** The one row that differs between two lists that the register store changed in place, or null. */
function* oneChange(
  before: readonly RegisterRow[],
  after: readonly RegisterRow[],
): Generator<number, { removed?: RegisterRow; added?: RegisterRow } | null, void> {
  const grew = after.length - before.length;
  if (Math.abs(grew) > 1) return null;
  let at = -1;
  for (let i = 0; i < Math.min(before.length, after.length); i++) {
    if (before[i] !== after[i]) {
      at = i;
      break;
    }
    if ((i + 1) % (STEP_ROWS * 10) === 0) yield 0;
  }
  if (grew === 1) return at < 0 ? { added: after[after.length - 1] } : null;
  if (at < 0) return grew === -1 ? { removed: before[before.length - 1] } : null;
  // Everything after the change must be the same rows (shifted by one for a removal).
  for (let i = at + 1; i < after.length; i++) {
    if (after[i] !== before[i - grew]) return null;
    if ((i + 1) % (STEP_ROWS * 10) === 0) yield 0;
  }
  return grew === -1 ? { removed: before[at] } : { removed: before[at], added: after[at] };
}

/** Where `row` goes in `sorted` (ordered by `sort`, then reference): a binary search, as the full sort orders. */
function insertionPoint(sorted: readonly RegisterRow[], row: RegisterRow, sort: SortState): number {
  const dir = sort.direction === 'asc' ? 1 : -1;
  const key = (r: RegisterRow) => sortValue(r, sort.key);
  const v = key(row);
  const ref = row.contract.reference;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const other = sorted[mid];
    const w = key(other);
    const cmp =
      (typeof v === 'number' && typeof w === 'number' ? w - v : plain(String(w), String(v))) * dir || plain(other.contract.reference, ref);
    if (cmp < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
