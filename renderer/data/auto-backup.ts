import type { BackupTarget } from '@shared/ipc';
import { writeBackupTo } from './backup-client';
import type { PlannerDb } from './db';

/**
 * When automatic backups are due, and how many to keep. The text is written in the backup worker
 * (backup-client.ts) and each part is streamed on to the desktop host as it arrives, so a large
 * register makes no long task here; main writes the parts to a temporary file in the backup folder
 * and renames it into place when the last has come (electron/ipc/backup-stream.ts). Kept in the meta table, so a restore of an
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

/**
 * Streams a backup to the target `begin` opens if `force` or the last one is a day old; returns
 * whether it did. Anything failing part-way aborts it, so the folder never holds half a backup.
 */
export async function autoBackupIfDue(
  db: PlannerDb,
  begin: (keep: number) => Promise<BackupTarget>,
  { now = new Date(), force = false }: { now?: Date; force?: boolean } = {},
): Promise<boolean> {
  const prefs = await autoBackupPrefs(db);
  const age = prefs.last ? now.getTime() - new Date(prefs.last).getTime() : Infinity;
  if (!force && age < AUTO_BACKUP_EVERY_MS) return false;
  await writeBackupTo(db, await begin(prefs.keep), { now, timing: 'auto-backup' });
  await db.meta.put({ key: LAST_KEY, value: now.toISOString() });
  return true;
}
