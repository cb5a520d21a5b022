import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { countOf } from '@shared/format';
import { describeError } from '@shared/storage-errors';
import { useCommands } from '../../../data';

interface Question {
  /** Sample contracts loaded now (0: only the trust name is asked). */
  sampleContracts: number;
  commit: () => void;
}

/**
 * Asked when an import is confirmed while the sample portfolio is loaded: whether the register
 * replaces it (docs/ux.md, "the first minute"), and the trust's own name, so the sample's fictional name
 * never heads the register or a board paper. (Without the sample, an import is not interrupted; the
 * name is set in Settings, Your trust.)
 *
 * Usage: `const gate = useSampleImportGate();` then commit through `gate.beforeCommit(commit)` and
 * render `gate.element`.
 */
export function useSampleImportGate(): { beforeCommit: (commit: () => void) => void; element: ReactNode } {
  const commands = useCommands();
  const [question, setQuestion] = useState<Question | null>(null);

  const beforeCommit = (commit: () => void) => {
    void commands.sample.summary().then(
      (summary) => {
        if (summary.contracts === 0) commit();
        else setQuestion({ sampleContracts: summary.contracts, commit });
      },
      // The question is a courtesy: if it cannot be asked, the import still goes ahead.
      (error: unknown) => {
        console.error('Could not check for the sample portfolio before importing', error);
        commit();
      },
    );
  };

  const element = question && <SampleImportQuestion question={question} onClose={() => setQuestion(null)} />;
  return { beforeCommit, element };
}

function SampleImportQuestion({ question, onClose }: { question: Question; onClose: () => void }) {
  const commands = useCommands();
  const dialog = useRef<HTMLDialogElement>(null);
  const nameId = useId();
  const [trustName, setTrustName] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  const go = async (replace: boolean) => {
    try {
      if (replace) await commands.sample.remove();
      const name = trustName.trim();
      if (name) {
        await commands.settings.update(
          (s) => ({ ...s, organisation: { ...s.organisation, trustName: name } }),
          `Set the trust name to ${name}`,
        );
      }
    } catch (e) {
      setError(`That could not be saved, so nothing was imported: ${describeError(e)}.`);
      return;
    }
    dialog.current?.close();
    onClose();
    question.commit();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${nameId}-title`} onCancel={onClose}>
      <h2 id={`${nameId}-title`}>Replace the sample with your register?</h2>
      <p>
        The illustrative sample portfolio is still loaded ({countOf(question.sampleContracts, 'fictional contract')}). Replacing it removes
        the sample contracts and their appraisals before your register is imported; keeping both mixes them in one register (you can remove
        the sample later in Settings).
      </p>
      <div className="field">
        <label htmlFor={nameId}>Your trust’s name</label>
        <input id={nameId} value={trustName} onChange={(e) => setTrustName(e.target.value)} maxLength={300} />
        <span className="hint">Heads the register and the board papers; you can change it later in Settings.</span>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void go(true)}>
          Replace the sample with your register
        </button>
        <button type="button" onClick={() => void go(false)}>
          Keep both
        </button>
        <button
          type="button"
          onClick={() => {
            dialog.current?.close();
            onClose();
          }}
        >
          Back to the preview
        </button>
      </div>
    </dialog>
  );
}
