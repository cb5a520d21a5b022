import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@shared/domain';
import type { PlannerDb } from './db';

const KEY = 'app';

/** Reads settings, falling back to defaults for anything missing or no longer valid. */
export async function loadSettings(db: PlannerDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: PlannerDb, settings: Settings): Promise<void> {
  const valid = settingsSchema.parse(settings);
  await db.transaction('rw', db.settings, db.changeLog, async () => {
    await db.settings.put({ key: KEY, value: valid });
    await db.changeLog.add({
      at: new Date().toISOString(),
      entity: 'settings',
      entityId: KEY,
      action: 'update',
      summary: 'Changed settings',
    });
  });
}
