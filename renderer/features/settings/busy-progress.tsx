import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useToast } from '../../ui/Toast';

/** Work under way in Settings' backup sections: what it is, and how far it has gone (0 to 1). */
export interface Busy {
  label: string;
  fraction: number;
}

/**
 * The one piece of backup work under way (Back up, Restore from a file, Restore of an automatic
 * backup), shared by both backup sections, and each section's last message (how its last work
 * ended), both kept while Settings is closed: the backup worker holds one checked backup at a time,
 * so a second restore begun beside the first would replace what the first is about to restore; and
 * a restore the user left Settings during must still say whether it replaced their data.
 */
interface State {
  work: (Busy & { owner: string }) | null;
  messages: Readonly<Record<string, string>>;
}
let state: State = { work: null, messages: {} };
/** How many of each section are on screen, so a message is raised outside Settings only when none is. */
const shown = new Map<string, number>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const set = (next: Partial<State>) => {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
};

/**
 * A backup section's progress and status line: `start` shows `label` at 0 and returns the callback
 * that moves its bar on; `done` takes the bar away and shows the outcome, if given; `show` shows a
 * message. `busy` is this section's work, `message` its last message; `anyBusy` says whether any
 * backup work is under way, in either section, so each can hold its buttons until it ends. A message
 * given while the section is not on screen (Settings was closed) is raised in the app's message
 * region too, wherever the user is, and the section shows it when Settings is opened again.
 */
export function useBusy(owner: string) {
  const { work, messages } = useSyncExternalStore(subscribe, () => state);
  const toast = useToast();
  useEffect(() => {
    shown.set(owner, (shown.get(owner) ?? 0) + 1);
    return () => {
      shown.set(owner, (shown.get(owner) ?? 1) - 1);
    };
  }, [owner]);
  // The same functions from render to render, so an effect may call them without running again.
  const actions = useMemo(() => {
    const start = (label: string) => {
      set({ work: { owner, label, fraction: 0 } });
      return (fraction: number) => {
        if (state.work?.owner === owner) set({ work: { owner, label, fraction } });
      };
    };
    const show = (message: string) => {
      set({ messages: { ...state.messages, [owner]: message } });
      if (!shown.get(owner)) toast.show(message);
    };
    const done = (message?: string) => {
      if (state.work?.owner === owner) set({ work: null });
      if (message !== undefined) show(message);
    };
    return { start, show, done };
  }, [owner, toast]);
  return { busy: work?.owner === owner ? work : null, anyBusy: work !== null, message: messages[owner] ?? '', ...actions };
}

/** The bar, named by the work, and the status line: the work while it runs, else the last message. */
export function BusyStatus({ busy, message }: { busy: Busy | null; message: string }) {
  return (
    <>
      {busy && <progress max={1} value={busy.fraction} aria-label={busy.label} />}
      <span role="status">{busy ? `${busy.label}…` : message}</span>
    </>
  );
}
