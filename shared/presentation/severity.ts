import type { Severity } from '../engine/feasibility-context';

/** The severity of a feasibility finding, in words, and the order findings are listed in. */

const SEVERITY_LABELS: Record<Severity, string> = { none: 'No issue', advisory: 'Advisory', warning: 'Warning', critical: 'Critical' };

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[severity];
}

export const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, advisory: 2, none: 3 };
