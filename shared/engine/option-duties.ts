import type { IsoDate } from '../dates';
import type { Contract, Option, Regime, Settings } from '../domain';
import { isPsrRoute } from '../domain';
import { procurementStartBy } from '../domain/option-terms';
import type { Duty } from '../law/duties';
import { planOption } from '../law/option-obligations';
import { regimeForNewAward } from '../law/regime';
import { defaultPipelineYear } from '../law/pipeline';
import { buildContext, primaryContract, type FeasibilityContext } from './feasibility-context';
import { modificationFor } from './feasibility-legal';
import { lawContextOf } from './law-context';

/**
 * The Procurement Act duties an appraisal option would bring (shared/law/option-obligations.ts), dated
 * from the same signature date the feasibility checks use (buildContext): for the .ics export of an
 * appraisal and the board paper's commercial case. A change to the current contract is planned as a
 * modification under the contract's own regime, with the change-notice finding of the modification
 * check; anything else as a new award under today's regime (PSR for a PSR route). The tender or
 * transparency notice is planned at the latest start of the procurement (procurementStartBy: signature
 * less the route's lead time rounded up to whole months, not before today). The value
 * is the option's recorded estimate, else `valueExVat` (the engine's contract value, where the caller
 * has it), else the contract's annual value over the option's term.
 */
export function optionDuties(
  option: Option,
  contracts: readonly Contract[],
  settings: Settings,
  today: IsoDate,
  pipelineApplies?: 'yes' | 'no' | 'not-known',
): Duty[] {
  return planOptionDuties(option, contracts, settings, today, { pipelineApplies }).duties;
}

/** An option's duties (optionDuties) with the regime they were planned under, and whether it changes the current contract. */
export interface OptionDutyPlan {
  regime: Regime;
  change: boolean;
  duties: Duty[];
}

/**
 * optionDuties, saying under which regime it planned them: the board paper's commercial case reads
 * this, so the paper and the appraisal's key dates list the same duties for the same option. The
 * paper passes its own `context` (with the approval lead and the engine's contract value), so the
 * duties are dated from the very signature its timeline shows and judged by the same modification
 * check. The trust's answer to the pipeline test (Renewals › Pipeline) applies unless one is given.
 */
export function planOptionDuties(
  option: Option,
  contracts: readonly Contract[],
  settings: Settings,
  today: IsoDate,
  extra: { pipelineApplies?: 'yes' | 'no' | 'not-known'; valueExVat?: number; context?: FeasibilityContext } = {},
): OptionDutyPlan {
  const law = lawContextOf(settings);
  const contract = primaryContract(contracts);
  const ctx =
    extra.context ??
    buildContext({
      option,
      contracts,
      settings: { leadTimesMonths: law.leadTimes, thresholds: settings.thresholds },
      today,
      wholeLifeCost: 0,
    });
  const pipelineApplies = extra.pipelineApplies ?? settings.law.pipelineSpend[String(defaultPipelineYear(today))];
  const modification = modificationFor({ ...ctx, vatRate: law.vatRate, thresholdBands: law.thresholdBands });
  const isChange = modification !== null && modification.verdict !== 'new-award';
  const regime = isChange
    ? modification.regime
    : option.regime === 'PCR2015'
      ? 'PCR2015'
      : regimeForNewAward(today, isPsrRoute(option.route)).regime;
  const termMonths = option.terms.durationMonths + option.terms.extensionOptions.reduce((s, e) => s + e.months, 0);
  const annual = contract?.annualValue;
  const value = option.legal?.estimatedValueExVat ?? extra.valueExVat ?? (annual !== undefined ? (annual * termMonths) / 12 : null);
  const tasks = planOption({
    contractRef: contract?.reference ?? '',
    optionId: option.id,
    route: isChange ? 'modification' : option.route,
    regime,
    today,
    noticeDate: procurementStartBy(ctx.signature, ctx.routeLead, today),
    signature: ctx.signature,
    termMonths: isChange ? option.extensionMonths || option.terms.durationMonths : termMonths,
    estimatedValueExVat: value,
    vatRate: law.vatRate,
    lightTouch: contract?.lightTouch,
    kpiCount: option.legal?.kpis?.length ?? 0,
    changeNotice: isChange ? modification.notice : undefined,
    pipelineApplies,
  });
  const duties = tasks.map((t) => ({
    ...t,
    title: `${contract?.title ?? 'Contract'} — option: ${option.name}`,
    owner: contract?.owner ?? '',
  }));
  return { regime, change: isChange, duties };
}
