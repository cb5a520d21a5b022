import { useMemo } from 'react';
import { todayIso } from '@shared/dates';
import type { Contract, Settings } from '@shared/domain';
import { appraiseAll, type AppraisalResult } from '@shared/engine/appraise';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { useAppraisalRecords, type AppraisalRecords } from '../../data';

export interface AppraisalData {
  bundle: AppraisalBundle;
  contracts: Contract[];
  settings: Settings;
  result: AppraisalResult;
  today: string;
}

/** The engine over an appraisal's records: the one place the workspace and the print route call it. */
export function appraiseRecords(records: AppraisalRecords, today: string): AppraisalResult {
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
  });
}

/**
 * Live data for one appraisal and its full recalculation, redone on every saved edit. Every tab,
 * the Report preview included, works from this one result: the engine runs once per change.
 */
export function useAppraisal(appraisalId: string): AppraisalData | null | undefined {
  const records = useAppraisalRecords(appraisalId);
  const today = todayIso();
  return useMemo(() => {
    if (!records) return records;
    const { bundle, contracts, settings } = records;
    return { bundle, contracts, settings, result: appraiseRecords(records, today), today };
  }, [records, today]);
}
