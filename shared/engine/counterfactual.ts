import type { Appraisal, Contract, Option } from '../domain';
import { dayNumberToIso, isoToDayNumber } from '../dates';
import { primaryContract } from './feasibility-context';
import { formatDate } from '../format';

/**
 * The short list and its counterfactual (docs/domain.md §3; Green Book: options are appraised
 * against business as usual, and a short list holds at least BAU, a do-minimum, the preferred way
 * forward and one other viable option).
 */

export interface CounterfactualChoice {
  /** The option every other is measured against, or null when there is none. */
  optionId: string | null;
  isBusinessAsUsual: boolean;
  /** Why a non-BAU option stands in (required), else ''. */
  reason: string;
  /** What is wrong with the choice, in words; empty when it is sound. */
  problems: string[];
}

/** By default the business-as-usual option; another option only with a written reason. */
export function resolveCounterfactual(
  appraisal: Pick<Appraisal, 'counterfactual'> | undefined,
  options: readonly Option[],
): CounterfactualChoice {
  const chosen = appraisal?.counterfactual;
  const reason = chosen?.reason.trim() ?? '';
  const bau = options.filter((o) => o.kind === 'business-as-usual');
  const problems: string[] = [];
  if (bau.length > 1) problems.push(`There are ${bau.length} business-as-usual options; keep one as the benchmark.`);
  if (chosen?.optionId) {
    const option = options.find((o) => o.id === chosen.optionId);
    if (!option) {
      problems.push('The chosen counterfactual is no longer in this appraisal; choose another.');
    } else {
      const isBau = option.kind === 'business-as-usual';
      if (!isBau && !reason) {
        problems.push(`'${option.name}' stands in for business as usual as the counterfactual, but no reason is written.`);
      }
      return { optionId: option.id, isBusinessAsUsual: isBau, reason: isBau ? '' : reason, problems };
    }
  }
  if (bau.length === 0) {
    problems.push('No counterfactual: add a business-as-usual option, or choose another option with a written reason.');
    return { optionId: null, isBusinessAsUsual: false, reason: '', problems };
  }
  return { optionId: bau[0].id, isBusinessAsUsual: true, reason: '', problems };
}

export interface Viability {
  viable: boolean;
  /** Why not, in words ("the contract cannot run beyond 30 Jun 2027"). */
  reason: string;
}

/**
 * Business as usual is viable only when the current contract can run the whole period; any option is
 * not viable when the user records a reason.
 */
export function viabilityOf(option: Option, contracts: readonly Contract[], periodEndDay: number): Viability {
  if (option.notViableReason.trim()) return { viable: false, reason: option.notViableReason.trim() };
  if (option.kind !== 'business-as-usual') return { viable: true, reason: '' };
  const contract = primaryContract(contracts);
  if (!contract) return { viable: true, reason: '' };
  const last = contract.maximumEndDate ?? contract.currentEndDate;
  if (isoToDayNumber(last) >= periodEndDay) return { viable: true, reason: '' };
  return {
    viable: false,
    reason: `the contract cannot run beyond ${formatDate(last)} (the appraisal period runs to ${formatDate(dayNumberToIso(periodEndDay))})`,
  };
}

export interface ShortListCompleteness {
  complete: boolean;
  /** What is missing, each as a phrase ("a do-minimum option"). */
  missing: string[];
  /** "Short list complete." or "Short list incomplete: … ." */
  text: string;
}

export function shortListCompleteness(
  options: readonly Option[],
  counterfactual: CounterfactualChoice,
  viability: ReadonlyMap<string, Viability>,
): ShortListCompleteness {
  const missing: string[] = [];
  const hasBau = options.some((o) => o.kind === 'business-as-usual');
  if (!hasBau && !(counterfactual.optionId && counterfactual.reason)) {
    missing.push('a business-as-usual option (or a counterfactual chosen with a written reason)');
  }
  const doMinimum = options.filter((o) => o.kind === 'do-minimum');
  if (doMinimum.length === 0) missing.push('a do-minimum option');
  const preferred = options.filter((o) => o.preferredWayForward);
  if (preferred.length === 0) missing.push('an option marked as the preferred way forward');
  if (preferred.length > 1) missing.push(`a single preferred way forward (${preferred.length} options are marked)`);
  const other = options.filter(
    (o) => o.kind !== 'business-as-usual' && o.kind !== 'do-minimum' && !o.preferredWayForward && (viability.get(o.id)?.viable ?? true),
  );
  if (other.length === 0) missing.push('at least one other viable option');
  const complete = missing.length === 0;
  return { complete, missing, text: complete ? 'Short list complete.' : `Short list incomplete: it needs ${joinWords(missing)}.` };
}

/** "a, b and c" */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
