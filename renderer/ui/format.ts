import { formatDate } from '@shared/dates';
import { countOf, formatCount } from '@shared/engine/format';

export { countOf, formatDate };

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0, minimumFractionDigits: 0 });

/** `£2,359,420`: money is shown to the pound; totals are computed from unrounded values. */
export function money(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : gbp.format(Math.round(value));
}

/** `3,651` */
export const count = formatCount;
