import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearJournalled,
  EDIT_DEBOUNCE_MS,
  flushEdit,
  flushPendingEdits,
  hasPendingEdits,
  JOURNAL_KEY,
  journalEdit,
  scheduleEdit,
  takeJournalled,
} from './pending-edits';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(async () => {
  await flushPendingEdits();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('edits waiting to be written', () => {
  it('writes once, after the user stops typing, with the last value', async () => {
    vi.useFakeTimers();
    const written: string[] = [];
    for (const value of ['E', 'EP', 'EPR']) {
      scheduleEdit('title', async () => written.push(value));
      vi.advanceTimersByTime(EDIT_DEBOUNCE_MS - 1);
    }
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(written).toEqual(['EPR']));
  });

  it('flushPendingEdits writes every waiting edit at once and waits for writes already under way', async () => {
    let landed = 0;
    const slowWrite = () => new Promise<void>((resolve) => setTimeout(() => resolve(void landed++), 30));
    scheduleEdit('a', slowWrite);
    scheduleEdit('b', slowWrite);
    void flushEdit('a'); // already writing when the flush comes
    expect(hasPendingEdits()).toBe(true);
    await flushPendingEdits();
    expect(landed).toBe(2);
    expect(hasPendingEdits()).toBe(false);
  });

  it('a failed write does not make the flush fail (closing must never be blocked)', async () => {
    scheduleEdit('x', () => Promise.reject(new Error('disk full')));
    await expect(flushPendingEdits()).resolves.toBeUndefined();
  });
});

describe('the journal of edits not yet written', () => {
  it('gives back a draft typed over the value the record still holds, once it is cleared it is gone', () => {
    journalEdit('k', { base: 'Old', draft: 'New' });
    expect(JSON.parse(storage.getItem(JOURNAL_KEY)!)).toEqual({ k: { base: 'Old', draft: 'New' } });
    expect(takeJournalled('k', 'Old')).toBe('New');
    clearJournalled('k', 'New');
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
    expect(takeJournalled('k', 'Old')).toBeUndefined();
  });

  it('drops a draft whose record changed since (it would overwrite a newer value)', () => {
    journalEdit('k', { base: 'Old', draft: 'New' });
    expect(takeJournalled('k', 'Changed elsewhere')).toBeUndefined();
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('keeps a newer draft when an older write lands', () => {
    journalEdit('k', { base: 'Old', draft: 'Newer' });
    clearJournalled('k', 'New');
    expect(takeJournalled('k', 'Old')).toBe('Newer');
  });

  it('survives a damaged journal', () => {
    storage.setItem(JOURNAL_KEY, '{not json');
    expect(takeJournalled('k', 'Old')).toBeUndefined();
  });
});
