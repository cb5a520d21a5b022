import type { AppInfo, AutoBackupStatus, BackupTarget, MenuCommand, OpenPurpose, RequestOf, SavePurpose } from '@shared/ipc';

export type { BackupTarget };
import type { DesktopPolicy } from '@shared/policy';
import { readFileBytes } from '@shared/files';

/**
 * A file the user picked: the renderer never sees a path. A browser hands over the file itself, unread
 * (a Blob), so that a worker can read it: reading a 100,000-row register into memory here was two
 * UI-thread tasks of 55 and 75 ms (issue 16). Electron sends its bytes.
 */
export interface PickedFile {
  fileName: string;
  bytes: Uint8Array | Blob;
}

/** A picked file's bytes, read on this thread if the host handed over the file unread. */
export async function pickedBytes(file: PickedFile): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { fileName, bytes } = file;
  return { fileName, bytes: bytes instanceof Uint8Array ? bytes : await readFileBytes(fileName, bytes) };
}

export type ReportExportRequest = RequestOf<'report:exportPdf'>;

/**
 * Where the UI runs. The Electron host wraps the preload's `window.desktop`; the browser host uses
 * a file input, downloads and the report route, so the same UI runs in a plain browser for tests
 * and demos. Files are asked for by purpose, so each dialog says what it does.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /**
   * The organisation's IT policy (docs/it-deployment.md): values it set, with their source, default
   * settings it locked (by settings path), warnings to show, and whether updates are on. The UI shows
   * each such value as "set by your organisation" and does not let the user change it.
   */
  getPolicy(): Promise<DesktopPolicy>;
  /** null when the user cancelled. */
  openFile(purpose: OpenPurpose): Promise<PickedFile | null>;
  /** Saves what the app produced; returns the saved name, or null when cancelled. */
  saveFile(purpose: SavePurpose, suggestedName: string, content: string | Uint8Array): Promise<string | null>;
  /**
   * Starts a backup to a file the user names (the save dialog first, then the parts as they are made);
   * null when the user cancelled. The desktop streams each part to main; the browser downloads a Blob.
   */
  openBackup(suggestedName: string): Promise<BackupTarget | null>;
  /** Produces the decision report PDF; returns the saved name, or null when cancelled. */
  exportReportPdf(request: ReportExportRequest): Promise<string | null>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Runs `flush` when the desktop app is about to close or quit (main waits for it, briefly); returns
   * the unsubscribe. The browser has no such request: the page flushes on pagehide instead.
   */
  onFlushRequest(flush: () => Promise<void>): () => void;
  /** Backups written to a folder without asking (desktop only); null where a page cannot (the browser offers a download instead). */
  readonly autoBackups: AutoBackups | null;
}

export interface AutoBackups {
  status(): Promise<AutoBackupStatus>;
  /** Starts an automatic backup into the backup folder, keeping the newest `keep` once it is finished. */
  begin(keep: number): Promise<BackupTarget>;
  /**
   * An automatic backup's bytes, for Restore: handed to commands.backup.check, which moves them to
   * the backup worker unread (never decoded or held as text on the UI thread; issue 16).
   */
  read(fileName: string): Promise<Uint8Array>;
  /** Asks for a folder (a native picker) and makes it where backups go; null when cancelled. */
  chooseFolder(): Promise<AutoBackupStatus | null>;
}

export class HostError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
