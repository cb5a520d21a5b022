import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { formatMoney } from '@shared/format';
import { anInfrastructureContract } from '../../test/support/builders';
import { freshDb, importContracts } from '../../test/support/fresh-db';
import { addKpi } from '../features/portfolio/kpi-edits';
import { createBackup, readBackup } from './backup';
import { createCommands } from './commands';
import { keepFirstScreenSnapshot, rewriteSnapshot } from './first-screen-keeper';
import {
  beginSnapshotWrite,
  clearSnapshot,
  pageSums,
  readSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_KEY,
  SNAPSHOT_MAX_CHARS,
  writeSnapshot,
  type FirstScreenSnapshot,
} from './first-screen-snapshot';
import { RegisterStore } from './register-store';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { stageImport } from './staged-import';

/** localStorage as the browser has it, in memory. */
class MemoryStorage implements Storage {
  items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const sampleText = readFileSync('assets/sample-portfolio.json', 'utf8');
const contracts: Contract[] = sample.contracts.slice(0, 4).map((c: unknown) => contractSchema.parse(c));

const aSnapshot = (over: Partial<FirstScreenSnapshot> = {}): FirstScreenSnapshot => ({
  format: SNAPSHOT_FORMAT,
  schema: CURRENT_SCHEMA_VERSION,
  firstPage: [{ reference: 'C-1', title: 'Stale title' }],
  settings: { organisation: { trustName: 'Old Trust' } },
  persistent: true,
  ...over,
});

describe('the first-screen snapshot in localStorage', () => {
  it('reads back what was written, for the same schema', () => {
    const snap = aSnapshot();
    expect(writeSnapshot(snap)).toBe(true);
    expect(readSnapshot(CURRENT_SCHEMA_VERSION)).toEqual(snap);
  });

  it('is ignored under another schema or format, or when damaged', () => {
    writeSnapshot(aSnapshot());
    expect(readSnapshot(CURRENT_SCHEMA_VERSION + 1)).toBeUndefined();
    storage.setItem(SNAPSHOT_KEY, JSON.stringify({ ...aSnapshot(), format: SNAPSHOT_FORMAT + 1 }));
    expect(readSnapshot(CURRENT_SCHEMA_VERSION)).toBeUndefined();
    storage.setItem(SNAPSHOT_KEY, '{"format":1,');
    expect(readSnapshot(CURRENT_SCHEMA_VERSION)).toBeUndefined();
    storage.setItem(SNAPSHOT_KEY, JSON.stringify({ ...aSnapshot(), firstPage: 'rows' }));
    expect(readSnapshot(CURRENT_SCHEMA_VERSION)).toBeUndefined();
  });

  it('is cleared by clearSnapshot', () => {
    writeSnapshot(aSnapshot());
    clearSnapshot();
    expect(storage.getItem(SNAPSHOT_KEY)).toBeNull();
  });

  it('never breaks the app when storage refuses: a full quota leaves no snapshot, a security error reads as none', () => {
    writeSnapshot(aSnapshot());
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeSnapshot(aSnapshot({ settings: { organisation: { trustName: 'New Trust' } } }))).toBe(false);
    expect(storage.getItem(SNAPSHOT_KEY)).toBeNull();

    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(readSnapshot(CURRENT_SCHEMA_VERSION)).toBeUndefined();
    expect(() => clearSnapshot()).not.toThrow();
    expect(writeSnapshot(aSnapshot())).toBe(false);
    const end = beginSnapshotWrite();
    expect(() => end()).not.toThrow();
  });

  it('is not kept when it would be too large to be worth reading', () => {
    writeSnapshot(aSnapshot());
    expect(writeSnapshot(aSnapshot({ firstPage: [{ notes: 'x'.repeat(SNAPSHOT_MAX_CHARS) }] }))).toBe(false);
    expect(storage.getItem(SNAPSHOT_KEY)).toBeNull();
  });
});

/**
 * Records, at each request to write to the contracts or settings store (IndexedDB itself, under
 * Dexie), whether a snapshot was still stored: it must be gone before the first write is asked for.
 */
function watchWrites(): { seenWithSnapshot: number; writes: number } {
  const seen = { seenWithSnapshot: 0, writes: 0 };
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } }).IDBObjectStore.prototype;
  for (const method of ['put', 'add', 'delete', 'clear'] as const) {
    const original = proto[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(proto, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'contracts' || this.name === 'settings') {
        seen.writes += 1;
        if (storage.getItem(SNAPSHOT_KEY) !== null) seen.seenWithSnapshot += 1;
      }
      return original.apply(this, args);
    } as never);
  }
  return seen;
}

async function seeded() {
  const db = await freshDb();
  await importContracts(db, contracts, 'seed.csv');
  const register = new RegisterStore(db);
  return { db, register, commands: createCommands(db, register) };
}

type Services = Awaited<ReturnType<typeof seeded>>;

