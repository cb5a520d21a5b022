import { useState } from 'react';
import { countOf } from '@shared/format';
import { describeError } from '@shared/storage-errors';
import { useCommands, useSampleSummary } from '../../../data';
import { useToast } from '../../../ui/Toast';

/** Settings: remove the illustrative sample at any time (shown only while it is loaded). */
export function SampleSection() {
  const commands = useCommands();
  const toast = useToast();
  const summary = useSampleSummary();
  const [message, setMessage] = useState('');

  // Removed at once, with Undo in the message, as every other removal (docs/ux.md): Undo puts back
  // exactly what went, so there is no question to answer first.
  const remove = async () => {
    setMessage('');
    try {
      const removed = await commands.sample.remove();
      toast.show(
        `Removed the sample portfolio: ${countOf(removed.contracts, 'contract')} and ${countOf(removed.appraisals.length, 'appraisal')}.`,
        {
          label: 'Undo',
          run: async () => {
            await commands.sample.putBack(removed.removal);
            toast.show('Put the sample portfolio back as it was.');
          },
        },
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
            {titles.length ? `, and ${countOf(titles.length, 'appraisal')} of them (${titles.join(', ')})` : ''}. Removing it removes every
            sample contract, the appraisals of sample contracts and the sample trust’s name; your own contracts and appraisals stay.
          </p>
          <div className="button-row">
            <button type="button" onClick={() => void remove()}>
              Remove the sample portfolio
            </button>
          </div>
        </>
      )}
      <span role="status">{message}</span>
    </fieldset>
  );
}
