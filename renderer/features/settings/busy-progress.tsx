import { useSyncExternalStore } from 'react';

/** Work under way in Settings' backup sections: what it is, and how far it has gone (0 to 1). */
export interface Busy {
  label: string;
  fraction: number;
}

/**
 * The one piece of backup work under way (Back up, Restore from a file, Restore of an automatic
 * backup), shared by both backup sections and kept while Settings is closed: the backup worker holds
 * one checked backup at a time, so a second restore begun beside the first would replace what the
 * first is about to restore.
 */
let current: (Busy & { owner: string }) | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const set = (next: typeof current) => {
  current = next;
  for (const listener of listeners) listener();
};

/**
 * A backup section's progress: `start` shows `label` at 0 and returns the callback that moves its
 * bar on; `done` takes the bar away. `busy` is this section's work; `anyBusy` says whether any
 * backup work is under way, in either section, so each can hold its buttons until it ends.
 */
export function useBusy(owner: string) {
  const work = useSyncExternalStore(subscribe, () => current);
  const start = (label: string) => {
    set({ owner, label, fraction: 0 });
    return (fraction: number) => {
      if (current?.owner === owner) set({ owner, label, fraction });
    };
  };
  const done = () => {
    if (current?.owner === owner) set(null);
  };
  return { busy: work?.owner === owner ? work : null, anyBusy: work !== null, start, done };
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
