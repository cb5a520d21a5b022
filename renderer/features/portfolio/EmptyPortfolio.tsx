import { useEffect, useState } from 'react';
import { useHost } from '../../app-context';
import { useCommands } from '../../data';
import { describeError } from '@shared/storage-errors';
import { useOrganisationPolicy } from '../settings/organisation-policy';
import { loadSamplePortfolio } from './sample';

/** First run: explain what the register is and offer the sample or an import. */
export function EmptyPortfolio({ onImport }: { onImport: () => void }) {
  const commands = useCommands();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  // The organisation's IT policy can hide the sample (docs/it-deployment.md, SampleDisabled).
  const sampleOffered = useOrganisationPolicy().values.SampleDisabled?.value !== true;
  const backups = useBackupFolder();

  const loadSample = async () => {
    setState({ busy: true });
    try {
      await loadSamplePortfolio(commands);
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, error: `The sample portfolio could not be loaded: ${describeError(error)}.` });
    }
  };

  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">Your contract register is empty</h1>
      <p>
        Bring in the contract register your trust already keeps (CSV or Excel, or a portfolio file exported from this app)
        {sampleOffered
          ? ', or explore the app with an illustrative sample trust: around fifty fictional contracts, including an EPR delivered through a national-programme Local Service Provider whose remote hosting ends soon.'
          : '.'}
      </p>
      <div className="button-row">
        {sampleOffered && (
          <button type="button" className="primary" onClick={loadSample} disabled={state.busy}>
            {state.busy ? 'Loading sample…' : 'Load sample portfolio'}
          </button>
        )}
        <button type="button" className={sampleOffered ? undefined : 'primary'} onClick={onImport}>
          Import a register…
        </button>
      </div>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      <p className="hint">
        {backups === null
          ? 'Your data stays in this browser: back it up from Settings › Backup (a download) now and then.'
          : backups
            ? `A copy of everything is kept automatically, once a day and when you close the app, in ${backups} (Settings › Automatic copies).`
            : ''}
      </p>
    </section>
  );
}

/** Where automatic copies go ('' while asking); null in a browser, which keeps none. */
function useBackupFolder(): string | null {
  const auto = useHost().autoBackups;
  const [folder, setFolder] = useState('');
  useEffect(() => {
    if (!auto) return;
    auto.status().then(
      (status) => setFolder(status.folder),
      () => setFolder(''),
    );
  }, [auto]);
  return auto ? folder : null;
}
