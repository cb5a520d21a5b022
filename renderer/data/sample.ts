import type { Contract } from '@shared/domain';
import { bundleTables, deleteBundle } from './bundles';
import type { PlannerDb } from './db';
import { loadSettings, saveSettings } from './settings';

/**
 * The illustrative sample portfolio is for exploring: a user who then brings in their own register
 * must be able to get rid of it whole, so no fictional contract or trust name is left on screen or
 * in a board paper. Sample contracts carry `sample: true`; the sample's appraisals are those about
 * sample contracts only (the user's appraisals of their own contracts are never touched).
 */

/** Remembered when the sample is loaded, so removing it can clear the trust name it set. */
export const SAMPLE_TRUST_NAME_KEY = 'sample:trustName';

export interface SampleSummary {
  contracts: number;
  /** Appraisals about sample contracts only, with their titles (removed with the sample). */
  appraisals: Array<{ id: string; title: string }>;
}

async function sampleRefs(db: PlannerDb): Promise<Set<string>> {
  const refs = new Set<string>();
  await db.contracts.each((c: Contract) => {
    if (c.sample) refs.add(c.reference);
  });
  return refs;
}

async function sampleAppraisals(db: PlannerDb, refs: Set<string>): Promise<SampleSummary['appraisals']> {
  if (refs.size === 0) return [];
  const all = await db.appraisals.toArray();
  return all
    .filter((a) => a.contractRefs.length > 0 && a.contractRefs.every((r) => refs.has(r)))
    .map((a) => ({ id: a.id, title: a.title }));
}

/** What the sample holds now; `contracts` is 0 when it is not loaded. */
export async function sampleSummary(db: PlannerDb): Promise<SampleSummary> {
  const refs = await sampleRefs(db);
  return { contracts: refs.size, appraisals: await sampleAppraisals(db, refs) };
}

/** True when the stored trust name is still the sample's. */
async function isSampleTrustName(db: PlannerDb, name: string): Promise<boolean> {
  if (!name) return false;
  const remembered = (await db.meta.get(SAMPLE_TRUST_NAME_KEY))?.value;
  return name === remembered || /\(sample\)\s*$/i.test(name);
}

/**
 * Removes every sample contract and the sample's appraisals in one transaction, and clears the
 * trust name if it is still the sample's. Final (the Settings screen asks first and says so).
 */
export async function removeSample(db: PlannerDb): Promise<SampleSummary> {
  return db.transaction('rw', [db.contracts, db.changeLog, db.settings, db.meta, ...bundleTables(db)], async () => {
    const refs = await sampleRefs(db);
    const appraisals = await sampleAppraisals(db, refs);
    await db.contracts.bulkDelete([...refs]);
    for (const { id } of appraisals) await deleteBundle(db, id);
    const settings = await loadSettings(db);
    if (await isSampleTrustName(db, settings.organisation.trustName)) {
      await saveSettings(db, { ...settings, organisation: { ...settings.organisation, trustName: '' } });
    }
    await db.meta.delete(SAMPLE_TRUST_NAME_KEY);
    await db.changeLog.add({
      at: new Date().toISOString(),
      entity: 'portfolio',
      entityId: 'sample',
      action: 'delete',
      summary: `Removed the sample portfolio (${refs.size} contracts, ${appraisals.length} appraisals)`,
    });
    return { contracts: refs.size, appraisals };
  });
}
