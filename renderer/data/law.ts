import { pipelineOverridesSchema, type PipelineOverrides } from '@shared/domain';
import type { PlannerDb } from './db';

/**
 * The Procurement Act screens' own records: the pipeline notice's per-entry overrides, one meta row
 * per financial year, and settings changes applied to the stored settings (so the £100m answer saved
 * from Renewals never overwrites an edit made on the Settings screen meanwhile).
 */
export const pipelineOverridesKey = (financialYear: number) => `pipeline-overrides:${financialYear}`;

/** The overrides saved for a year; an unreadable row reads as none, never as an error. */
export async function readPipelineOverrides(db: PlannerDb, financialYear: number): Promise<PipelineOverrides> {
  const row = await db.meta.get(pipelineOverridesKey(financialYear));
  const parsed = pipelineOverridesSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : {};
}

/** Applies `update` to the year's stored overrides in one transaction; entries left empty are removed. */
export async function updatePipelineOverrides(
  db: PlannerDb,
  financialYear: number,
  update: (current: PipelineOverrides) => PipelineOverrides,
): Promise<PipelineOverrides> {
  return db.transaction('rw', db.meta, db.changeLog, async () => {
    const next = pipelineOverridesSchema.parse(update(await readPipelineOverrides(db, financialYear)));
    for (const [ref, o] of Object.entries(next)) if (Object.values(o).every((v) => v === undefined)) delete next[ref];
    await db.meta.put({ key: pipelineOverridesKey(financialYear), value: next });
    await db.changeLog.add({
      at: new Date().toISOString(),
      entity: 'settings',
      entityId: pipelineOverridesKey(financialYear),
      action: 'update',
      summary: `Changed the pipeline notice entries for ${financialYear}`,
    });
    return next;
  });
}
