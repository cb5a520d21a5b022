import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { contractSchema, type Contract } from '@shared/domain';
import { applyImport } from './contracts';
import { openDb, type PlannerDb } from './db';
import { undoImportIfUnedited } from './import-undo';
import { stageImport } from './staged-import';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contracts: Contract[] = sample.contracts.slice(0, 6).map((c: unknown) => contractSchema.parse(c));

let n = 0;
const dbs: PlannerDb[] = [];
const fresh = async () => {
  const db = await openDb(`staged-import-test-${Date.now()}-${n++}`);
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** A register of the first three contracts, as a finished import left it. */
async function seeded(): Promise<PlannerDb> {
  const db = await fresh();
  await applyImport(db, { fileName: 'first.csv', toPut: contracts.slice(0, 3), replaced: [], addedRefs: [], summary: 'seed' });
  return db;
}

/** Stages an import that changes the first contract's notes and adds the last three. */
function stageChanges(db: PlannerDb, holdMs?: number) {
  return stageImport(
    db,
    (existing, write) => {
      const changed = { ...existing.get(contracts[0].reference)!, notes: 'Renewed in the streaming import' };
      write(changed);
      for (const c of contracts.slice(3)) write(c);
      return { replaced: [existing.get(contracts[0].reference)!], added: contracts.slice(3).map((c) => c.reference) };
    },
    holdMs,
  );
}

async function dump(db: PlannerDb) {
  return { contracts: await db.contracts.toArray(), imports: await db.imports.toArray(), changeLog: await db.changeLog.toArray() };
}

describe('the streaming import', () => {
  it('commits the staged rows with one undo record and one history entry, and undo puts the register back', async () => {
    const db = await seeded();
    const before = await dump(db);
    const staged = await stageChanges(db);
    expect(staged.held).toBe(true);
    const { replaced, added } = staged.analysed;
    const id = await staged.commit({ fileName: 'second.csv', replaced, addedRefs: added, summary: 'Imported second.csv' });

    expect(id).toBeTypeOf('number');
    expect(await db.contracts.count()).toBe(6);
    expect((await db.contracts.get(contracts[0].reference))?.notes).toBe('Renewed in the streaming import');
    const after = await dump(db);
    expect(after.imports).toHaveLength(before.imports.length + 1);
    expect(after.imports.at(-1)).toMatchObject({ fileName: 'second.csv', addedRefs: added, replaced });
    expect(after.changeLog.at(-1)).toMatchObject({ entity: 'portfolio', action: 'import', summary: 'Imported second.csv' });

    await undoImportIfUnedited(db, id!);
    expect((await dump(db)).contracts).toEqual(before.contracts);
  });

  it('shows nothing it wrote to a reader until it commits, then all of it', async () => {
    const db = await seeded();
    const staged = await stageChanges(db);
    let seen: number | undefined;
    // Another connection's read, as the window's: it waits for the import's transaction to end.
    const other = await openDb(db.name);
    dbs.push(other);
    const read = other.contracts.count().then((count) => {
      seen = count;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toBeUndefined();
    await staged.commit({ fileName: 'second.csv', replaced: [], addedRefs: [], summary: 'Imported second.csv' });
    await read;
    expect(seen).toBe(6);
  });

  it('leaves the register exactly as it was when discarded', async () => {
    const db = await seeded();
    const before = await dump(db);
    const staged = await stageChanges(db);
    await staged.discard();
    expect(staged.held).toBe(false);
    expect(await dump(db)).toEqual(before);
  });

  it('rolls back when the user takes too long, and then asks for the rows to be written afresh', async () => {
    const db = await seeded();
    const before = await dump(db);
    const staged = await stageChanges(db, 30);
    await new Promise((r) => setTimeout(r, 120));
    expect(staged.held).toBe(false);
    expect(await staged.commit({ fileName: 'second.csv', replaced: [], addedRefs: [], summary: 'x' })).toBeUndefined();
    expect(await dump(db)).toEqual(before);
  });

  it('writes nothing when the reading fails part-way', async () => {
    const db = await seeded();
    const before = await dump(db);
    await expect(
      stageImport(db, (_existing, write) => {
        write(contracts[4]);
        throw new Error('row 3 could not be read');
      }),
    ).rejects.toThrow('row 3 could not be read');
    expect(await dump(db)).toEqual(before);
  });
});
