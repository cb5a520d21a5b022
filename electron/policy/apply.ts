import type { MessageBoxOptions } from 'electron';
import type { OpenPurpose, SavePurpose } from '@shared/ipc';
import { POLICY_SOURCE_LABELS, type EffectivePolicy, type PolicyWarning } from '@shared/policy';

/**
 * What the main process does with the policy: where the data lives (before anything opens it),
 * where backups go, and telling the user when the organisation's settings could not all be used.
 */

/**
 * Moves the user-data folder (IndexedDB, the log, the window position) to the policy's data folder.
 * Must run before `ready`. A folder that cannot be created is ignored with a warning, and the data
 * stays where it was: the app must still start.
 */
export function applyDataFolder(
  policy: EffectivePolicy,
  deps: { mkdir(dir: string): void; setUserData(dir: string): void },
): PolicyWarning | null {
  const folder = policy.values.DataFolder;
  if (!folder) return null;
  try {
    deps.mkdir(String(folder.value));
    deps.setUserData(String(folder.value));
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      source: folder.source,
      where: POLICY_SOURCE_LABELS[folder.source],
      message: `"DataFolder" ${String(folder.value)} could not be created or used (${code}), so the data stays in its usual folder`,
    };
  }
}

/** The folder a dialog for `purpose` starts in when the organisation chose one (backups), else undefined. */
export function policyFolderFor(policy: EffectivePolicy, purpose: OpenPurpose | SavePurpose): string | undefined {
  return purpose === 'backup' && policy.values.BackupFolder ? String(policy.values.BackupFolder.value) : undefined;
}

/** The box shown once at start when some of the organisation's settings could not be used. */
export function policyWarningsBox(warnings: PolicyWarning[]): MessageBoxOptions {
  return {
    type: 'warning',
    title: "Your organisation's settings for the planner",
    message: "Some of your organisation's settings for the planner could not be used, so the planner uses its own for those.",
    detail: `${warnings.map((w) => `• ${w.message}`).join('\n')}\n\nYour data is not affected. Please tell your IT team, who can correct the settings.`,
    buttons: ['OK'],
    noLink: true,
  };
}
