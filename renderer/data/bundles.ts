import type { Contract, Settings } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import type { PlannerDb } from './db';
import { loadSettings } from './settings';

/** The tables an appraisal bundle spans; every bundle write includes all of them in its transaction. */
export const bundleTables = (db: PlannerDb) => [db.appraisals, db.criteria, db.options, db.costLines, db.risks, db.benefits];

export async function readBundle(db: PlannerDb, appraisalId: string): Promise<AppraisalBundle | undefined> {
  const appraisal = await db.appraisals.get(appraisalId);
  if (!appraisal) return undefined;
  const [criteria, options, costLines, risks, benefits] = await Promise.all([
    db.criteria.where('appraisalId').equals(appraisalId).sortBy('order'),
    db.options.where('appraisalId').equals(appraisalId).sortBy('order'),
    // Lists keep the order the user gave them.
    db.costLines.where('appraisalId').equals(appraisalId).sortBy('order'),
    db.risks.where('appraisalId').equals(appraisalId).sortBy('order'),
    db.benefits.where('appraisalId').equals(appraisalId).sortBy('order'),
  ]);
  return { appraisal, criteria, options, costLines, risks, benefits };
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
    db.benefits.where('appraisalId').equals(appraisalId).delete(),
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
    db.benefits.bulkPut(bundle.benefits),
  ]);
}

/** An appraisal with what it is worked out against: its contracts as they are now, and the settings. */
export interface AppraisalRecords {
  bundle: AppraisalBundle;
  contracts: Contract[];
  /** Contracts the appraised ones link to but that are not appraised with them (a separate hosting contract). */
  linkedContracts: Contract[];
  settings: Settings;
}

/**
 * The one loader of an appraisal, for the workspace and the report alike; undefined when it no
 * longer exists. Contracts it names that have since been deleted are left out.
 */
export async function loadAppraisalData(db: PlannerDb, appraisalId: string): Promise<AppraisalRecords | undefined> {
  const [bundle, settings] = await Promise.all([readBundle(db, appraisalId), loadSettings(db)]);
  if (!bundle) return undefined;
  const contracts = (await db.contracts.bulkGet(bundle.appraisal.contractRefs)).filter((c): c is Contract => c !== undefined);
  const appraised = new Set(bundle.appraisal.contractRefs);
  const linkedRefs = [...new Set(contracts.flatMap((c) => c.linkedContracts))].filter((r) => !appraised.has(r));
  const linkedContracts = (await db.contracts.bulkGet(linkedRefs)).filter((c): c is Contract => c !== undefined);
  return { bundle, contracts, linkedContracts, settings };
}
