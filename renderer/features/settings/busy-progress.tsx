import { useState } from 'react';

/** Work under way in Settings' backup sections: what it is, and how far it has gone (0 to 1). */
export interface Busy {
  label: string;
  fraction: number;
}

/**
 * The backup sections' progress (Back up, Restore from a file, Restore of an automatic backup): `start`
 * shows `label` at 0 and returns the callback that moves its bar on; `done` takes the bar away.
 */
export function useBusy() {
  const [busy, setBusy] = useState<Busy | null>(null);
  const start = (label: string) => {
    setBusy({ label, fraction: 0 });
    return (fraction: number) => setBusy({ label, fraction });
  };
  return { busy, start, done: () => setBusy(null) };
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
