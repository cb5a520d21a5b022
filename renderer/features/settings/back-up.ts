import type { Commands } from '../../data';
import type { Host } from '../../host';
import { exportFileName } from '../export/file-names';

/**
 * Writes every table to one file the user names (File > Back up everything…, or Settings). Returns
 * the saved file's name, or null when the user cancelled the save dialog.
 */
export async function backUpEverything(commands: Commands, host: Host, onProgress?: (fraction: number) => void): Promise<string | null> {
  // Where first, then the parts as the worker makes them: the text is never one string here.
  const target = await host.openBackup(exportFileName('trust-procurement-planner', 'backup', 'json'));
  return target && commands.backup.writeTo(target, onProgress);
}
