import type { IsoDate } from '../dates';
import type { Contract } from '../domain';
import type { OptionResult } from '../engine/appraise';
import { buildContext, type FeasibilityContext, type FeasibilityInput } from '../engine/feasibility-context';

/**
 * The dates and leads of an appraised option as the engine worked them out: its contract value, the
 * approval route's lead and the go-live shift from optimism bias. The summary and the commercial case
 * both read their dates from here, so the two cannot give different dates for one option.
 */
export function resultContext(
  r: OptionResult,
  contracts: readonly Contract[],
  settings: FeasibilityInput['settings'],
  today: IsoDate,
): FeasibilityContext {
  return buildContext({
    option: r.option,
    contracts,
    settings,
    today,
    wholeLifeCost: r.approval.contractValueExVat,
    approval: { leadMonths: r.approval.leadMonths, tierLabel: r.approval.tierLabel },
    goLiveShiftMonths: r.costs.goLive.shiftMonths,
  });
}
