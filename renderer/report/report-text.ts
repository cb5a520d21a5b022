import type { Severity } from '@shared/engine/feasibility-context';
import { assertNever } from '@shared/result';

/** Small wording helpers for the report, kept apart so the model reads as a list of sections. */

const SCORE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PCT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** `7.25` */
export function formatScore(score: number): string {
  return SCORE.format(score);
}

/** `3.5%` from a fraction (0.035). */
export function formatRate(fraction: number): string {
  return `${PCT.format(fraction * 100)}%`;
}

/** `7 years`, `24 months`, `3 years 6 months`. */
export function formatTerm(months: number): string {
  if (months % 12 === 0 && months >= 24) return `${months / 12} years`;
  if (months < 24) return `${months} ${months === 1 ? 'month' : 'months'}`;
  const y = Math.floor(months / 12);
  const m = months % 12;
  return `${y} years ${m} ${m === 1 ? 'month' : 'months'}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Joins names as prose: "A", "A and B", "A, B and C". */
export function listProse(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'none':
      return 'No issue';
    case 'advisory':
      return 'Advisory';
    case 'warning':
      return 'Warning';
    case 'critical':
      return 'Critical';
    default:
      return assertNever(severity, 'severity');
  }
}

export const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, advisory: 2, none: 3 };
