import path from 'node:path';
import type { EffectivePolicy, UpdatesStatus } from '@shared/policy';
import type { LogFn } from './logger';

/**
 * Updates under IT control. Off unless the organisation's policy turns them on, with the https
 * address to fetch them from and the publisher whose signature they must carry; then only on a
 * Windows installation made by the NSIS installer. An MSI installation never updates itself (IT
 * pushes new MSIs), nor does a development build. Until the first scheduled check, nothing is
 * requested from anywhere.
 */

export type InstallKind = 'nsis' | 'other';

/** The NSIS installer leaves "Uninstall <product>.exe" beside the app; MSI and portable copies do not. */
export function installKind(execPath: string, productName: string, exists: (filePath: string) => boolean): InstallKind {
  return exists(path.join(path.dirname(execPath), `Uninstall ${productName}.exe`)) ? 'nsis' : 'other';
}

export function decideUpdates(
  policy: EffectivePolicy,
  install: { platform: NodeJS.Platform; isPackaged: boolean; kind: InstallKind },
): UpdatesStatus {
  const { UpdatesEnabled: enabled, UpdatesUrl: url, UpdatesPublisher: publisher } = policy.values;
  if (enabled?.value !== true)
    return { on: false, reason: 'Updates are off: your organisation installs new versions of the planner for you.' };
  if (!url) return { on: false, reason: 'Updates are off: your organisation turned them on but gave no https address to fetch them from.' };
  if (!publisher) {
    return {
      on: false,
      reason: 'Updates are off: your organisation turned them on but did not name the publisher whose signature they must carry.',
    };
  }
  if (!install.isPackaged) return { on: false, reason: 'Updates are off in a development build.' };
  if (install.platform !== 'win32' || install.kind !== 'nsis') {
    return {
      on: false,
      reason: 'Updates are off: this installation is managed by your IT team (MSI or package), which installs new versions for you.',
    };
  }
  return { on: true, url: String(url.value), reason: `Updates are on: the planner checks ${String(url.value)} once a day.` };
}

/** The slice of electron-updater's NsisUpdater used here. */
export interface UpdaterLike {
  set updateConfigPath(value: string | null);
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  logger: unknown;
  checkForUpdates(): Promise<unknown>;
}

export interface UpdatesDeps {
  createUpdater(): UpdaterLike;
  writeFile(filePath: string, text: string): void;
  /** Where the updater's configuration is written (the user-data folder). */
  configDir: string;
  log: LogFn;
  setTimeout(run: () => void, ms: number): unknown;
  setInterval(run: () => void, ms: number): unknown;
}

export const FIRST_CHECK_AFTER_MS = 60_000;
export const CHECK_EVERY_MS = 24 * 60 * 60_000;
export const UPDATE_CONFIG_FILE = 'app-update.yml';

/**
 * Configures the updater from the policy and schedules its checks; returns it, or null when updates
 * are off. The configuration names the publisher, so electron-updater refuses an installer that is
 * not signed by it. Nothing is requested here: the first check runs after FIRST_CHECK_AFTER_MS.
 */
export function startUpdates(status: UpdatesStatus, policy: EffectivePolicy, deps: UpdatesDeps): UpdaterLike | null {
  if (!status.on) {
    deps.log(status.reason);
    return null;
  }
  const publisherNames = String(policy.values.UpdatesPublisher?.value ?? '')
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);
  const configPath = path.join(deps.configDir, UPDATE_CONFIG_FILE);
  // JSON is YAML, which electron-updater reads.
  deps.writeFile(
    configPath,
    JSON.stringify(
      { provider: 'generic', url: status.url, publisherName: publisherNames, updaterCacheDirName: 'trust-procurement-planner-updater' },
      null,
      2,
    ),
  );
  const updater = deps.createUpdater();
  updater.updateConfigPath = configPath;
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.logger = {
    info: () => undefined,
    warn: (m: unknown) => deps.log(`Updates: ${String(m)}`),
    error: (m: unknown) => deps.log(`Updates: ${String(m)}`),
  };
  const check = () => {
    updater.checkForUpdates().catch((error: unknown) => deps.log('Updates: the check failed', error));
  };
  deps.setTimeout(check, FIRST_CHECK_AFTER_MS);
  deps.setInterval(check, CHECK_EVERY_MS);
  deps.log(`Updates: on, from ${status.url}`);
  return updater;
}
