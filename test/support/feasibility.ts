/**
 * The set-up the feasibility tests share (shared/engine/feasibility*.test.ts): the option under test
 * and one run of the checks on the EPR contract, on 30 Nov 2026, for a £1m whole-life cost.
 */
import { expect } from 'vitest';
import { DEFAULT_SETTINGS, optionSchema, type Contract, type Option } from '@shared/domain';
import {
  checkFeasibility,
  type FeasibilityCheckId,
  type FeasibilityInput,
  type FeasibilityResult,
  type LegalInputs,
} from '@shared/engine/feasibility';

export type OptionOverrides = Partial<Omit<Option, 'terms' | 'hosting'>> & {
  terms?: Partial<Option['terms']>;
  hosting?: Partial<Option['hosting']>;
};

/** A PA 2023 direct award to re-procure, running seven years from 1 Jul 2027. */
export const feasibilityOption = (over: OptionOverrides = {}): Option =>
  optionSchema.parse({
    id: 'o1',
    appraisalId: 'a1',
    kind: 're-procure',
    name: 'Option',
    route: 'direct-award',
    regime: 'PA2023',
    ...over,
    terms: { startDate: '2027-07-01', durationMonths: 84, ...over.terms },
    hosting: { ...over.hosting },
  });

/**
 * Every check's result for `over` on `contract`, and the one asked for; a check that does not fire
 * must have no severity.
 */
export function runFeasibility(
  check: FeasibilityCheckId,
  contract: Contract,
  over: Partial<FeasibilityInput & LegalInputs> & { option: Option },
): { result: FeasibilityResult; all: FeasibilityResult[] } {
  const all = checkFeasibility({
    contracts: [contract],
    settings: DEFAULT_SETTINGS,
    today: '2026-11-30',
    wholeLifeCost: 1_000_000,
    ...over,
  });
  const result = all.find((x) => x.check === check)!;
  expect(result.severity === 'none').toBe(!result.fires);
  return { result, all };
}
