import { useMemo } from 'react';
import { todayIso } from '@shared/dates';
import type { Contract, Settings } from '@shared/domain';
import { appraiseAll, type AppraisalResult } from '@shared/engine/appraise';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { useAppraisalRecords } from '../../data';

export interface AppraisalData {
  bundle: AppraisalBundle;
  contracts: Contract[];
  settings: Settings;
  result: AppraisalResult;
  today: string;
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
    const result = appraiseAll({
      appraisal: bundle.appraisal,
      options: bundle.options,
      costLines: bundle.costLines,
      risks: bundle.risks,
      criteria: bundle.criteria,
      contracts,
      settings,
      today,
    });
    return { bundle, contracts, settings, result, today };
  }, [records, today]);
}