/** Every write that can change what the first screen shows, each through the path the app uses. */
const WRITES: [string, (s: Services) => Promise<unknown>][] = [
  ['saving a contract', ({ commands }) => commands.contracts.save({ ...contracts[0], title: 'Edited title' }, contracts[0])],
  ['deleting a contract', ({ commands }) => commands.contracts.remove(contracts[1])],
  [
    'putting a deleted contract back (Undo)',
    async ({ commands }) => {
      await commands.contracts.remove(contracts[1]);
      writeSnapshot(aSnapshot());
      await commands.contracts.restore(contracts[1]);
    },
  ],
  ['changing a contract’s KPIs', ({ commands }) => commands.kpis.update(contracts[0].reference, addKpi('Response time'), 'Added a KPI')],
  [
    'an import (written as the import worker does)',
    async ({ db }) => {
      const staged = await stageImport(db, (_existing, write) => write(anInfrastructureContract({ reference: 'NEW-1' })));
      await staged.commit({ fileName: 'more.csv', replaced: [], addedRefs: ['NEW-1'], summary: 'Imported more.csv' });
    },
  ],
  [
    'undoing an import',
    async ({ db, commands }) => {
      const id = await importContracts(db, [anInfrastructureContract({ reference: 'NEW-2' })], 'more.csv');
      writeSnapshot(aSnapshot());
      await commands.imports.undo(id);
    },
  ],
  ['loading the sample portfolio', ({ commands }) => commands.imports.loadSample('sample-portfolio.json', sampleText)],
  [
    'removing the sample, and putting it back',
    async ({ commands }) => {
      await commands.imports.loadSample('sample-portfolio.json', sampleText);
      writeSnapshot(aSnapshot());
      const { removal } = await commands.sample.remove();
      expect(storage.getItem(SNAPSHOT_KEY)).toBeNull();
      writeSnapshot(aSnapshot());
      await commands.sample.putBack(removal);
    },
  ],
  ['saving settings', ({ commands }) => commands.settings.save({ ...DEFAULT_SETTINGS, expiringHorizonMonths: 6 })],
  ['changing one setting', ({ commands }) => commands.settings.update((s) => ({ ...s, expiringHorizonMonths: 9 }))],
  ['setting the trust name', ({ commands }) => commands.settings.setTrustName('Northshire Hospitals NHS Foundation Trust')],
  [
    'restoring a backup',
    async ({ db, commands }) => {
      const { tables } = await readBackup(db, await createBackup(db));
      writeSnapshot(aSnapshot());
      await commands.backup.restore(tables);
    },
  ],
];

describe('every write that can change the first screen clears the snapshot before its first row lands', () => {
  it.each(WRITES)('%s', async (_, write) => {
    const services = await seeded();
    writeSnapshot(aSnapshot());
    const seen = watchWrites();
    await write(services);
    expect(seen.writes).toBeGreaterThan(0);
    expect(seen.seenWithSnapshot).toBe(0);
    expect(storage.getItem(SNAPSHOT_KEY)).toBeNull();
  });

  it('a write to other tables (an appraisal) leaves it', async () => {
    const { commands } = await seeded();
    writeSnapshot(aSnapshot());
    await commands.appraisals.create({ title: 'EPR', contracts: [contracts[0]], settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    expect(readSnapshot(CURRENT_SCHEMA_VERSION)).toEqual(aSnapshot());
  });
});

describe('writing the snapshot again', () => {
  it('stores the committed first page by end date and the settings', async () => {
    const { db, commands } = await seeded();
    await commands.settings.setTrustName('Northshire Hospitals NHS Foundation Trust');
    expect(await rewriteSnapshot(db, CURRENT_SCHEMA_VERSION)).toBe(true);
    const snap = readSnapshot(CURRENT_SCHEMA_VERSION)!;
    const byEndDate = [...contracts].sort(
      (a, b) => a.currentEndDate.localeCompare(b.currentEndDate) || a.reference.localeCompare(b.reference),
    );
    expect((snap.firstPage as Contract[]).map((c) => c.reference)).toEqual(byEndDate.map((c) => c.reference));
    expect((snap.settings as { organisation: { trustName: string } }).organisation.trustName).toBe(
      'Northshire Hospitals NHS Foundation Trust',
    );
    // The amounts the first paint shows, in formatMoney's words, so it needs no formatter of its own.
    const sums = pageSums(snap.firstPage);
    for (const amount of [...contracts.map((c) => c.annualValue), sums.annualValue, sums.totalValue])
      if (amount !== undefined) expect(snap.money?.[String(amount)]).toBe(formatMoney(amount));
  });

  it('stores nothing when a write began while it read, or one is still in flight', async () => {
    const { db, commands } = await seeded();
    const rewriting = rewriteSnapshot(db, CURRENT_SCHEMA_VERSION);
    const saving = commands.contracts.save({ ...contracts[0], title: 'Edited meanwhile' }, contracts[0]);
    expect(await rewriting).toBe(false);
    await saving;
    expect(storage.getItem(SNAPSHOT_KEY)).toBeNull();

    const end = beginSnapshotWrite(); // an import worker writing in its own connection
    expect(await rewriteSnapshot(db, CURRENT_SCHEMA_VERSION)).toBe(false);
    end();
    expect(await rewriteSnapshot(db, CURRENT_SCHEMA_VERSION)).toBe(true);
  });

  it('follows a burst of edits once, after they settle, with the edited value', async () => {
    const { db, commands } = await seeded();
    const stop = keepFirstScreenSnapshot(db, CURRENT_SCHEMA_VERSION, 20);
    try {
      await vi.waitFor(() => expect(readSnapshot(CURRENT_SCHEMA_VERSION)).toBeDefined());
      const first = (readSnapshot(CURRENT_SCHEMA_VERSION)!.firstPage as Contract[])[0];
      await commands.contracts.save({ ...first, title: 'Renamed in the register' }, first);
      expect(storage.getItem(SNAPSHOT_KEY)).toBeNull();
      await vi.waitFor(() =>
        expect((readSnapshot(CURRENT_SCHEMA_VERSION)?.firstPage as Contract[] | undefined)?.[0]?.title).toBe('Renamed in the register'),
      );
    } finally {
      stop();
    }
  });
});
