// The register's columns, shared by the register (RegisterTable.tsx) and the page's first paint
// (renderer/first-paint.ts), which shows the first rows before the app has loaded: so this module,
// and all it imports, must stay free of zod, Dexie and React (issue 16, start-up).
import { CATEGORY_LABELS, CONTRACT_STATUS_LABELS, CONTRACTING_MODEL_LABELS, HOSTING_MODEL_LABELS } from '@shared/domain/enums';
import { formatCount, formatDate, formatMoney } from '@shared/format';
import type { RegisterRow, SortKey } from './register-model';

/** The first row's first cell carries this Element Timing name, so the benchmark can see when rows were really painted. */
export const FIRST_ROW_ELEMENT = 'register-first-row';

export interface Column {
  key: SortKey;
  label: string;
  width: number;
  numeric?: boolean;
  render: (row: RegisterRow) => string;
  /** The value rests on the trust's default rather than the contract's own figure. */
  assumed?: (row: RegisterRow) => boolean;
}

/**
 * The columns a user decides from come first and fit a 1366-pixel laptop screen without scrolling
 * sideways (reference to status, 1,000 px); the descriptive ones follow.
 */
export const COLUMNS: Column[] = [
  { key: 'reference', label: 'Reference', width: 104, render: (r) => r.contract.reference },
  { key: 'title', label: 'Title', width: 200, render: (r) => r.contract.title },
  { key: 'currentEndDate', label: 'End date', width: 118, render: (r) => formatDate(r.contract.currentEndDate) },
  {
    key: 'noticeDeadline',
    label: 'Notice by',
    width: 118,
    render: (r) => formatDate(r.keyDates.noticeDeadline),
    assumed: (r) => r.keyDates.noticeAssumed,
  },
  {
    key: 'latestDecisionDate',
    label: 'Decide by',
    width: 118,
    render: (r) => formatDate(r.keyDates.latestDecisionDate),
    assumed: (r) => r.keyDates.decisionAssumed,
  },
  {
    key: 'daysToExpiry',
    label: 'Days left',
    width: 80,
    numeric: true,
    render: (r) => (r.keyDates.daysToExpiry < 0 ? 'ended' : formatCount(r.keyDates.daysToExpiry)),
  },
  { key: 'annualValue', label: 'Annual value', width: 110, numeric: true, render: (r) => formatMoney(r.contract.annualValue) },
  { key: 'status', label: 'Status', width: 150, render: statusText },
  { key: 'category', label: 'Category', width: 140, render: (r) => CATEGORY_LABELS[r.contract.category].replace(/ \(.*\)$/, '') },
  { key: 'supplier', label: 'Supplier', width: 200, render: (r) => r.contract.supplier },
  { key: 'contractingModel', label: 'Model', width: 150, render: (r) => CONTRACTING_MODEL_LABELS[r.contract.contractingModel] },
  {
    key: 'hostingModel',
    label: 'Hosting',
    width: 130,
    render: (r) => (r.contract.hostingModel ? HOSTING_MODEL_LABELS[r.contract.hostingModel] : '—'),
  },
];

export function statusText(r: RegisterRow): string {
  const flags = [CONTRACT_STATUS_LABELS[r.contract.status]];
  if (r.keyDates.expired) flags[0] = 'Expired';
  else if (r.keyDates.expiring && r.contract.status === 'active') flags[0] = 'Expiring';
  if (r.keyDates.overdue) flags.push('decision overdue');
  return flags.join(', ');
}

export const ROW_HEIGHT = 32;
export const TOTAL_WIDTH = COLUMNS.reduce((s, c) => s + c.width, 0);
