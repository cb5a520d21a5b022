import type { Severity } from '../engine/feasibility-context';
import { assertNever } from '../result';

/** The severity of a feasibility finding, in words, and the order findings are listed in. */

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
