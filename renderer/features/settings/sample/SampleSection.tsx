import { useState } from 'react';
import { countOf } from '@shared/format';
import { describeError } from '@shared/storage-errors';
import { useCommands, useSampleSummary } from '../../../data';

/** Settings: remove the illustrative sample at any time (shown only while it is loaded). */
export function SampleSection() {
  const commands = useCommands();
  const summary = useSampleSummary();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');

  const remove = async () => {
    setConfirming(false);
    try {
      const removed = await commands.sample.remove();
      setMessage(
        `Removed the sample portfolio: ${countOf(removed.contracts, 'contract')} and ${countOf(removed.appraisals.length, 'appraisal')}.`,
      );
    } catch (error) {
      setMessage(`The sample could not be removed, so nothing changed: ${describeError(error)}.`);
    }
  };

  if (!summary || (summary.contracts === 0 && !message)) return null;
  const titles = summary.appraisals.map((a) => a.title);
  return (
    <fieldset>
      <legend>Sample portfolio</legend>
      {summary.contracts > 0 && (
        <>
          <p className="source">
            The illustrative sample trust is loaded: {countOf(summary.contracts, 'fictional contract')}
            {titles.length ? `, and ${countOf(titles.length, 'appraisal')} of them (${titles.join(', ')})` : ''}.
          </p>
          {confirming ? (
            <div role="group" aria-label="Confirm removing the sample">
              <p>
                This removes every sample contract, the appraisals of sample contracts and the sample trust’s name. Your own contracts and
                appraisals stay. It cannot be undone.
              </p>
              <div className="button-row">
                <button type="button" className="primary" onClick={() => void remove()}>
                  Remove the sample
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <button type="button" onClick={() => setConfirming(true)}>
                Remove the sample portfolio…
              </button>
            </div>
          )}
        </>
      )}
      <span role="status">{message}</span>
    </fieldset>
  );
}
