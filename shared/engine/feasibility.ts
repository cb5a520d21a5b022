import { checkCoverageGap, checkShortListIncomplete } from './feasibility-case';
import { buildContext, type FeasibilityInput, type FeasibilityResult } from './feasibility-context';
import { checkAboveThreshold, checkDirectAwardGround, checkSubstantialModification, type LegalInputs } from './feasibility-legal';
import { checkHostingGap, checkServiceGap, checkTooLate } from './feasibility-timing';

export * from './feasibility-context';
export type { LegalInputs } from './feasibility-legal';

function pickLegal(input: LegalInputs): LegalInputs {
  return { contractValueExVat: input.contractValueExVat, vatRate: input.vatRate, thresholdBands: input.thresholdBands };
}

/**
 * The feasibility checks of docs/domain.md §8, in display order. Every check is returned,
 * firing or not, so the report can show the working behind a clean bill of health too.
 */
export function checkFeasibility(input: FeasibilityInput & LegalInputs): FeasibilityResult[] {
  const ctx = { ...buildContext(input), ...pickLegal(input) };
  return [
    checkTooLate(ctx),
    checkServiceGap(ctx),
    checkHostingGap(ctx),
    checkCoverageGap(ctx),
    checkShortListIncomplete(ctx),
    checkDirectAwardGround(ctx),
    checkSubstantialModification(ctx),
    checkAboveThreshold(ctx),
  ];
}
