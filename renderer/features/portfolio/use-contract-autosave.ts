import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Contract } from '@shared/domain';
import { recordChanges } from '@shared/diff';
import { describeError } from '@shared/storage-errors';
import { cancelEdit, clearJournalled, flushEdit, journalEdit, scheduleEdit, takeJournalled, useCommands } from '../../data';
import { applyEdits, FIELD_GROUPS, toDraft, type Draft } from './contract-form';

/**
 * The contract side panel saves as the user types, through the same pending-edits mechanism as the
 * appraisal fields (renderer/data/pending-edits.ts): a pause of EDIT_DEBOUNCE_MS, a blur or Enter
 * writes every valid edit in one transaction (one history entry); a value that is not valid is
 * shown with its message and not saved. Every edit, valid or not, is journalled as it is typed, so
 * a page that closes first shows it again when the contract is next opened (and saves it if valid).
 */

const FIELD_KEYS = FIELD_GROUPS.flatMap(({ fields }) => fields.map((f) => f.key));

/** A journal entry names the contract and field: both survive a reload, unlike React's ids. */
export const contractJournalKey = (reference: string, field: string) => `contract|${reference}|${field}`;

/** The drafts a closed page left for this contract, where the saved value is still what they were typed over. */
function replayJournal(contract: Contract): Draft {
  const saved = toDraft(contract);
  const edits: Draft = {};
  for (const key of FIELD_KEYS) {
    const draft = takeJournalled(contractJournalKey(contract.reference, key), saved[key] ?? '');
    if (draft !== undefined) edits[key] = draft;
  }
  return edits;
}

interface Options {
  /** The contract as the register holds it; a new contract (not yet added) is only edited here, never saved. */
  contract: Contract | undefined;
  isTaken: (reference: string) => boolean;
  /** A saved edit changed the reference: the panel now shows the contract under its new one. */
  onRenamed: (reference: string, before: Contract) => void;
}

const NEW: Partial<Contract> = { category: 'other', contractingModel: 'direct', status: 'active', extensionOptions: [] };

export function useContractAutosave({ contract: stored, isTaken, onRenamed }: Options) {
  const commands = useCommands();
  const enabled = stored !== undefined;
  const contract = (stored ?? NEW) as Contract;
  const key = useId();
  // What we last wrote, until the register's copy (which follows a moment later) replaces it; a
  // change from elsewhere (an undo, a restore) replaces it too.
  const [known, setKnown] = useState({ prop: contract, saved: contract });
  let saved = known.saved;
  if (contract !== known.prop) {
    saved = contract;
    setKnown({ prop: contract, saved: contract });
  }
  const savedDraft = useMemo(() => toDraft(saved), [saved]);
  const [edits, setEditsState] = useState<Draft>(() => (enabled ? replayJournal(contract) : {}));
  const [saveError, setSaveError] = useState<string>();
  /** The reference last saved, until the user types again: the panel says "Saved X." meanwhile. */
  const [lastSaved, setLastSaved] = useState<string>();

  // Read by a write that runs later (timer, blur, page hide), so always the latest, set as typed.
  const latest = useRef({ saved, edits, isTaken, onRenamed });
  useLayoutEffect(() => {
    latest.current.isTaken = isTaken;
    latest.current.onRenamed = onRenamed;
  });
  // The register's copy replaces what we wrote when it arrives (or when it changes from elsewhere).
  useLayoutEffect(() => {
    latest.current.saved = contract;
  }, [contract]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Whether the last write failed (its message is shown); what it tried stays typed and journalled. */
  const lastWriteFailed = useRef(false);

  const setEdits = (next: Draft) => {
    latest.current.edits = next;
    setEditsState(next);
  };

  const commit = async () => {
    const before = latest.current.saved;
    const sent = latest.current.edits;
    const result = applyEdits(before, sent, latest.current.isTaken);
    if (!result.contract) return;
    const after = result.contract;
    if (Object.keys(recordChanges(before, after)).length > 0) {
      try {
        await commands.contracts.save(after, before);
      } catch (error) {
        lastWriteFailed.current = true;
        setSaveError(`Not saved: ${describeError(error)}.`);
        throw error;
      }
      setLastSaved(after.reference);
    }
    lastWriteFailed.current = false;
    setSaveError(undefined);
    latest.current.saved = after;
    setKnown((k) => ({ ...k, saved: after }));
    // An edit the user has not changed since is settled: it leaves the journal, and leaves the
    // panel's edits once the input shows what was saved (a typed '£1.2m' stays as typed until then).
    const written = toDraft(after);
    const remaining: Draft = { ...latest.current.edits };
    for (const field of result.applied) {
      clearJournalled(contractJournalKey(before.reference, field), sent[field]);
      if (remaining[field] === sent[field] && remaining[field] === written[field]) delete remaining[field];
    }
    if (after.reference !== before.reference) {
      for (const [field, draft] of Object.entries(remaining)) {
        clearJournalled(contractJournalKey(before.reference, field));
        if (!result.applied.includes(field as keyof Contract))
          journalEdit(contractJournalKey(after.reference, field), { base: written[field] ?? '', draft });
      }
    }
    setEdits(remaining);
    if (after.reference !== before.reference) latest.current.onRenamed(after.reference, before);
  };

  const schedule = (delayMs?: number) =>
    scheduleEdit(
      key,
      () => {
        // One write at a time, each from the one before, so two pauses never race.
        const write = queue.current.then(commit);
        queue.current = write.catch(() => undefined);
        return write;
      },
      delayMs,
    );

  const change = (field: string, value: string) => {
    const journalKey = contractJournalKey(latest.current.saved.reference, field);
    const next = { ...latest.current.edits };
    const base = toDraft(latest.current.saved)[field] ?? '';
    if (value === base) delete next[field];
    else next[field] = value;
    setEdits(next);
    setLastSaved(undefined);
    if (!enabled) return;
    if (value === base) clearJournalled(journalKey);
    else journalEdit(journalKey, { base, draft: value });
    schedule();
  };

  // Replayed drafts save at once; a panel that closes (another contract chosen) writes what waits.
  useEffect(() => {
    if (Object.keys(latest.current.edits).length > 0) schedule(0);
    return () => void flushEdit(key).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per panel: later edits schedule themselves
  }, [key]);

  const errors = useMemo(() => applyEdits(saved, edits, isTaken).errors, [saved, edits, isTaken]);
  return {
    /** The fields the user has changed from what is saved (for a new contract: every field typed in). */
    edits,
    /** What each input shows: the user's edit where there is one, else the saved value. */
    value: (field: string) => edits[field] ?? savedDraft[field] ?? '',
    errors: errors as Record<string, string | undefined>,
    saveError,
    lastSaved,
    change,
    /** On blur or Enter: write now. */
    flush: () => void flushEdit(key).catch(() => undefined),
    /**
     * Before the contract is deleted: writes what the user typed and is still waiting, so that Undo of
     * the delete brings the contract back as the user left it. The contract as stored after that, or
     * undefined when the write failed (the panel says why, and the contract must stay).
     */
    settle: async (): Promise<Contract | undefined> => {
      try {
        await flushEdit(key);
        await queue.current; // a write already running
      } catch {
        return undefined;
      }
      return lastWriteFailed.current ? undefined : latest.current.saved;
    },
    /** Once the contract is deleted: what is left (typing that was not valid) must not bring it back. */
    discard: () => {
      cancelEdit(key);
      for (const field of Object.keys(latest.current.edits)) clearJournalled(contractJournalKey(latest.current.saved.reference, field));
      setEdits({});
    },
  };
}
