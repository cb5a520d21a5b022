import type { MessageBoxOptions, MessageBoxReturnValue, WebContents } from 'electron';
import type { DesktopPolicy } from '@shared/policy';
import { createGetAppInfo, type AppInfoDeps } from './app';
import { createAutoBackupStatus, createChooseAutoBackupFolder, createReadAutoBackup, type AutoBackupDeps } from './auto-backup';
import { createBackupStreamHandlers } from './backup-stream';
import type { AtomicWriteFs } from '../atomic-write';
import type { Handlers } from './handle';
import { createOpenFile, createSaveFile, type FileDeps } from './files';
import { createExportPdf, type ReportWindow } from './report';
import type { PrintWindowKeeper } from './report-window';

/**
 * Everything the main process's IPC handlers need from Electron and the OS, passed in. main.ts
 * builds it from Electron's dialog, shell, BrowserWindow and node:fs; the desktop-path end-to-end
 * suite (test/e2e-desktop) builds it from dialogs its tests answer, a temporary folder and a second
 * Chromium page that prints, and then drives the very same table.
 */
export interface HandlerDeps extends FileDeps {
  autoBackup: AutoBackupDeps;
  /** The temporary file a streamed backup is written to before it is renamed into place (backup-stream.ts). */
  backupFiles: AtomicWriteFs;
  /** Told of each backup part taken (backup-stream.ts): main's close waits on while one arrives. */
  onBackupPart?: () => void;
  appInfo: AppInfoDeps;
  /** The IT policy read at start-up, with what it means for updates. */
  policy: DesktopPolicy;
  /** A hidden, sandboxed window without a preload, in the app's session. */
  createReportWindow(): ReportWindow;
  /** The print windows main also parks ahead of the first export (report-window.ts); absent, the export keeps its own. */
  printWindows?: PrintWindowKeeper;
  showMessageBox(owner: WebContents, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  openPath(filePath: string): Promise<string>;
  showItemInFolder(filePath: string): void;
  now(): Date;
  sleep(ms: number): Promise<void>;
  log(message: string, error?: unknown): void;
  /** The renderer has written its pending edits (electron/flush.ts waits for this). */
  flushed(requestId: number): void;
}

/** One handler per channel of the contract (typed over every channel, so none can be missing). */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:getInfo': createGetAppInfo(deps.appInfo),
    'policy:get': async () => deps.policy,
    'file:open': createOpenFile(deps),
    'file:save': createSaveFile(deps),
    'report:exportPdf': createExportPdf({ ...deps, appName: deps.appInfo.getName() }),
    'backup:autoStatus': createAutoBackupStatus(deps.autoBackup),
    ...createBackupStreamHandlers(deps),
    'backup:readAuto': createReadAutoBackup(deps.autoBackup),
    'backup:chooseFolder': createChooseAutoBackupFolder(deps.autoBackup),
    'app:flushed': async ({ requestId }) => {
      deps.flushed(requestId);
      return null;
    },
  };
}
