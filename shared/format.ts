import { format } from 'date-fns';
import { parseIsoDate, type IsoDate } from './dates';

/**
 * The one place numbers, money, dates and times become words, for every screen, the report and the
 * exports' captions: en-GB, pounds sterling, `1 Apr 2026`, local time in Europe/London. Nothing
 * else formats a number for a person to read. Intl formatters are built once: construction is the
 * expensive part.
 */

/**
 * A formatter built on its first use, then kept. Built all at once as the module loaded, the
 * formatters here were the costliest work before the first paint (issue 16: with the collator, ~90 ms of a busy start-up's
 * trace), though the first rows need two.
 */
function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

const POUNDS_PENCE = onFirstUse(
  () => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
);
const POUNDS = onFirstUse(() => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }));
const WHOLE = onFirstUse(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }));
const UP_TO_1DP = onFirstUse(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }));
const UP_TO_2DP = onFirstUse(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }));
const TWO_DP = onFirstUse(() => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const FOUR_DP = onFirstUse(() => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 4, maximumFractionDigits: 4 }));

/** What a missing figure reads as. */
export const NONE = '—';

/**
 * Rounds to the pound, a half pound away from zero as the en-GB formatter does (Math.round would take
 * -£2.50 to -£2 but £2.50 to £3), never showing "-£0" for a tiny negative residue.
 */
function wholePounds(amount: number): number {
  const r = Math.round(Math.abs(amount));
  return r === 0 ? 0 : amount < 0 ? -r : r;
}

/**
 * A whole number's digits grouped in threes, `-1,234,567`, exactly as the en-GB formatter writes it
 * (its minus is the hyphen); undefined past the exact whole numbers, and for minus zero, which only
 * the formatter writes. The register's amounts and counts are all whole: without this, the first
 * one shown built the first Intl formatter, which loads the en-GB data, tens of milliseconds of the
 * start-up in one task that nothing could split (issue 16).
 */
