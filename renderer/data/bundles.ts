import type { Contract, Settings } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import type { PlannerDb } from './db';
import { loadSettings } from './settings';

/** The tables an appraisal bundle spans; every bundle write includes all of them in its transaction. */
export const bundleTables = (db: PlannerDb) => [db.appraisals, db.criteria, db.options, db.costLines, db.risks];

export async function readBundle(db: PlannerDb, appraisalId: string): Promise<AppraisalBundle | undefined> {
  const appraisal = await db.appraisals.get(appraisalId);
  if (!appraisal) return undefined;
  const [criteria, options, costLines, risks] = await Promise.all([
    db.criteria.where('appraisalId').equals(appraisalId).sortBy('order'),
    db.options.where('appraisalId').equals(appraisalId).sortBy('order'),
    db.costLines.where('appraisalId').equals(appraisalId).toArray(),
    db.risks.where('appraisalId').equals(appraisalId).toArray(),
  ]);
  return { appraisal, criteria, options, costLines, risks };
}

export async function readAllBundles(db: PlannerDb): Promise<AppraisalBundle[]> {
  const appraisals = await db.appraisals.orderBy('updatedAt').toArray();
  const bundles = await Promise.all(appraisals.map((a) => readBundle(db, a.id)));
  return bundles.filter((b): b is AppraisalBundle => b !== undefined);
}

/** Deletes an appraisal and everything under it. Call inside a transaction over bundleTables. */
export async function deleteBundle(db: PlannerDb, appraisalId: string): Promise<void> {
  await Promise.all([
    db.appraisals.delete(appraisalId),
    db.criteria.where('appraisalId').equals(appraisalId).delete(),
    db.options.where('appraisalId').equals(appraisalId).delete(),
    db.costLines.where('appraisalId').equals(appraisalId).delete(),
    db.risks.where('appraisalId').equals(appraisalId).delete(),
  ]);
}

/** Replaces an appraisal wholesale. Call inside a transaction over bundleTables. */
export async function putBundle(db: PlannerDb, bundle: AppraisalBundle): Promise<void> {
  await deleteBundle(db, bundle.appraisal.id);
  await db.appraisals.put(bundle.appraisal);
  await Promise.all([
    db.criteria.bulkPut(bundle.criteria),
    db.options.bulkPut(bundle.options),
    db.costLines.bulkPut(bundle.costLines),
    db.risks.bulkPut(bundle.risks),
  ]);
}

/** An appraisal with what it is worked out against: its contracts as they are now, and the settings. */
export interface AppraisalRecords {
  bundle: AppraisalBundle;
  contracts: Contract[];
  settings: Settings;
}

/**
 * The one loader of an appraisal, for the workspace and the report alike; undefined when it no
 * longer exists. Contracts it names that have since been deleted are left out.
 */
export async function loadAppraisalData(db: PlannerDb, appraisalId: string): Promise<AppraisalRecords | undefined> {
  const [bundle, settings] = await Promise.all([readBundle(db, appraisalId), loadSettings(db)]);
  if (!bundle) return undefined;
  const found = await db.contracts.bulkGet(bundle.appraisal.contractRefs);
  return { bundle, contracts: found.filter((c): c is Contract => c !== undefined), settings };
}
