import { useId, useState } from 'react';
import type { IsoDate } from '@shared/dates';
import { dutyCompletionSchema } from '@shared/domain';
import { formatDate } from '@shared/format';
import { OBLIGATION_LABELS, type Duty } from '@shared/law';
import { describeError } from '@shared/storage-errors';
import { useCommands } from '../../data';
import { useToast } from '../../ui/Toast';

/** "Contract details notice for NVH-INF-012": how the change history and the messages name a duty. */
export function dutyName(duty: Pick<Duty, 'kind' | 'contractRef' | 'dueDate'>): string {
  const what = OBLIGATION_LABELS[duty.kind].title;
  const due = duty.dueDate ? ` due ${formatDate(duty.dueDate)}` : '';
  return duty.contractRef ? `${what} for ${duty.contractRef}${due}` : `${what}${due} (trust-wide)`;
}

/**
 * The last cell of a Notices due row: for a duty not yet done, "Mark done…" and a small form (the
 * date it was done, optionally the address of the published notice); for one marked done, when,
 * the notice, and "Mark not done". A duty done because its notice is in the contract's notice log
 * says so and has nothing to undo here.
 */
export function DutyDone({ duty, today }: { duty: Duty; today: IsoDate }) {
  const commands = useCommands();
  const toast = useToast();
  const ids = useId();
  const [editing, setEditing] = useState(false);
  const [doneOn, setDoneOn] = useState<string>(today);
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = dutyName(duty);
  const key = { contractRef: duty.contractRef, kind: duty.kind, dueDate: duty.dueDate };

  const reopen = async (summary: string) => {
    await commands.duties.markNotDone(key, summary);
  };

  if (duty.status === 'done') {
    const c = duty.completion;
    if (!c) return <span className="hint">Done: the notice is in the contract’s notice log</span>;
    return (
      <span className="duty-done">
        Done {formatDate(c.doneOn)}
        {c.link && (
          <>
            {' '}
            · published notice: <span className="break-anywhere">{c.link}</span>
          </>
        )}{' '}
        <button
          type="button"
          aria-label={`Mark not done: ${name}`}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            reopen(`Marked not done: ${name}`)
              .then(
                () => toast.show(`Marked not done: ${name}.`),
                (e: unknown) => toast.show(`The duty could not be marked not done: ${describeError(e)}`),
              )
              .finally(() => setBusy(false));
          }}
        >
          Mark not done
        </button>
      </span>
    );
  }

  if (!editing) {
    return (
      <button type="button" aria-label={`Mark done: ${name}`} onClick={() => setEditing(true)}>
        Mark done…
      </button>
    );
  }

  const save = () => {
    const trimmed = link.trim();
    const parsed = dutyCompletionSchema.safeParse({ ...key, doneOn, link: trimmed || undefined });
    if (!parsed.success) {
      const bad = parsed.error.issues[0];
      setError(
        bad.path[0] === 'link'
          ? 'Link to the published notice: enter a web address starting https://, such as the notice’s page on Find a Tender, or leave it empty.'
          : 'Done on: enter the date the duty was done.',
      );
      return;
    }
    if (parsed.data.doneOn > today) {
      setError(`Done on: ${formatDate(parsed.data.doneOn)} is after today; enter the date the duty was done.`);
      return;
    }
    setBusy(true);
    commands.duties
      .markDone(parsed.data, `Marked done on ${formatDate(parsed.data.doneOn)}: ${name}`)
      .then(
        () => {
          setEditing(false);
          toast.show(`Marked done: ${name}.`, { label: 'Undo', run: () => reopen(`Undid marking done: ${name}`) });
        },
        (e: unknown) => setError(`The duty could not be marked done: ${describeError(e)}`),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div role="group" aria-label={`Mark done: ${name}`} className="duty-done-form">
      <label htmlFor={`${ids}-on`}>Done on</label>
      <input id={`${ids}-on`} type="date" value={doneOn} max={today} onChange={(e) => setDoneOn(e.target.value)} />
      <label htmlFor={`${ids}-link`}>Link to the published notice (optional)</label>
      <input
        id={`${ids}-link`}
        type="url"
        value={link}
        placeholder="https://www.find-tender.service.gov.uk/Notice/…"
        onChange={(e) => setLink(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids}-error` : undefined}
      />
      <button type="button" className="primary" disabled={busy} onClick={save}>
        Save
      </button>
      <button type="button" disabled={busy} onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <p id={`${ids}-error`} role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
