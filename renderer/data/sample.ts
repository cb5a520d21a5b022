import type { Contract } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { bundleTables, deleteBundle, putBundle, readBundle } from './bundles';
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

/** Everything removing the sample took away, exactly as it was stored, for Undo (putBackSample). */
export interface SampleRemoval {
  contracts: Contract[];
  bundles: AppraisalBundle[];
  /** The trust name cleared with the sample (it was the sample's); undefined when it was kept. */
  trustName?: string;
  /** What remembered the sample's trust name (SAMPLE_TRUST_NAME_KEY), if anything did. */
  rememberedName?: unknown;
}

/**
 * Removes every sample contract and the sample's appraisals in one transaction, and clears the
 * trust name if it is still the sample's. Returns what it removed, so Undo can put it back.
 */
export async function removeSample(db: PlannerDb): Promise<SampleSummary & { removal: SampleRemoval }> {
  return db.transaction('rw', [db.contracts, db.changeLog, db.settings, db.meta, ...bundleTables(db)], async () => {
    const refs = await sampleRefs(db);
    const appraisals = await sampleAppraisals(db, refs);
    const contracts = (await db.contracts.bulkGet([...refs])).filter((c): c is Contract => c !== undefined);
    const bundles = (await Promise.all(appraisals.map(({ id }) => readBundle(db, id)))).filter(
      (b): b is AppraisalBundle => b !== undefined,
    );
    await db.contracts.bulkDelete([...refs]);
    for (const { id } of appraisals) await deleteBundle(db, id);
    const settings = await loadSettings(db);
    let trustName: string | undefined;
    if (await isSampleTrustName(db, settings.organisation.trustName)) {
      trustName = settings.organisation.trustName;
      await saveSettings(db, { ...settings, organisation: { ...settings.organisation, trustName: '' } });
    }
    const rememberedName = (await db.meta.get(SAMPLE_TRUST_NAME_KEY))?.value;
    await db.meta.delete(SAMPLE_TRUST_NAME_KEY);
    await db.changeLog.add({
      at: new Date().toISOString(),
      entity: 'portfolio',
      entityId: 'sample',
      action: 'delete',
      summary: `Removed the sample portfolio (${refs.size} contracts, ${appraisals.length} appraisals)`,
    });
    return { contracts: refs.size, appraisals, removal: { contracts, bundles, trustName, rememberedName } };
  });
}

/**
 * Undo of removeSample: puts back every contract and appraisal it removed, as they were stored, in
 * one transaction. The sample's trust name comes back only where the name is still blank: one the
 * user typed since is theirs and stays.
 */
export async function putBackSample(db: PlannerDb, removal: SampleRemoval): Promise<void> {
  await db.transaction('rw', [db.contracts, db.changeLog, db.settings, db.meta, ...bundleTables(db)], async () => {
    await db.contracts.bulkPut(removal.contracts);
    for (const bundle of removal.bundles) await putBundle(db, bundle);
    if (removal.rememberedName !== undefined) await db.meta.put({ key: SAMPLE_TRUST_NAME_KEY, value: removal.rememberedName });
    const settings = await loadSettings(db);
    if (removal.trustName !== undefined && settings.organisation.trustName === '') {
      await saveSettings(db, { ...settings, organisation: { ...settings.organisation, trustName: removal.trustName } });
    }
    await db.changeLog.add({
      at: new Date().toISOString(),
      entity: 'portfolio',
      entityId: 'sample',
      action: 'restore',
      summary: `Put back the sample portfolio (${removal.contracts.length} contracts, ${removal.bundles.length} appraisals)`,
    });
  });
}
