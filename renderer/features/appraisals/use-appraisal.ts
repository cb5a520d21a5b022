import { useMemo } from 'react';
import { todayIso } from '@shared/dates';
import type { Contract, Settings } from '@shared/domain';
import { appraiseAll, type AppraisalResult } from '@shared/engine/appraise';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import type { SimulationResult } from '@shared/engine/simulation';
import { useAppraisalRecords, type AppraisalRecords } from '../../data';
import { riskAnalysisOf, type RiskAnalysisState } from './risk-analysis/run-state';
import { useStoredRun } from './risk-analysis/simulation-store';

export interface AppraisalData {
  bundle: AppraisalBundle;
  contracts: Contract[];
  settings: Settings;
  result: AppraisalResult;
  today: string;
  /** The risk analysis input and the last run that still fits the records (its figures are in `result`). */
  riskAnalysis: RiskAnalysisState;
}

/**
 * The engine over an appraisal's records: the one place the workspace and the print route call it.
 * A finished risk analysis of these records adds its P50, P80 and probability cheapest.
 */
export function appraiseRecords(records: AppraisalRecords, today: string, simulation?: SimulationResult): AppraisalResult {
  const { bundle, contracts, linkedContracts, settings } = records;
  return appraiseAll({
    appraisal: bundle.appraisal,
    options: bundle.options,
    costLines: bundle.costLines,
    risks: bundle.risks,
    benefits: bundle.benefits,
    criteria: bundle.criteria,
    contracts,
    linkedContracts,
    settings,
    today,
    simulation,
  });
}

/**
 * Live data for one appraisal and its full recalculation, redone on every saved edit. Every tab,
 * the Report preview included, works from this one result: the engine runs once per change.
 */
export function useAppraisal(appraisalId: string): AppraisalData | null | undefined {
  const records = useAppraisalRecords(appraisalId);
  const today = todayIso();
  const storedRun = useStoredRun(appraisalId);
  return useMemo(() => {
    if (!records) return records;
    const { bundle, contracts, settings } = records;
    const riskAnalysis = riskAnalysisOf({ ...bundle, contracts, settings }, storedRun);
    return { bundle, contracts, settings, result: appraiseRecords(records, today, riskAnalysis.run?.result), today, riskAnalysis };
  }, [records, today, storedRun]);
}
