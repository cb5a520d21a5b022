import type { Contract, Settings } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { AppError } from '@shared/result';
import { readBundle } from '../db/bundles';
import type { PlannerDb } from '../db/db';
import { loadSettings } from '../db/settings-repo';

/** What the report needs from the database: the appraisal bundle, its contracts and the settings. */
export interface ReportData extends AppraisalBundle {
  contracts: Contract[];
  settings: Settings;
}

export async function loadReportData(db: PlannerDb, appraisalId: string): Promise<ReportData> {
  const [bundle, settings] = await Promise.all([readBundle(db, appraisalId), loadSettings(db)]);
  if (!bundle) {
    throw new AppError(
      'REPORT_NOT_FOUND',
      'This appraisal no longer exists, so its report cannot be shown. It may have been deleted or undone.',
    );
  }
  const found = await db.contracts.bulkGet(bundle.appraisal.contractRefs);
  const contracts = found.filter((c): c is Contract => c !== undefined);
  return { ...bundle, contracts, settings };
}
