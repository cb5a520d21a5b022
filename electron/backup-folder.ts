import path from 'node:path';
import { z } from 'zod';

/**
 * Where automatic backups go (issue 11): the organisation's folder when the IT policy sets one
 * (BackupFolder, docs/it-deployment.md; the user cannot change it), else the folder the user chose in
 * Settings, else `backups` in the app's data folder. The user's choice is kept by main in its own
 * small file beside the window state: the page never names a path to main, so it cannot hold one.
 */
export const BACKUP_FOLDER_FILE = 'backup-folder.json';

const savedSchema = z.object({ folder: z.string().min(1).max(4096).refine(path.isAbsolute) }).strict();

/** The folder the file names, or null for no file, a damaged one, or one naming a relative path. */
export function parseBackupFolder(text: string | null): string | null {
  if (text === null) return null;
  try {
    const parsed = savedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.folder : null;
  } catch {
    return null;
  }
}

export function serializeBackupFolder(folder: string): string {
  return `${JSON.stringify({ folder }, null, 2)}\n`;
}

export interface BackupFolderDeps {
  /** The IT policy's BackupFolder, if it sets one. */
  policyFolder(): string | undefined;
  /** The app's data folder (Electron's userData). */
  dataFolder: string;
  /** The file's text, or null when there is none (read once, at start). */
  readSaved(filePath: string): string | null;
  writeFileAtomic(filePath: string, data: string): Promise<void>;
}

export interface BackupFolderSetting {
  autoBackupFolder(): { folder: string; setByPolicy: boolean };
  /** Remembers the user's folder (after it was checked); used from the next backup on. */
  rememberFolder(folder: string): Promise<void>;
}

export function createBackupFolderSetting(deps: BackupFolderDeps): BackupFolderSetting {
  const file = path.join(deps.dataFolder, BACKUP_FOLDER_FILE);
  let chosen = parseBackupFolder(deps.readSaved(file));
  return {
    autoBackupFolder: () => {
      const byPolicy = deps.policyFolder();
      if (byPolicy) return { folder: byPolicy, setByPolicy: true };
      return { folder: chosen ?? path.join(deps.dataFolder, 'backups'), setByPolicy: false };
    },
    rememberFolder: async (folder) => {
      if (!path.isAbsolute(folder)) throw new Error(`Not an absolute folder: ${folder}`);
      await deps.writeFileAtomic(file, serializeBackupFolder(folder));
      chosen = folder;
    },
  };
}
