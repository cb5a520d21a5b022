import { afterEach, describe, expect, it, vi } from 'vitest';
import { aContract } from '../../test/support/builders';
import { freshDb } from '../../test/support/fresh-db';
import { contractHistory, HISTORY_COALESCE_MS, recordImport, saveContract } from './contracts';

const original = aContract({ reference: 'OWN-1', currentEndDate: '2028-03-31' });

afterEach(() => {
  vi.useRealTimers();
});

/** The panel saves at each pause in typing: these are three pauses, `gapMs` apart. */
async function typeInPauses(gapMs: number) {
  const db = await freshDb();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
  await db.contracts.put(original);
  const first = { ...original, notes: 'Board' };
  const second = { ...first, notes: 'Board agreed', owner: 'CDIO' };
  await saveContract(db, first, original);
  vi.setSystemTime(Date.now() + gapMs);
  await saveContract(db, second, first);
  return { db, second };
}

describe('the change history of a contract edited as the user types', () => {
  it('keeps one entry for edits within a minute of each other, from the first value to the last', async () => {
    const { db } = await typeInPauses(HISTORY_COALESCE_MS - 1_000);
    const history = await contractHistory(db, 'OWN-1');
    expect(history).toHaveLength(1);
    expect(history[0].changes).toEqual({ notes: [null, 'Board agreed'], owner: [null, 'CDIO'] });
    expect(history[0].at).toBe('2026-12-01T10:00:59.000Z');
  });

  it('starts a new entry once a minute has passed since the last', async () => {
    const { db } = await typeInPauses(HISTORY_COALESCE_MS);
    const history = await contractHistory(db, 'OWN-1');
    expect(history.map((h) => h.changes)).toEqual([
      { notes: ['Board', 'Board agreed'], owner: [null, 'CDIO'] },
      { notes: [null, 'Board'] },
    ]);
  });

  it('drops the entry when the edits are typed back to how the contract was', async () => {
    const { db, second } = await typeInPauses(1_000);
    await saveContract(db, original, second);
    expect(await contractHistory(db, 'OWN-1')).toEqual([]);
    expect(await db.contracts.get('OWN-1')).toEqual(original);
  });

  it('starts a new entry when an import wrote to the register since the last edit, so the import’s change is not credited to the user', async () => {
    const db = await freshDb();
    await db.contracts.put(original);
    const edited = { ...original, notes: 'Board' };
    await saveContract(db, edited, original);
    // A register imported a moment later replaces the contract's end date.
    const imported = { ...edited, currentEndDate: '2029-03-31' };
    await db.contracts.put(imported);
    await recordImport(db, { fileName: 'register.csv', summary: 'Imported register.csv', addedRefs: [], replaced: [edited] });
    await saveContract(db, { ...imported, notes: 'Board agreed' }, imported);
    expect((await contractHistory(db, 'OWN-1')).map((h) => h.changes)).toEqual([
      { notes: ['Board', 'Board agreed'] },
      { notes: [null, 'Board'] },
    ]);
  });

  it('never folds an edit into an import or a rename', async () => {
    const db = await freshDb();
    await db.contracts.put(original);
    const renamed = { ...original, reference: 'OWN-2' };
    await saveContract(db, renamed, original);
    await saveContract(db, { ...renamed, notes: 'x' }, renamed);
    expect((await contractHistory(db, 'OWN-2')).map((h) => h.summary)).toEqual(['Edited OWN-2', 'Edited OWN-2']);
  });
});

describe('saving an edit while another part of the app writes the same contract', () => {
  it('writes only the fields the edit changed, so KPI ratings saved meanwhile are kept', async () => {
    const db = await freshDb();
    await db.contracts.put(original);
    // The panel's form still holds the contract as it was read; the KPI section saves its ratings meanwhile.
    const rating = {
      kpi: 'Response time',
      periodStart: '2025-04-01',
      periodEnd: '2026-03-31',
      rating: 'good' as const,
      assessedOn: '2026-04-10',
    };
    await db.contracts.update(original.reference, { kpis: ['Response time'], kpiRatings: [rating] });
    await saveContract(db, { ...original, notes: 'Board agreed' }, original);
    const stored = await db.contracts.get(original.reference);
    expect(stored?.notes).toBe('Board agreed');
    expect(stored?.kpis).toEqual(['Response time']);
    expect(stored?.kpiRatings).toEqual([rating]);
  });

  it('clears a field the edit cleared, and moves the stored record when the reference changes', async () => {
    const db = await freshDb();
    await db.contracts.put({ ...original, notes: 'Old note' });
    await db.contracts.update(original.reference, { kpis: ['Uptime'] });
    const before = { ...original, notes: 'Old note' };
    const { notes: _cleared, ...withoutNotes } = before;
    await saveContract(db, { ...withoutNotes, reference: 'OWN-2' }, before);
    expect(await db.contracts.get('OWN-1')).toBeUndefined();
    const moved = await db.contracts.get('OWN-2');
    expect(moved?.notes).toBeUndefined();
    expect(moved?.kpis).toEqual(['Uptime']);
  });
});

describe('a save that cannot be finished', () => {
  it.each([
    ['its history entry', 'changeLog', 'add', { ...original, notes: 'Board' }],
    ['the renamed contract (the old reference is not removed)', 'contracts', 'put', { ...original, reference: 'OWN-2' }],
  ] as const)(
    'changes nothing when %s cannot be written: the contract and its history land together or not at all',
    async (_label, table, method, after) => {
      const db = await freshDb();
      await db.contracts.put(original);
      const failing = vi.spyOn(db[table], method).mockImplementation(() => {
        throw new Error('QuotaExceededError');
      });
      await expect(saveContract(db, after, original)).rejects.toThrow('QuotaExceededError');
      failing.mockRestore();
      expect(await db.contracts.get('OWN-1')).toEqual(original);
      expect(await db.contracts.get('OWN-2')).toBeUndefined();
      expect([...(await contractHistory(db, 'OWN-1')), ...(await contractHistory(db, 'OWN-2'))]).toEqual([]);
    },
  );
});
