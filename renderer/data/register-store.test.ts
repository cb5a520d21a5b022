import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contractSchema, type Contract } from '@shared/domain';
import { applyImport, saveContract } from './contracts';
import { openDb, type PlannerDb } from './db';
import { RegisterStore, type RegisterSnapshot } from './register-store';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contracts: Contract[] = sample.contracts.map((c: unknown) => contractSchema.parse(c));

let n = 0;
const dbs: PlannerDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});
const fresh = async () => {
  const db = await openDb(`register-store-test-${n++}`);
  dbs.push(db);
  return db;
};

/** Resolves with the first snapshot that passes `test`. */
function snapshotWhere(store: RegisterStore, test: (s: RegisterSnapshot) => boolean): Promise<RegisterSnapshot> {
  return new Promise((resolve) => {
    if (test(store.getSnapshot())) return resolve(store.getSnapshot());
    const stop = store.subscribe(() => {
      if (!test(store.getSnapshot())) return;
      stop();
      resolve(store.getSnapshot());
    });
  });
}

/** A store over the sample register, with a screen watching it, once `read` has brought in every contract. */
async function sampleLoaded(read: (store: RegisterStore) => void) {
  const db = await fresh();
  await applyImport(db, { fileName: 'x', toPut: contracts, replaced: [], addedRefs: [], summary: 'seed' });
  const store = new RegisterStore(db);
  store.subscribe(() => {});
  read(store);
  const loaded = await snapshotWhere(store, (s) => s.phase === 'all' && s.contracts.length === contracts.length);
  return { db, store, loaded };
}

describe('the register store', () => {
  it('shows an import into an empty register once reloaded (the empty read must not hide the new one)', async () => {
    const db = await fresh();
    const store = new RegisterStore(db);
    store.subscribe(() => {});
    store.start();
    expect((await snapshotWhere(store, (s) => s.phase === 'all')).total).toBe(0);

    await applyImport(db, { fileName: 'x', toPut: contracts.slice(0, 2), replaced: [], addedRefs: [], summary: 'seed' });
    store.reload();
    const after = await snapshotWhere(store, (s) => s.contracts.length === 2);
    expect(after).toMatchObject({ phase: 'all', total: 2 });
  });

  it('puts an edited contract in place without reading the register again', async () => {
    // The sample is under one page, so the first read is the whole register.
    const { db, store, loaded } = await sampleLoaded((store) => store.start());

    const edited = { ...loaded.contracts[3], title: 'Renamed' };
    await saveContract(db, edited, loaded.contracts[3]);
    // Reading again would be asynchronous; the edit is in the snapshot at once, everything else untouched.
    store.applySaved(edited);
    const now = store.getSnapshot();
    expect(now.contracts[3]).toBe(edited);
    expect(now.contracts.filter((c, i) => c !== loaded.contracts[i])).toEqual([edited]);
    expect(now.total).toBe(contracts.length);
  });

  it('keeps an edit made while the whole register is being read again, though the read began before it', async () => {
    const { db, store, loaded } = await sampleLoaded((store) => store.requestAll());

    // The next whole read (by key, ':id') takes its page, then waits until the edit below is saved:
    // the page holds the contract as it was, as a page read just before a save does.
    let pageTaken!: () => void;
    const taken = new Promise<void>((resolve) => (pageTaken = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const orderBy = db.contracts.orderBy.bind(db.contracts);
    let held = false;
    const spy = vi.spyOn(db.contracts, 'orderBy').mockImplementation((index) => {
      const collection = orderBy(index);
      if (index !== ':id' || held) return collection;
      held = true;
      const limit = collection.limit.bind(collection);
      collection.limit = (n) => {
        const limited = limit(n);
        const toArray = limited.toArray.bind(limited);
        limited.toArray = (async () => {
          const rows = await toArray();
          pageTaken();
          await released;
          return rows;
        }) as typeof limited.toArray;
        return limited;
      };
      return collection;
    });

    // After an import the old register stays on screen while the new one is read.
    store.reload();
    await taken;
    const edited = { ...loaded.contracts[3], title: 'Renamed while loading' };
    await saveContract(db, edited, loaded.contracts[3]);
    store.applySaved(edited);
    // On screen at once, over the register still showing: not only once the read lands seconds later.
    const patched = store.getSnapshot().contracts;
    expect(patched.find((c) => c.reference === edited.reference)?.title).toBe('Renamed while loading');
    release();

    await snapshotWhere(store, (s) => s.phase === 'all' && s.contracts !== loaded.contracts && s.contracts !== patched);
    await new Promise((resolve) => setTimeout(resolve, 100));
    spy.mockRestore();
    expect(store.getSnapshot().contracts.find((c) => c.reference === edited.reference)?.title).toBe('Renamed while loading');
    expect(store.getSnapshot().total).toBe(contracts.length);
  });
});
