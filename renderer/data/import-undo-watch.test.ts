import { readFileSync } from 'node:fs';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { freshDb, importContracts } from '../../test/support/fresh-db';
import { contractSchema, type Contract } from '@shared/domain';
import { saveContract } from './contracts';
import { openDb, type PlannerDb } from './db';
import { importUndoBlocker, undoImportIfUnedited } from './import-undo';
import { watchImportUndo, type UndoCheck } from './import-undo-watch';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contracts: Contract[] = sample.contracts.slice(0, 3).map((c: unknown) => contractSchema.parse(c));

/**
 * Watches `id` with the check made on a second connection, as the worker makes it, and counts the
 * import records read on the first (the UI thread's): none may be, since one is 100,000 references.
 */
async function watch(db: PlannerDb, id: number) {
  const worker = await openDb(db.name);
  onTestFinished(() => worker.close());
  let recordsRead = 0;
  db.imports.hook('reading', (row) => {
    recordsRead++;
    return row;
  });
  const reasons: Array<string | undefined> = [];
  const errors: unknown[] = [];
  const stop = watchImportUndo(
    db,
    id,
    (reason) => reasons.push(reason),
    (error) => errors.push(error),
    { check: (importId) => importUndoBlocker(worker, importId), close: () => undefined },
  );
  onTestFinished(stop);
  await vi.waitFor(() => expect(reasons).toEqual([undefined]));
  return { reasons, errors, recordsRead: () => recordsRead };
}

describe('watching whether an import can still be undone', () => {
  it('offers undo, then withdraws it once an imported contract is edited, reading no import record on the UI connection', async () => {
    const db = await freshDb();
    const id = await importContracts(db, contracts);
    const seen = await watch(db, id);
    await saveContract(db, { ...contracts[1], notes: 'Agreed on 3 Dec' }, contracts[1]);
    await vi.waitFor(() => expect(seen.reasons.at(-1)).toMatch(`${contracts[1].reference} was edited since the import`));
    expect(seen.recordsRead()).toBe(0);
    expect(seen.errors).toEqual([]);
  });

  it('withdraws undo once the import has been undone, or a later import followed it', async () => {
    const db = await freshDb();
    const id = await importContracts(db, contracts.slice(0, 1));
    const seen = await watch(db, id);
    await importContracts(db, contracts.slice(1), 'later.csv');
    await vi.waitFor(() => expect(seen.reasons.at(-1)).toMatch(/later import/));

    const db2 = await freshDb();
    const id2 = await importContracts(db2, contracts);
    const seen2 = await watch(db2, id2);
    await undoImportIfUnedited(db2, id2);
    await vi.waitFor(() => expect(seen2.reasons.at(-1)).toBe('That import has already been undone.'));
  });

  it('shows the answer to the newest change only, when an older check finishes after it', async () => {
    const db = await freshDb();
    const id = await importContracts(db, contracts);
    const answers: Array<(reason: string | undefined) => void> = [];
    const check: UndoCheck = () => new Promise((resolve) => answers.push(resolve));
    const reasons: Array<string | undefined> = [];
    const stop = watchImportUndo(
      db,
      id,
      (reason) => reasons.push(reason),
      () => undefined,
      { check, close: () => undefined },
    );
    onTestFinished(stop);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    await saveContract(db, { ...contracts[0], notes: 'edited' }, contracts[0]);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]('newest');
    answers[0]('stale');
    await vi.waitFor(() => expect(reasons).toEqual(['newest']));
  });
});
