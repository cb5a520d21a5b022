import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { aContract, someSettings } from '../../test/support/builders';
import { saveSettings } from './settings';
import { DbVersionFromFutureError, openDb, type PlannerDb } from './db';
import { FIRST_PAGE_ROWS, FIRST_PAINT_SCHEMA_VERSION, startEarlyOpen } from './db-early';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { aFutureDb } from '../../test/support/fresh-db';

let n = 0;
const freshName = () => `early-${Date.now()}-${n++}`;
const opened: PlannerDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
const open = async (name: string, early = startEarlyOpen(name)) => {
  const db = await openDb(name, early);
  opened.push(db);
  return db;
};

describe('the early open (start-up reads overlapping script loading)', () => {
  it('paints first rows only from the schema the app uses now (an older one is upgraded first)', () => {
    expect(FIRST_PAINT_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('does not create a database that is not there: openDb then creates it at the current version', async () => {
    const name = freshName();
    const read = await startEarlyOpen(name).read;
    expect(read).toEqual({ version: 0, firstPage: undefined, settings: undefined });
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
    const db = await open(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.takeStartupPage()).toBeUndefined();
  });

  it('reads the same first page as the register query, and the settings row, from the database as stored', async () => {
    const name = freshName();
    const setup = await openDb(name);
    const contracts = Array.from({ length: FIRST_PAGE_ROWS + 30 }, (_, i) =>
      aContract({ reference: `E-${i}`, currentEndDate: `2028-0${(i % 9) + 1}-${String((i % 27) + 1).padStart(2, '0')}` }),
    );
    await setup.contracts.bulkPut(contracts);
    await saveSettings(setup, someSettings({ organisation: { trustName: 'Early Trust' } }));
    const expected = await setup.contracts.orderBy('currentEndDate').limit(FIRST_PAGE_ROWS).toArray();
    setup.close();

    const read = await startEarlyOpen(name).read;
    expect(read.version).toBe(CURRENT_SCHEMA_VERSION);
    expect((read.firstPage as { reference: string }[]).map((c) => c.reference)).toEqual(expected.map((c) => c.reference));
    expect((read.settings as { organisation: { trustName: string } }).organisation.trustName).toBe('Early Trust');
    // openDb keeps them for the first screen: useSettings shows them until its live read answers.
    const db = await open(name);
    expect((db.startupSettings()?.value as { organisation: { trustName: string } }).organisation.trustName).toBe('Early Trust');
  });

  it('hands the page to the first register read once, with defaults filled; the next read asks the database', async () => {
    const name = freshName();
    const setup = await openDb(name);
    // A row stored without a defaulted field (as an old backup could leave it) still reads with it.
    const { linkedContracts: _dropped, ...damaged } = aContract({ reference: 'D-1' });
    await setup.contracts.put(damaged as never);
    setup.close();

    const db = await open(name);
    const page = db.takeStartupPage();
    expect(page?.map((c) => c.reference)).toEqual(['D-1']);
    expect(page?.[0].linkedContracts).toEqual([]);
    expect(db.takeStartupPage()).toBeUndefined();
  });

  it('never holds up an upgrade: a schema 1 database opened early still upgrades, and its old rows are not handed on', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/db/v1.json', 'utf8')) as { tables: Record<string, unknown[]> };
    const name = freshName();
    const raw = new Dexie(name);
    raw.version(1).stores(SCHEMA_VERSIONS[0].stores);
    await raw.open();
    await raw.transaction('rw', raw.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await raw.table(table).bulkAdd(rows);
    });
    raw.close();

    const early = startEarlyOpen(name);
    expect((await early.read).version).toBe(1);
    const db = await open(name, early);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.takeStartupPage()).toBeUndefined();
  });

  it("refuses a database from a newer app from the early connection's version, without touching it", async () => {
    const name = await aFutureDb();
    const error = await openDb(name, startEarlyOpen(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbVersionFromFutureError);
    expect((error as DbVersionFromFutureError).found).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect((await indexedDB.databases()).find((d) => d.name === name)?.version).toBe((CURRENT_SCHEMA_VERSION + 1) * 10);
  });
});
