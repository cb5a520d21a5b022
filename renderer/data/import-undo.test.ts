import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDb, importContracts } from '../../test/support/fresh-db';
import { contractSchema, type Contract } from '@shared/domain';
import { saveContract } from './contracts';
import { IMPORT_UNDO_KEPT, importUndoBlocker, pruneImportUndo, undoImportIfUnedited } from './import-undo';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contracts: Contract[] = sample.contracts.slice(0, 4).map((c: unknown) => contractSchema.parse(c));

describe('undo of an import', () => {
  it('is offered and works while nothing imported has been edited', async () => {
    const db = await freshDb();
    const id = await importContracts(db, contracts);
    expect(await importUndoBlocker(db, id)).toBeUndefined();
    await undoImportIfUnedited(db, id);
    expect(await db.contracts.count()).toBe(0);
  });

  it('is refused once an imported contract has been edited, and the edit survives', async () => {
    const db = await freshDb();
    const id = await importContracts(db, contracts);
    const edited = { ...contracts[1], notes: 'Agreed with the supplier on 3 Dec' };
    await saveContract(db, edited, contracts[1]);

    const reason = await importUndoBlocker(db, id);
    expect(reason).toContain(contracts[1].reference);
    expect(reason).toMatch(/edited since/);
    await expect(undoImportIfUnedited(db, id)).rejects.toThrow(/edited since/);
    expect((await db.contracts.get(contracts[1].reference))?.notes).toBe('Agreed with the supplier on 3 Dec');
    expect(await db.contracts.count()).toBe(contracts.length);
  });

  it('names the contracts it wrote that were edited since, in the order they were edited, and no others', async () => {
    const db = await freshDb();
    await importContracts(db, contracts.slice(0, 1), 'first.csv');
    const id = await importContracts(db, contracts.slice(1), 'second.csv');
    await saveContract(db, { ...contracts[3], notes: 'first edit' }, contracts[3]);
    await saveContract(db, { ...contracts[0], notes: 'not the import’s' }, contracts[0]);
    await saveContract(db, { ...contracts[1], notes: 'second edit' }, contracts[1]);

    const reason = await importUndoBlocker(db, id);
    expect(reason).toContain(
      `Undo is no longer offered: ${contracts[3].reference}, ${contracts[1].reference} were edited since the import`,
    );
    expect(reason).not.toContain(contracts[0].reference);
  });

  it('names them the same way when many were edited (the import’s lists are then searched in one pass)', async () => {
    const db = await freshDb();
    const many = Array.from({ length: 40 }, (_, i) => ({ ...contracts[0], reference: `R-${String(i).padStart(2, '0')}` }));
    const id = await importContracts(db, many);
    for (const c of [...many].reverse().slice(0, 35)) await saveContract(db, { ...c, notes: 'edited' }, c);

    expect(await importUndoBlocker(db, id)).toContain(
      'Undo is no longer offered: R-39, R-38, R-37 and 32 more were edited since the import',
    );
  });

  it('ignores edits to contracts the import did not touch', async () => {
    const db = await freshDb();
    await importContracts(db, contracts.slice(0, 1), 'first.csv');
    const id = await importContracts(db, contracts.slice(1), 'second.csv');
    await saveContract(db, { ...contracts[0], notes: 'unrelated' }, contracts[0]);
    expect(await importUndoBlocker(db, id)).toBeUndefined();
  });

  it('is refused for an import that a later import followed', async () => {
    const db = await freshDb();
    const first = await importContracts(db, contracts.slice(0, 1), 'first.csv');
    await importContracts(db, contracts.slice(1), 'second.csv');
    expect(await importUndoBlocker(db, first)).toMatch(/later import/);
  });

  it(`keeps undo records for the last ${IMPORT_UNDO_KEPT} imports only, and says so when an older one is asked for`, async () => {
    const db = await freshDb();
    const ids: number[] = [];
    for (let i = 0; i < IMPORT_UNDO_KEPT + 2; i++)
      ids.push(await importContracts(db, [{ ...contracts[0], reference: `R-${i}` }], `f${i}.csv`));
    const pruned = await pruneImportUndo(db);
    expect(pruned).toBe(2);
    expect(await db.imports.count()).toBe(IMPORT_UNDO_KEPT);
    expect(await importUndoBlocker(db, ids[0])).toMatch(`last ${IMPORT_UNDO_KEPT} imports`);
    expect(await importUndoBlocker(db, ids[ids.length - 1])).toBeUndefined();
  });
});
