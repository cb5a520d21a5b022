/**
 * Every method the preload exposes as `window.desktop` (shared/ipc.ts DesktopApi), sorted, written out
 * so the tests that check the bridge (electron/preload.test.ts with a mocked Electron, and
 * test/e2e-electron/electron.spec.ts in the real one) fail when a method appears or goes missing.
 * Plain data with no imports: the Electron spec loads it outside Vite, without the @shared alias.
 */
export const DESKTOP_API_METHODS = [
  'abortBackupWrite',
  'beginBackupWrite',
  'chooseAutoBackupFolder',
  'exportReportPdf',
  'finishBackupWrite',
  'getAppInfo',
  'getAutoBackups',
  'getPolicy',
  'onFlushRequest',
  'onMenuCommand',
  'openFile',
  'readAutoBackup',
  'reportFlushed',
  'saveFile',
  'writeBackupChunk',
] as const;
