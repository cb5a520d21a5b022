import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { appraisalSchema, benefitSchema, contractSchema, costLineSchema, optionSchema } from '@shared/domain';
import { DbVersionFromFutureError, openDb, requestPersistentStorage } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { aFutureDb } from '../../test/support/fresh-db';

let n = 0;
const freshName = () => `test-db-${Date.now()}-${n++}`;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

interface DbFixture {
  version: number;
  tables: Record<string, unknown[]>;
}

/** Seeds a raw database at an old schema version from a committed fixture (never edited). */
async function seedAtVersion(name: string, fixture: DbFixture): Promise<void> {
  const spec = SCHEMA_VERSIONS.find((v) => v.version === fixture.version);
  if (!spec) throw new Error(`No schema version ${fixture.version}`);
  const raw = new Dexie(name);
  raw.version(spec.version).stores(spec.stores);
  await raw.open();
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await raw.table(table).bulkAdd(rows);
  });
  raw.close();
}

describe('database schema and migrations', () => {
  it('opens a new database at the current version with every entity table', async () => {
    const db = await openDb(freshName());
    opened.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'appraisals',
      'benefits',
      'changeLog',
      'contracts',
      'costLines',
      'criteria',
      'imports',
      'meta',
      'options',
      'risks',
      'settings',
    ]);
  });

  // Every older version has a committed fixture of its data (the current one has nothing to upgrade).
  const older = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < CURRENT_SCHEMA_VERSION);
  it.each(older)('upgrades the committed version %i fixture with every row intact', async (version) => {
    const fixture = JSON.parse(readFileSync(`test/fixtures/db/v${version}.json`, 'utf8')) as DbFixture;
    const name = freshName();
    await seedAtVersion(name, fixture);
    const db = await openDb(name);
    opened.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await db.table(table).count(), table).toBe(rows.length);
    }
    // Every migrated contract is still a valid contract at the current version.
    for (const contract of await db.contracts.toArray()) expect(contractSchema.safeParse(contract).success).toBe(true);
  });

  it('upgrades schema 1 to 2: a negative "benefit" cost line becomes a cash-releasing benefit, the single optimism bias the development uplift', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/db/v1-benefits.json', 'utf8')) as DbFixture;
    const name = freshName();
    await seedAtVersion(name, fixture);
    const db = await openDb(name);
    opened.push(db);
    expect(await db.costLines.count()).toBe(fixture.tables.costLines.length - 1);
    const [benefit] = await db.benefits.toArray();
    expect(benefit).toMatchObject({
      id: 'cl-3',
      optionId: 'op-2',
      type: 'CRB',
      label: 'Paper records storage saved',
      cashflow: { kind: 'recurring', amount: 120_000, startDate: '2028-04-01', endDate: '2034-03-31', indexationPct: 2 },
    });
    expect(benefitSchema.safeParse(benefit).success).toBe(true);
    const option = await db.options.get('op-2');
    expect(option?.optimismBias.development).toEqual({ pct: 41, mitigation: 'Reference class: outsourcing upper bound' });
    for (const o of await db.options.toArray()) expect(optionSchema.safeParse(o).success).toBe(true);
    for (const l of await db.costLines.toArray()) expect(costLineSchema.safeParse(l).success).toBe(true);
    for (const a of await db.appraisals.toArray()) expect(appraisalSchema.safeParse(a).success).toBe(true);
    expect((await db.costLines.toArray()).map((l) => [l.id, l.order])).toEqual([
      ['cl-1', 0],
      ['cl-2', 1],
      ['cl-4', 0],
    ]);
  });

  it('refuses a database written by a newer app with a typed, explained error', async () => {
    const name = await aFutureDb();
    const error = await openDb(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbVersionFromFutureError);
    expect((error as DbVersionFromFutureError).found).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect((error as Error).message).toMatch(/newer version of Trust Procurement Planner/);
  });
});

describe('persistent storage', () => {
  it('asks for persistence when not yet persistent and reports the answer', async () => {
    let asked = 0;
    const storage = {
      persisted: async () => false,
      persist: async () => {
        asked++;
        return true;
      },
    } as unknown as StorageManager;
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(asked).toBe(1);
  });
  it('reports false where the storage API is missing', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});
