/**
 * Edits typed into a field save a moment after the user stops typing (one write per pause, not per
 * key). Until that write lands the edit exists only here, so it must never be lost:
 * - `flushPendingEdits()` writes every waiting edit now; it runs before close, quit (the desktop
 *   host asks), print and export, and when the page is hidden or unloaded;
 * - each waiting edit is also copied to a journal in localStorage, synchronously, as it is typed.
 *   If the page dies before the write lands, the field finds its journal entry when it is next
 *   shown and saves it (see `takeJournalled`).
 */

/** How long after the last key an edit is written. */
export const EDIT_DEBOUNCE_MS = 400;

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  run: () => Promise<unknown>;
}

const pending = new Map<string, Pending>();
/** Writes started by a flush or a timer and not yet finished: a flush waits for these too. */
const inFlight = new Set<Promise<unknown>>();

function start(key: string): Promise<unknown> | undefined {
  const entry = pending.get(key);
  if (!entry) return undefined;
  clearTimeout(entry.timer);
  pending.delete(key);
  const write = entry.run().finally(() => inFlight.delete(write));
  inFlight.add(write);
  return write;
}

/** Schedules `run` after the debounce, replacing any edit already waiting under the same key. */
export function scheduleEdit(key: string, run: () => Promise<unknown>, delayMs = EDIT_DEBOUNCE_MS): void {
  const previous = pending.get(key);
  if (previous) clearTimeout(previous.timer);
  pending.set(key, { run, timer: setTimeout(() => void start(key)?.catch(() => undefined), delayMs) });
}

/** Writes the edit waiting under `key` now (on blur, Enter, or when its field goes away). */
export function flushEdit(key: string): Promise<unknown> {
  return start(key) ?? Promise.resolve();
}

/** Forgets a waiting edit (its field went back to the saved value). */
export function cancelEdit(key: string): void {
  const entry = pending.get(key);
  if (entry) clearTimeout(entry.timer);
  pending.delete(key);
}

export function hasPendingEdits(): boolean {
  return pending.size > 0 || inFlight.size > 0;
}

/**
 * Writes every waiting edit and waits for all writes in progress. A failed write is reported by its
 * field (it stays journalled); the flush itself never fails, so closing is never blocked by it.
 */
export async function flushPendingEdits(): Promise<void> {
  if (!hasPendingEdits()) return;
  const began = performance.now();
  for (const key of [...pending.keys()]) start(key);
  const done = Promise.allSettled([...inFlight]).then(() => undefined);
  flushing = done;
  try {
    await done;
  } finally {
    if (flushing === done) flushing = undefined;
  }
  // A user-timing entry, so the benchmark (and anyone profiling) sees how long a close waits for it.
  performance.measure('pending-edits:flush', { start: began });
}

let flushing: Promise<void> | undefined;

/**
 * The flush in progress, if any. Work done in steps (renderer/ui/run-in-steps.ts: the register's
 * re-sort after the previous save, notices, the pipeline) waits for it between slices: its
 * continuations come back through scheduler.yield(), which runs ahead of the flush's IndexedDB
 * callbacks, so a close otherwise waited for the whole recomputation before its write landed.
 */
export function flushInProgress(): Promise<void> | undefined {
  return flushing;
}

/* The journal: one localStorage item, a map from field key to what was typed over what value. */

export const JOURNAL_KEY = 'trust-procurement-planner:pending-edits';

export interface JournalEntry {
  /** The saved value the user started from: replayed only if the record still holds it. */
  base: string;
  draft: string;
}

type Journal = Record<string, JournalEntry>;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled by policy: the debounce and flushes still apply
  }
}

function readJournal(): Journal {
  try {
    const raw = storage()?.getItem(JOURNAL_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Journal) : {};
  } catch {
    return {};
  }
}

function writeJournal(journal: Journal): void {
  try {
    if (Object.keys(journal).length === 0) storage()?.removeItem(JOURNAL_KEY);
    else storage()?.setItem(JOURNAL_KEY, JSON.stringify(journal));
  } catch (error) {
    // A full localStorage only loses the safety net, not the edit (the debounce still writes it).
    console.error('Could not journal a pending edit', error);
  }
}

export function journalEdit(key: string, entry: JournalEntry): void {
  writeJournal({ ...readJournal(), [key]: entry });
}

/** Drops a field's journal entry once its write has landed (only if it is still the same draft). */
export function clearJournalled(key: string, draft?: string): void {
  const journal = readJournal();
  if (!(key in journal) || (draft !== undefined && journal[key].draft !== draft)) return;
  delete journal[key];
  writeJournal(journal);
}

/**
 * The draft a field left unsaved last time, if the record still holds the value it was typed over;
 * otherwise the entry is stale (the record changed since) and is dropped.
 */
export function takeJournalled(key: string, current: string): string | undefined {
  const entry = readJournal()[key];
  if (!entry) return undefined;
  if (entry.base !== current || entry.draft === current) {
    clearJournalled(key);
    return undefined;
  }
  return entry.draft;
}

/**
 * Flushes when the page is hidden, closed or printed. Returns the uninstall. The writes may not
 * finish if the page is being torn down; the journal covers that case.
 */
export function installFlushTriggers(target: Window = window): () => void {
  const flush = () => void flushPendingEdits();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  target.addEventListener('pagehide', flush);
  target.addEventListener('beforeunload', flush);
  target.addEventListener('beforeprint', flush);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', flush);
    target.removeEventListener('beforeunload', flush);
    target.removeEventListener('beforeprint', flush);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
