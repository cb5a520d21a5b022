/**
 * A fresh, empty PlannerDb for each test, on fake-indexeddb, opened through the app's own openDb (so
 * every schema version and upgrade runs). It is closed and deleted when the test finishes, so no test
 * sees another's rows. Works in both test projects: it installs fake-indexeddb itself.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { onTestFinished } from 'vitest';
import type { Contract } from '@shared/domain';
import { applyImport, type ImportPlan } from '../../renderer/data/contracts';
import { openDb, type PlannerDb } from '../../renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/data/schema';

let n = 0;

export async function freshDb(): Promise<PlannerDb> {
  const name = `test-db-${process.pid}-${++n}`;
  const db = await openDb(name);
  onTestFinished(async () => {
    db.close();
    await Dexie.delete(name);
  });
  return db;
}

/**
 * Leaves a database as a newer app would: one schema version past this app's, with a store this app
 * does not know. Returns its name; it is deleted when the test finishes.
 */
export async function aFutureDb(): Promise<string> {
  const name = `future-db-${process.pid}-${++n}`;
  const future = new Dexie(name);
  future.version(CURRENT_SCHEMA_VERSION + 1).stores({ contracts: 'reference', somethingNew: 'id' });
  await future.open();
  future.close();
  onTestFinished(() => Dexie.delete(name));
  return name;
}

/**
 * Puts `contracts` on the register as one import of `fileName` that added each of them (as the first
 * import of a register leaves it), through the app's own applyImport; returns the import's id.
 */
export function importContracts(db: PlannerDb, contracts: Contract[], fileName = 'register.csv', more: Partial<ImportPlan> = {}) {
  const addedRefs = contracts.map((c) => c.reference);
  return applyImport(db, { fileName, toPut: contracts, replaced: [], addedRefs, summary: `Imported ${fileName}`, ...more });
}
