/**
 * The data layer's hooks against a real (fake-indexeddb) database: what a screen reads, and how a
 * write through the commands reaches it without reading the register again.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/domain';
import { DataProvider, useCommands, useRegister, useSettings, type PlannerDb } from '../../renderer/data';
import { FIRST_PAGE_ROWS, RegisterStore } from '../../renderer/data/register-store';
import { aContract, someSettings } from '../support/builders';
import { freshDb } from '../support/fresh-db';

const inProvider =
  (db: PlannerDb) =>
  ({ children }: { children: ReactNode }) => <DataProvider db={db}>{children}</DataProvider>;

describe('useSettings', () => {
  it('gives every default on a new database, then what a command saved', async () => {
    const db = await freshDb();
    const { result } = renderHook(() => ({ settings: useSettings(), commands: useCommands() }), { wrapper: inProvider(db) });
    await waitFor(() => expect(result.current.settings).toEqual(DEFAULT_SETTINGS));
    await act(() => result.current.commands.settings.update((s) => ({ ...s, expiringHorizonMonths: 24 }), 'Changed the horizon'));
    await waitFor(() => expect(result.current.settings?.expiringHorizonMonths).toBe(24));
    expect(result.current.settings?.discount).toEqual(DEFAULT_SETTINGS.discount);
  });

  it('reads settings already stored, keeping defaults for what was never set', async () => {
    const db = await freshDb();
    await db.settings.put({ key: 'app', value: { organisation: { trustName: 'Northshire NHS Trust' } } });
    const { result } = renderHook(() => useSettings(), { wrapper: inProvider(db) });
    await waitFor(() => expect(result.current?.organisation.trustName).toBe('Northshire NHS Trust'));
    expect(result.current).toEqual(someSettings({ organisation: { trustName: 'Northshire NHS Trust', author: '' } }));
  });
});

describe('useRegister', () => {
  async function withContracts(count: number) {
    const db = await freshDb();
    const contracts = Array.from({ length: count }, (_, i) =>
      aContract({ reference: `C-${String(i).padStart(4, '0')}`, currentEndDate: `2027-03-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    await db.contracts.bulkPut(contracts);
    const hook = renderHook(({ full }: { full: boolean }) => ({ register: useRegister({ full }), commands: useCommands() }), {
      wrapper: inProvider(db),
      initialProps: { full: true },
    });
    await waitFor(() => expect(hook.result.current.register.phase).toBe('all'));
    return { db, contracts, ...hook };
  }

  it('reads every contract', async () => {
    const { result, contracts } = await withContracts(5);
    expect(result.current.register.total).toBe(5);
    expect(result.current.register.contracts.map((c) => c.reference).sort()).toEqual(contracts.map((c) => c.reference));
  });

  it('changes an edited contract in place: same position, the others untouched, and the edit stored', async () => {
    const { db, result } = await withContracts(4);
    const before = result.current.register.contracts;
    const edited = { ...before[2], title: 'Renamed EPR', annualValue: 300_000 };
    // Every read of the register starts with one of these; none may start for an edit (with 100,000
    // contracts a re-read is seconds of paged reads).
    const reads = [vi.spyOn(RegisterStore.prototype, 'reload'), vi.spyOn(RegisterStore.prototype, 'requestAll')];
    try {
      await act(() => result.current.commands.contracts.save(edited, before[2]));
      for (const read of reads) expect(read).not.toHaveBeenCalled();
    } finally {
      for (const read of reads) read.mockRestore();
    }
    const after = result.current.register.contracts;
    expect(after).not.toBe(before); // a new array, so screens re-render
    expect(after[2]).toEqual(edited);
    // The other rows are the very objects read before: the register was not read again.
    [0, 1, 3].forEach((i) => expect(after[i]).toBe(before[i]));
    expect(result.current.register.total).toBe(4);
    expect(await db.contracts.get(edited.reference)).toMatchObject({ title: 'Renamed EPR', annualValue: 300_000 });
  });

  it('follows a change of reference, an added contract and a deletion, keeping the total right', async () => {
    const { db, result } = await withContracts(3);
    const [first] = result.current.register.contracts;
    const renamed = { ...first, reference: 'C-RENAMED' };
    await act(() => result.current.commands.contracts.save(renamed, first));
    expect(result.current.register.contracts[0].reference).toBe('C-RENAMED');
    expect(result.current.register.contracts.some((c) => c.reference === first.reference)).toBe(false);
    expect(await db.contracts.get(first.reference)).toBeUndefined();

    const added = aContract({ reference: 'C-NEW' });
    await act(() => result.current.commands.contracts.save(added));
    expect(result.current.register.contracts.at(-1)).toEqual(added);
    expect(result.current.register.total).toBe(4);

    await act(() => result.current.commands.contracts.remove(added));
    expect(result.current.register.contracts.map((c) => c.reference)).not.toContain('C-NEW');
    expect(result.current.register.total).toBe(3);
    expect(await db.contracts.count()).toBe(3);
  });

  it('shows the first screenful by end date first, counts the rest, and reads everything when asked', async () => {
    const db = await freshDb();
    const count = FIRST_PAGE_ROWS + 20;
    await db.contracts.bulkPut(
      Array.from({ length: count }, (_, i) => aContract({ reference: `P-${i}`, currentEndDate: `20${30 + (i % 60)}-01-01` })),
    );
    const { result } = renderHook(() => useRegister({ full: false }), { wrapper: inProvider(db) });
    await waitFor(() => expect(result.current.total).toBe(count));
    expect(result.current.phase).toBe('first-page');
    expect(result.current.contracts).toHaveLength(FIRST_PAGE_ROWS);
    const ends = result.current.contracts.map((c) => c.currentEndDate);
    expect(ends).toEqual([...ends].sort());
    act(() => result.current.requestAll());
    await waitFor(() => expect(result.current.phase).toBe('all'));
    expect(result.current.contracts).toHaveLength(count);
  });

  it('reads again after an edit made before every contract was in, so the edit is never lost', async () => {
    const db = await freshDb();
    await db.contracts.bulkPut(Array.from({ length: FIRST_PAGE_ROWS + 5 }, (_, i) => aContract({ reference: `Q-${i}` })));
    const { result } = renderHook(() => ({ register: useRegister({ full: false }), commands: useCommands() }), { wrapper: inProvider(db) });
    await waitFor(() => expect(result.current.register.phase).toBe('first-page'));
    const target = result.current.register.contracts[0];
    await act(() => result.current.commands.contracts.save({ ...target, title: 'Edited early' }, target));
    await waitFor(() =>
      expect(result.current.register.contracts.find((c) => c.reference === target.reference)?.title).toBe('Edited early'),
    );
  });
});
