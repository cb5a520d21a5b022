import { createBackupOffThread } from './backup-client';
import type { PlannerDb } from './db';

/**
 * When automatic backups are due, and how many to keep. The text is written in the backup worker
 * (backup-client.ts), so a large register makes no long task here; the desktop host writes it to
 * the backup folder (electron/ipc/auto-backup.ts). Kept in the meta table, so a restore of an
 * older backup does not lose the user's choice of N for long.
 */
export const AUTO_BACKUP_KEEP_DEFAULT = 14;
const AUTO_BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;
const KEEP_KEY = 'autoBackup:keep';
const LAST_KEY = 'autoBackup:last';

export interface AutoBackupPrefs {
  keep: number;
  /** ISO time of the last automatic backup, if any. */
  last?: string;
}

export async function autoBackupPrefs(db: PlannerDb): Promise<AutoBackupPrefs> {
  const [keep, last] = await Promise.all([db.meta.get(KEEP_KEY), db.meta.get(LAST_KEY)]);
  return {
    keep: typeof keep?.value === 'number' ? keep.value : AUTO_BACKUP_KEEP_DEFAULT,
    last: typeof last?.value === 'string' ? last.value : undefined,
  };
}

export async function setAutoBackupKeep(db: PlannerDb, keep: number): Promise<void> {
  await db.meta.put({ key: KEEP_KEY, value: Math.max(1, Math.min(365, Math.round(keep))) });
}

/** Writes a backup through `write` if `force` or the last one is a day old; returns whether it did. */
export async function autoBackupIfDue(
  db: PlannerDb,
  write: (content: string, keep: number) => Promise<unknown>,
  { now = new Date(), force = false }: { now?: Date; force?: boolean } = {},
): Promise<boolean> {
  const prefs = await autoBackupPrefs(db);
  const age = prefs.last ? now.getTime() - new Date(prefs.last).getTime() : Infinity;
  if (!force && age < AUTO_BACKUP_EVERY_MS) return false;
  // User-timing entries, so the benchmark (and anyone profiling) sees the making and the writing apart.
  const began = performance.now();
  const content = await createBackupOffThread(db, now);
  performance.measure('auto-backup:make', { start: began });
  const made = performance.now();
  await write(content, prefs.keep);
  performance.measure('auto-backup:write', { start: made });
  await db.meta.put({ key: LAST_KEY, value: now.toISOString() });
  return true;
}
