import { formatDate, type IsoDate } from '../dates';

/**
 * Money and duration wording for explanations and reports. Reports show £ to the nearest pound
 * (DOMAIN.md section 4); formatters are built once because Intl construction is the expensive part.
 */
const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const TWO_DP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const ONE_DP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Rounds to the pound, never showing "-£0" for a tiny negative residue. */
function wholePounds(amount: number): number {
  const r = Math.round(amount);
  return r === 0 ? 0 : r;
}

/** `£2,359,420` */
export function formatMoney(amount: number): string {
  if (!Number.isFinite(amount)) return '—';
  return POUNDS.format(wholePounds(amount));
}

/** Compact form for charts and tight tables: `£2.36m`, `£450k`, `£950`. */
export function formatMoneyCompact(amount: number): string {
  if (!Number.isFinite(amount)) return '—';
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  // Thresholds sit just below each unit so rounding never prints `£1,000k` or `£1,000.00m`.
  if (abs >= 999_995_000) return `${sign}£${TWO_DP.format(abs / 1_000_000_000)}bn`;
  if (abs >= 999_950) return `${sign}£${TWO_DP.format(abs / 1_000_000)}m`;
  if (abs >= 999.5) return `${sign}£${ONE_DP.format(abs / 1_000)}k`;
  return formatMoney(amount);
}

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** `3,651` */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** `1 appraisal`, `3,651 contracts`, `2 criteria` (give the plural when it is not the word + s). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

/** `7 months`, `1 month` */
export function formatMonths(months: number): string {
  const m = Math.round(months * 10) / 10;
  return `${ONE_DP.format(m)} ${m === 1 ? 'month' : 'months'}`;
}

/** `12%`, `3.5%` from a percentage number (not a fraction). */
export function formatPct(pct: number): string {
  return `${ONE_DP.format(Math.round(pct * 10) / 10)}%`;
}

/**
 * `30 Jun 2027` via shared/dates formatDate, memoised: explanations repeat the same few dates for
 * every option and date-fns formatting costs tens of microseconds a call.
 */
const dateMemo = new Map<string, string>();
export function formatDay(iso: IsoDate | null | undefined): string {
  if (!iso) return formatDate(iso);
  let text = dateMemo.get(iso);
  if (text === undefined) {
    if (dateMemo.size >= 10_000) dateMemo.clear();
    text = formatDate(iso);
    dateMemo.set(iso, text);
  }
  return text;
}

/**
 * A past date in words, relative to today: "today", "yesterday", "427 days ago" — never "-427 days".
 * `verb` leads: "ended 427 days ago", "passed 3 days ago".
 */
export function pastInWords(days: number, verb: string): string {
  if (days <= 0) return `${verb} today`;
  if (days === 1) return `${verb} yesterday`;
  return `${verb} ${formatCount(days)} days ago`;
}
