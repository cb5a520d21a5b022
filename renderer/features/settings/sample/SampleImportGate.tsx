import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { countOf } from '@shared/format';
import { describeError } from '@shared/storage-errors';
import { useCommands } from '../../../data';

/** What is about to join the sample: an imported register, or one contract added by hand. */
type Arrival = 'register' | 'contract';

interface Question {
  /** Sample contracts loaded now. */
  sampleContracts: number;
  arrival: Arrival;
  commit: () => void;
}

const WORDS: Record<Arrival, { title: string; before: string; replace: string }> = {
  register: {
    title: 'Replace the sample with your register?',
    before: 'before your register is imported',
    replace: 'Replace the sample with your register',
  },
  contract: {
    title: 'Start your own register?',
    before: 'before your contract is added',
    replace: 'Replace the sample with your contract',
  },
};

/**
 * Asked when an import is confirmed, or a first contract added by hand, while the sample portfolio
 * is loaded: whether the user's own contracts replace it (docs/ux.md, "the first minute"), and the trust's own name, so the sample's fictional name
 * never heads the register or a board paper. (Without the sample, an import is not interrupted; the
 * name is set in Settings, Your trust.)
 *
 * Usage: `const gate = useSampleImportGate();` then commit through `gate.beforeCommit(commit)` and
 * render `gate.element`.
 */
export function useSampleImportGate(): { beforeCommit: (commit: () => void, arrival?: Arrival) => void; element: ReactNode } {
  const commands = useCommands();
  const [question, setQuestion] = useState<Question | null>(null);

  const beforeCommit = (commit: () => void, arrival: Arrival = 'register') => {
    void commands.sample.summary().then(
      (summary) => {
        if (summary.contracts === 0) commit();
        else setQuestion({ sampleContracts: summary.contracts, arrival, commit });
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
  const words = WORDS[question.arrival];
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  const go = async (replace: boolean) => {
    try {
      if (replace) await commands.sample.remove();
      const name = trustName.trim();
      if (name) {
        await commands.settings.setTrustName(name);
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
      <h2 id={`${nameId}-title`}>{words.title}</h2>
      <p>
        The illustrative sample portfolio is still loaded ({countOf(question.sampleContracts, 'fictional contract')}). Replacing it removes
        the sample contracts and their appraisals {words.before}; keeping both mixes them in one register (you can remove the sample later
        in Settings).
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
          {words.replace}
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
          {question.arrival === 'register' ? 'Back to the preview' : 'Back to the contract'}
        </button>
      </div>
    </dialog>
  );
}
