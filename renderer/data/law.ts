import {
  dutyCompletionSchema,
  pipelineOverridesSchema,
  type DutyCompletion,
  type DutyCompletions,
  type PipelineOverrides,
} from '@shared/domain';
import { dutyKey } from '@shared/law/obligations';
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

/** The meta row holding every duty marked done (Renewals › Notices due), keyed by dutyKey. */
export const DUTY_COMPLETIONS_KEY = 'duty-completions';

/**
 * The duties marked done. Each mark is read on its own: one that no longer parses is left out rather
 * than losing the others (and is kept in the row until that duty is marked again).
 */
export async function readDutyCompletions(db: PlannerDb): Promise<DutyCompletions> {
  const row = await db.meta.get(DUTY_COMPLETIONS_KEY);
  const out: DutyCompletions = {};
  const value: unknown = row?.value;
  if (value === null || typeof value !== 'object') return out;
  for (const [key, mark] of Object.entries(value)) {
    const parsed = dutyCompletionSchema.safeParse(mark);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

async function writeDutyCompletions(db: PlannerDb, key: string, mark: DutyCompletion | null, summary: string): Promise<void> {
  await db.transaction('rw', db.meta, db.changeLog, async () => {
    const row = await db.meta.get(DUTY_COMPLETIONS_KEY);
    const current = row?.value !== null && typeof row?.value === 'object' ? { ...(row.value as Record<string, unknown>) } : {};
    if (mark) current[key] = dutyCompletionSchema.parse(mark);
    else delete current[key];
    await db.meta.put({ key: DUTY_COMPLETIONS_KEY, value: current });
    await db.changeLog.add({ at: new Date().toISOString(), entity: 'contract', entityId: key, action: 'update', summary });
  });
}

/** Marks a Procurement Act duty done on a date, with the published notice's address if given. */
export function markDutyDone(db: PlannerDb, mark: DutyCompletion, summary: string): Promise<void> {
  return writeDutyCompletions(db, dutyKey(mark), mark, summary);
}

/** Takes the mark off a duty, so it is open again (Undo, or a mark made by mistake). */
export function markDutyNotDone(db: PlannerDb, duty: Parameters<typeof dutyKey>[0], summary: string): Promise<void> {
  return writeDutyCompletions(db, dutyKey(duty), null, summary);
}
