import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@shared/domain';
import type { PlannerDb } from './db';

const KEY = 'app';

/** Reads settings, falling back to defaults for anything missing or no longer valid. */
export async function loadSettings(db: PlannerDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return settingsFromStored(row?.value);
}

/** The stored settings value as settings: defaults for anything missing, all defaults if it is no longer valid. */
export function settingsFromStored(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value ?? {});
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

/**
 * Changes settings through an updater applied to the stored settings inside the transaction, so two
 * quick edits from the Settings screen (one field, then the next) both land.
 */
export async function updateSettings(db: PlannerDb, update: (current: Settings) => Settings, summary = 'Changed settings'): Promise<void> {
  await db.transaction('rw', db.settings, db.changeLog, async () => {
    const valid = settingsSchema.parse(update(await loadSettings(db)));
    await db.settings.put({ key: KEY, value: valid });
    await db.changeLog.add({ at: new Date().toISOString(), entity: 'settings', entityId: KEY, action: 'update', summary });
  });
}
