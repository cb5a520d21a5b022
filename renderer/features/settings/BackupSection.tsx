import { useRef, useState } from 'react';
import { useHost } from '../../app-context';
import { pickedBytes } from '../../host/host';
import { useCommands } from '../../data';
import { describeError } from '@shared/storage-errors';
import type { BackupSummary } from '../../data';
import { countOf, formatTimestamp } from '@shared/format';
import { backUpEverything } from './back-up';
import { BusyStatus, useBusy } from './busy-progress';

type Pending = { fileName: string; summary: BackupSummary; tables: Record<string, unknown[]> };

/** Back up everything to one file; restore replaces all data, but only after the user confirms. */
export function BackupSection() {
  const host = useHost();
  const commands = useCommands();
  const [pending, setPending] = useState<Pending | null>(null);
  const { busy, anyBusy, message, start, done } = useBusy('file');
  const dialog = useRef<HTMLDialogElement>(null);

  const backUp = async () => {
    const progress = start('Backing up');
    try {
      const name = await backUpEverything(commands, host, progress);
      done(name ? `Backed up everything to ${name}.` : undefined);
    } catch (error) {
      done(`The backup failed: ${describeError(error)}`);
    }
  };

  const chooseRestore = async () => {
    // Busy from the moment the file is asked for: main reads the chosen file before it answers, which
    // for a large backup takes a while, and no other restore may start meanwhile.
    start('Opening the backup');
    try {
      const picked = await host.openFile('backup');
      if (!picked) return done();
      const file = await pickedBytes(picked);
      const { summary, tables } = await commands.backup.check(file.bytes, start('Checking the backup'));
      // Settings closed while the file was checked: there is no dialog left to confirm in, so say so.
      if (!dialog.current) return done(`${file.fileName} was checked but not restored, because Settings was closed. Nothing was changed.`);
      setPending({ fileName: file.fileName, summary, tables });
      dialog.current.showModal();
      done();
    } catch (error) {
      done(describeError(error));
    }
  };

  const confirm = async () => {
    if (!pending) return;
    dialog.current?.close();
    const progress = start('Restoring');
    try {
      await commands.backup.restore(pending.tables, progress);
      done(`Restored the backup of ${formatTimestamp(pending.summary.createdAt)} from ${pending.fileName}.`);
    } catch (error) {
      done(`The restore failed and nothing was changed: ${describeError(error)}.`);
    }
    setPending(null);
  };

  return (
    <fieldset>
      <legend>Backup</legend>
      <p className="source">A backup holds everything: contracts, appraisals, settings and history.</p>
      <div className="button-row">
        <button type="button" disabled={anyBusy} onClick={() => void backUp()}>
          Back up everything…
        </button>
        <button type="button" disabled={anyBusy} onClick={() => void chooseRestore()}>
          Restore from a backup…
        </button>
        <BusyStatus busy={busy} message={message} />
      </div>
      <dialog ref={dialog} className="dialog" aria-labelledby="restore-title" onClose={() => setPending(null)}>
        {pending && (
          <div>
            <h2 id="restore-title">Replace all your data with this backup?</h2>
            <p>
              {pending.fileName}, made on {formatTimestamp(pending.summary.createdAt)}:{' '}
              {countOf(pending.summary.counts.contracts ?? 0, 'contract')} and{' '}
              {countOf(pending.summary.counts.appraisals ?? 0, 'appraisal')}.
            </p>
            <p>Everything now in the app is replaced. Back up first if you may want it again.</p>
            <div className="button-row">
              <button type="button" className="primary" onClick={() => void confirm()}>
                Replace my data
              </button>
              <button type="button" onClick={() => dialog.current?.close()}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </dialog>
    </fieldset>
  );
}
