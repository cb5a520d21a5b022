/**
 * A fresh, empty PlannerDb for each test, on fake-indexeddb, opened through the app's own openDb (so
 * every schema version and upgrade runs). It is closed and deleted when the test finishes, so no test
 * sees another's rows. Works in both test projects: it installs fake-indexeddb itself.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { onTestFinished } from 'vitest';
import { openDb, type PlannerDb } from '../../renderer/data/db';

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
