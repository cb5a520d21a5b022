import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayIso } from '@shared/dates';
import type { Contract, Settings } from '@shared/domain';
import { appraiseAll, type AppraisalResult } from '@shared/engine/appraise';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { useServices } from '../../app-context';
import { readBundle } from '../../db/bundles';
import { loadSettings } from '../../db/settings-repo';

export interface AppraisalData {
  bundle: AppraisalBundle;
  contracts: Contract[];
  settings: Settings;
  result: AppraisalResult;
  today: string;
}

/** Live data for one appraisal and its full recalculation, redone on every saved edit. */
export function useAppraisal(appraisalId: string): AppraisalData | null | undefined {
  const { db } = useServices();
  const bundle = useLiveQuery(() => readBundle(db, appraisalId).then((b) => b ?? null), [db, appraisalId]);
  const contracts = useLiveQuery(
    async () => (bundle ? (await db.contracts.bulkGet(bundle.appraisal.contractRefs)).filter((c): c is Contract => !!c) : []),
    [db, bundle?.appraisal.contractRefs.join('|')],
  );
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  const today = todayIso();
  const result = useMemo(() => {
    if (!bundle || !contracts || !settings) return undefined;
    return appraiseAll({
      appraisal: bundle.appraisal,
      options: bundle.options,
      costLines: bundle.costLines,
      risks: bundle.risks,
      benefits: bundle.benefits,
      criteria: bundle.criteria,
      contracts,
      settings,
      today,
    });
  }, [bundle, contracts, settings, today]);
  if (bundle === null) return null;
  if (!bundle || !contracts || !settings || !result) return undefined;
  return { bundle, contracts, settings, result, today };
}
