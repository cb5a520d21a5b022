import { createBackup, type OnProgress } from '../../db/backup';
import type { PlannerDb } from '../../db/db';
import type { Host } from '../../host';
import { exportFileName } from '../export/file-names';

/**
 * Writes every table to one file the user names (File > Back up everything…, or Settings). Returns
 * the saved file's name, or null when the user cancelled the save dialog.
 */
export async function backUpEverything(db: PlannerDb, host: Host, onProgress?: OnProgress): Promise<string | null> {
  return host.saveFile(
    'backup',
    exportFileName('trust-procurement-planner', 'backup', 'json'),
    await createBackup(db, new Date(), onProgress),
  );
}
