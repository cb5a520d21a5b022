/**
 * The app's identity to Windows. electron-builder writes `appId` (electron-builder.yml) into the
 * Start menu and desktop shortcuts as their AppUserModelID; the running app must claim the same
 * one before its first window, or Windows shows the pinned shortcut and the window as two taskbar
 * buttons and labels notifications with electron.exe. electron/main.test.ts checks the two agree.
 */
export const APP_USER_MODEL_ID = 'org.trustprocurementplanner.app';

/** Windows only (Electron defines setAppUserModelId there); must run before `ready`. */
export function claimWindowsIdentity(app: { setAppUserModelId?(id: string): void }, platform: NodeJS.Platform): void {
  if (platform === 'win32') app.setAppUserModelId?.(APP_USER_MODEL_ID);
}
