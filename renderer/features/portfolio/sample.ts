import { contractSchema, type Contract } from '../../../shared/domain';
import { applyImport } from '../../db/contracts-repo';
import type { PlannerDb } from '../../db/db';
import { loadSettings, saveSettings } from '../../db/settings-repo';

export const SAMPLE_FILE_NAME = 'Sample portfolio (illustrative)';

/**
 * Loads the bundled illustrative portfolio. It is a separate chunk so the app does not pay for it
 * unless the user asks.
 */
export async function loadSamplePortfolio(db: PlannerDb): Promise<number> {
  const { default: sample } = await import('../../../assets/sample-portfolio.json');
  const contracts: Contract[] = sample.contracts.map((c: unknown) => contractSchema.parse(c));
  const existing = await db.contracts.bulkGet(contracts.map((c) => c.reference));
  await applyImport(db, {
    fileName: SAMPLE_FILE_NAME,
    toPut: contracts,
    replaced: existing.filter((c): c is Contract => c !== undefined),
    addedRefs: contracts.filter((_, i) => !existing[i]).map((c) => c.reference),
    summary: `Loaded the sample portfolio: ${contracts.length} contracts`,
  });
  const settings = await loadSettings(db);
  if (!settings.organisation.trustName) {
    await saveSettings(db, { ...settings, organisation: { ...settings.organisation, trustName: sample.organisation.trustName } });
  }
  return contracts.length;
}
