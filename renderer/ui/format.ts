import { formatDate } from '../../shared/dates';

export { formatDate };

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const int = new Intl.NumberFormat('en-GB');

/** `£2,359,420`: money is shown to the pound; totals are computed from unrounded values. */
export function money(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : gbp.format(Math.round(value));
}

export function count(value: number): string {
  return int.format(value);
}