function grouped(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return undefined;
  const digits = String(Math.abs(n));
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${text}` : text;
}

/** `£2,359,420`; `—` when there is no figure. Totals are computed from unrounded values. */
export function formatMoney(amount: number | null | undefined): string {
  if (amount == null || !Number.isFinite(amount)) return NONE;
  const pounds = wholePounds(amount);
  const text = grouped(Math.abs(pounds));
  if (text !== undefined) return `${pounds < 0 ? '-' : ''}£${text}`;
  return POUNDS().format(pounds);
}

/** Pounds to the penny, `£1,234.57`, for a sum per pound ("£2.00 saved per £1"); `—` when there is no figure, never "-£0.00". */
export function formatPence(amount: number | null | undefined): string {
  if (amount == null || !Number.isFinite(amount)) return NONE;
  return POUNDS_PENCE().format(Math.abs(amount) < 0.005 ? 0 : amount);
}

/**
 * A sum exactly as recorded: whole pounds as `£12,345`, and to the penny, `£12,345.60`, when it has
 * pence, so a change history or a limit never rounds two different sums to the same words.
 */
export function formatMoneyExact(amount: number): string {
  return Number.isInteger(Math.round(amount * 100) / 100) ? formatMoney(amount) : formatPence(amount);
}

/**
 * Compact money for charts and tight tables: `£2.36m`, `£2.4m`, `£450k`, `£950`, `£1.2bn`; the
 * exact figure goes beside it (a tooltip or the table). Thresholds sit just below each unit so
 * rounding never prints `£1,000k`.
 */
export function formatMoneyCompact(amount: number | null | undefined): string {
  if (amount == null || !Number.isFinite(amount)) return NONE;
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (abs >= 999_995_000) return `${sign}£${UP_TO_2DP().format(abs / 1e9)}bn`;
  if (abs >= 999_995) return `${sign}£${UP_TO_2DP().format(abs / 1e6)}m`;
  if (abs >= 999.5) return `${sign}£${UP_TO_1DP().format(abs / 1e3)}k`;
  return formatMoney(amount);
}

/** `3,651` */
export function formatCount(n: number): string {
  return grouped(n) ?? WHOLE().format(n);
}

/** `1 appraisal`, `3,651 contracts`, `2 criteria` (give the plural when it is not the word + s). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

/** `12%`, `3.5%` from a percentage (12, not 0.12); up to `decimals` places, trailing zeros dropped. */
export function formatPct(pct: number, decimals: 1 | 2 = 1): string {
  return `${(decimals === 1 ? UP_TO_1DP : UP_TO_2DP)().format(pct)}%`;
}

/** A plain number to at most `decimals` places, trailing zeros dropped: `1.25`, `2`, `12,500`. */
export function formatDecimal(n: number, decimals: 1 | 2 = 2): string {
  return (decimals === 1 ? UP_TO_1DP : UP_TO_2DP)().format(n);
}

/** `3.5%` from a fraction (0.035), as discount and deflator rates are stored. */
export function formatRate(fraction: number): string {
  return formatPct(fraction * 100, 2);
}

/** A weighted score out of 10: `7.25`. */
export function formatScore(score: number): string {
  return TWO_DP().format(score);
}

/** A discount factor as the Green Book tables print it: `0.9662`. */
export function formatFactor(factor: number): string {
  return FOUR_DP().format(factor);
}

/** `7 months`, `1 month`, `2.5 months` */
export function formatMonths(months: number): string {
  const m = Math.round(months * 10) / 10;
  return `${UP_TO_1DP().format(m)} ${m === 1 ? 'month' : 'months'}`;
}

/** How long something took: `2.3 seconds`, `1 second`, `under 0.1 seconds`. */
export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds * 10) / 10;
  if (s === 0 && seconds > 0) return 'under 0.1 seconds';
  return `${UP_TO_1DP().format(s)} ${s === 1 ? 'second' : 'seconds'}`;
}

/** A contract term: `7 years`, `24 months`, `3 years 6 months`. */
export function formatTerm(months: number): string {
  if (months % 12 === 0 && months >= 24) return `${months / 12} years`;
  if (months < 24) return `${months} ${months === 1 ? 'month' : 'months'}`;
  const y = Math.floor(months / 12);
  const m = months % 12;
  return `${y} years ${m} ${m === 1 ? 'month' : 'months'}`;
}

/**
 * `30 Jun 2027`, memoised: explanations repeat the same few dates for every option and formatting
 * a date costs tens of microseconds. An unreadable value is shown as given rather than hidden.
 */
const dateMemo = new Map<string, string>();
export function formatDate(iso: IsoDate | null | undefined): string {
  if (!iso) return NONE;
  let text = dateMemo.get(iso);
  if (text === undefined) {
    if (dateMemo.size >= 10_000) dateMemo.clear();
    const d = parseIsoDate(iso);
    text = d ? format(d, 'd MMM yyyy') : iso;
    dateMemo.set(iso, text);
  }
  return text;
}

const LONDON_TIME = onFirstUse(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
);

/**
 * A moment the app recorded (an ISO timestamp in UTC) as a trust manager reads it, in UK local
 * time whatever the computer's zone: `1 Jul 2026, 10:30` in British Summer Time for 09:30Z.
 */
export function formatTimestamp(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return NONE;
  const at = new Date(isoDateTime);
  if (Number.isNaN(at.getTime())) return isoDateTime;
  const parts = Object.fromEntries(
    LONDON_TIME()
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

/** The calendar day of a recorded moment in UK local time, as an ISO date (for "last changed" dates). */
export function londonDay(isoDateTime: string): IsoDate {
  const at = new Date(isoDateTime);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Joins names as prose: "A", "A and B", "A, B and C". */
export function listProse(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
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

/** A date relative to today, in words: "in 31 days", "tomorrow", "today", or the past with `verb` ("ended 427 days ago"). */
export function formatDaysAway(days: number, pastVerb: string): string {
  if (days > 1) return `in ${formatCount(days)} days`;
  if (days === 1) return 'tomorrow';
  if (days === 0) return 'today';
  return pastInWords(-days, pastVerb);
}
