import type { Contract } from '@shared/domain';
import { computeKeyDates, type KeyDates } from '@shared/engine/key-dates';
import { periodOf } from '../renewals/renewals-model';

export interface RegisterRow {
  contract: Contract;
  keyDates: KeyDates;
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

export function buildRows(contracts: readonly Contract[], today: string, horizonMonths: number): RegisterRow[] {
  return contracts.map((contract) => ({ contract, keyDates: computeKeyDates(contract, { today, horizonMonths }) }));
}

/** The status a user sees: stored status, overridden by what the dates say. */
export function effectiveStatus(row: RegisterRow): string {
  if (row.keyDates.expired) return 'expired';
  if (row.contract.status === 'active' && row.keyDates.expiring) return 'expiring';
  return row.contract.status;
}

export function filterRows(rows: RegisterRow[], f: RegisterFilter): RegisterRow[] {
  const text = f.text.trim().toLowerCase();
  return rows.filter(({ contract: c, keyDates: k }, i) => {
    if (f.category && c.category !== f.category) return false;
    if (f.supplier && c.supplier !== f.supplier) return false;
    if (f.contractingModel && c.contractingModel !== f.contractingModel) return false;
    if (f.hostingModel && (c.hostingModel ?? '') !== f.hostingModel) return false;
    if (f.status && effectiveStatus(rows[i]) !== f.status) return false;
    if (f.flag === 'expiring' && !k.expiring) return false;
    if (f.flag === 'overdue' && !k.overdue) return false;
    if (f.period && periodOf(c.currentEndDate, f.period.includes('-Q') ? 'quarter' : 'year') !== f.period) return false;
    if (text) {
      const haystack =
        `${c.reference}\n${c.title}\n${c.supplier}\n${c.system ?? ''}\n${c.vendor ?? ''}\n${c.description ?? ''}\n${c.primeContractor ?? ''}`.toLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
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

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
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

export function sortRows(rows: RegisterRow[], sort: SortState): RegisterRow[] {
  const dir = sort.direction === 'asc' ? 1 : -1;
  // Decorate once, and collate text once: at 100,000 rows a comparator that computes keys or calls
  // Intl.Collator costs about a second; sorting precomputed keys costs tens of milliseconds.
  const keyed = rows.map((row) => ({ row, v: sortValue(row, sort.key), ref: row.contract.reference }));
  if (!PLAIN_KEYS.has(sort.key) && keyed.length > 0 && typeof keyed[0].v === 'string') {
    const order = [...new Set(keyed.map((k) => k.v as string))].sort(collator.compare);
    const rank = new Map(order.map((v, i) => [v, i]));
    for (const k of keyed) k.v = rank.get(k.v as string)!;
  }
  keyed.sort((a, b) => {
    const cmp = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : plain(String(a.v), String(b.v));
    return cmp * dir || plain(a.ref, b.ref);
  });
  return keyed.map((k) => k.row);
}

export interface Totals {
  count: number;
  annualValue: number;
  totalValue: number;
}

export function totals(rows: RegisterRow[]): Totals {
  let annualValue = 0;
  let totalValue = 0;
  for (const { contract } of rows) {
    annualValue += contract.annualValue ?? 0;
    totalValue += contract.totalValue ?? 0;
  }
  return { count: rows.length, annualValue, totalValue };
}
