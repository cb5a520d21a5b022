import { useEffect, useState } from 'react';
import type { AutoBackupStatus } from '@shared/ipc';
import { formatTimestamp } from '@shared/format';
import { describeError } from '@shared/storage-errors';
import { useHost } from '../../app-context';
import { useAutoBackupPrefs, useCommands } from '../../data';
import { NumberField } from '../../ui/fields';
import { backUpEverything } from './back-up';
import { BusyStatus, useBusy } from './busy-progress';

/**
 * Settings, Automatic copies (the legend avoids the word "Backup", which names the manual section):
 * where automatic backups go, how many are kept, and a Restore for each. In a
 * browser nothing can be written to a folder unasked, so it reminds and offers the download.
 */
export function AutoBackupSection() {
  const host = useHost();
  const commands = useCommands();
  const prefs = useAutoBackupPrefs();
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { busy, anyBusy, message, start, done, show } = useBusy('automatic');
  const auto = host.autoBackups;
  const last = prefs?.last;

  useEffect(() => {
    if (!auto) return;
    auto.status().then(setStatus, (error: unknown) => show(describeError(error)));
  }, [auto, last, show]);

  const chooseFolder = async () => {
    if (!auto) return;
    try {
      const chosen = await auto.chooseFolder();
      if (!chosen) return;
      setStatus(chosen);
      show(`Automatic backups now go to ${chosen.folder}. Backups made before stay in the old folder.`);
    } catch (error) {
      show(`The folder was not changed: ${describeError(error)}`);
    }
  };

  const restore = async (fileName: string) => {
    setConfirming(null);
    if (!auto) return;
    try {
      // The file's bytes, as Restore from a file hands them on: moved to the backup worker unread (issue 16),
      // with the same progress.
      const checking = start('Checking the backup');
      const { tables } = await commands.backup.check(await auto.read(fileName), checking);
      await commands.backup.restore(tables, start('Restoring'));
      done(`Restored the automatic backup ${fileName}.`);
    } catch (error) {
      done(`The restore failed and nothing was changed: ${describeError(error)}.`);
    }
  };

  if (!auto) {
    return (
      <fieldset>
        <legend>Automatic copies</legend>
        <p className="source">
          In a web browser the app cannot save backups to a folder by itself.{' '}
          {last ? `Last backup: ${formatTimestamp(last)}.` : 'No backup yet.'} Download one regularly and keep it somewhere safe (a
          re-imaged laptop loses browser data).
        </p>
        <div className="button-row">
          <button
            type="button"
            onClick={() =>
              void backUpEverything(commands, host).then(
                (name) => name && show(`Backed up everything to ${name}.`),
                (error: unknown) => show(`The backup failed: ${describeError(error)}`),
              )
            }
          >
            Download a backup now
          </button>
          <span role="status">{message}</span>
        </div>
      </fieldset>
    );
  }
  return (
    <fieldset>
      <legend>Automatic copies</legend>
      <p className="source">
        A backup is saved when you quit and once a day while the app is open
        {status ? `, to ${status.folder}${status.setByPolicy ? ' (set by your organisation, so it cannot be changed here)' : ''}` : ''}.
      </p>
      {status && !status.setByPolicy && (
        <div className="button-row">
          <button type="button" onClick={() => void chooseFolder()}>
            Change folder…
          </button>
        </div>
      )}
      {prefs && (
        <NumberField
          label="Backups to keep"
          hint="The oldest go first."
          integer
          min={1}
          max={365}
          value={prefs.keep}
          onCommit={(keep) => keep !== undefined && commands.autoBackup.setKeep(keep)}
        />
      )}
      {status && status.files.length > 0 && (
        <ul aria-label="Automatic backups">
          {status.files.map((f) => (
            <li key={f.fileName}>
              {f.fileName}{' '}
              {confirming === f.fileName ? (
                <span role="group" aria-label={`Confirm restoring ${f.fileName}`}>
                  Everything now in the app is replaced by this backup.{' '}
                  <button type="button" className="primary" disabled={anyBusy} onClick={() => void restore(f.fileName)}>
                    Replace my data
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button type="button" disabled={anyBusy} onClick={() => setConfirming(f.fileName)}>
                  Restore…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <BusyStatus busy={busy} message={message} />
    </fieldset>
  );
}
