import type { Contract } from '@shared/domain';
import { changedKeys, mergeChanges, recordChanges, type FieldChange } from '@shared/diff';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import { bundleTables, deleteBundle, putBundle } from './bundles';
import { readAllPaged } from './paged';
import type { ChangeLogRow, ImportRow, PlannerDb } from './db';

const now = () => new Date().toISOString();

export interface ImportPlan {
  fileName: string;
  /** Contracts to write: new ones and new versions of existing ones. */
  toPut: Contract[];
  /** The existing versions of contracts `toPut` overwrites, kept for undo. */
  replaced: Contract[];
  addedRefs: string[];
  summary: string;
  /** Rows for the meta table written with the import (e.g. the column mapping to remember). */
  meta?: Array<{ key: string; value: unknown }>;
  /** Whole appraisals from a portfolio file, and the versions they replace (for undo). */
  appraisals?: { toPut: AppraisalBundle[]; replaced: AppraisalBundle[] };
}

const WRITE_CHUNK = 10_000;

/**
 * Writes an accepted import in one transaction: if anything fails (quota, a bad row slipping
 * through) IndexedDB rolls the whole import back and the register is exactly as before.
 */
export async function applyImport(db: PlannerDb, plan: ImportPlan, onProgress?: (fraction: number) => void): Promise<number> {
  return db.transaction('rw', [db.contracts, db.imports, db.changeLog, db.meta, ...bundleTables(db)], async () => {
    // Chunks inside the one transaction only so progress can be shown; atomicity is unchanged.
    // Every chunk is handed to IndexedDB before the first is awaited: awaiting each in turn left the
    // database idle while the next chunk was copied (issue 16: the store took 1.2x a bare bulkPut).
    const chunks: Array<{ done: number; written: PromiseLike<unknown> }> = [];
    for (let i = 0; i < plan.toPut.length; i += WRITE_CHUNK) {
      const written = db.contracts.bulkPut(plan.toPut.slice(i, i + WRITE_CHUNK));
      // A failed chunk aborts the transaction, which rejects the whole write; this only keeps the
      // chunks not yet awaited from being reported as unhandled as well.
      written.catch(() => undefined);
      chunks.push({ done: Math.min(plan.toPut.length, i + WRITE_CHUNK), written });
    }
    for (const { done, written } of chunks) {
      await written;
      onProgress?.(done / plan.toPut.length);
    }
    return recordImport(db, plan);
  });
}

/**
 * The rest of an import once its contracts are written, inside the caller's transaction: the
 * appraisals, the meta rows, the undo record and the history entry. Returns the undo record's id.
 */
export async function recordImport(db: PlannerDb, plan: Omit<ImportPlan, 'toPut'>): Promise<number> {
  if (plan.meta?.length) await db.meta.bulkPut(plan.meta);
  for (const bundle of plan.appraisals?.toPut ?? []) await putBundle(db, bundle);
  const replacedIds = new Set(plan.appraisals?.replaced.map((b) => b.appraisal.id));
  const id = await db.imports.add({
    at: now(),
    fileName: plan.fileName,
    summary: plan.summary,
    addedRefs: plan.addedRefs,
    replaced: plan.replaced,
    addedAppraisalIds: plan.appraisals?.toPut.map((b) => b.appraisal.id).filter((i) => !replacedIds.has(i)),
    replacedAppraisals: plan.appraisals?.replaced,
  });
  await db.changeLog.add({ at: now(), entity: 'portfolio', entityId: plan.fileName, action: 'import', summary: plan.summary });
  return id as number;
}

/** Puts the register back as it was before an import. */
export async function undoImport(db: PlannerDb, importId: number): Promise<ImportRow> {
  return db.transaction('rw', [db.contracts, db.imports, db.changeLog, ...bundleTables(db)], async () => {
    const row = await db.imports.get(importId);
    if (!row || row.undone) throw new Error('That import has already been undone.');
    await db.contracts.bulkDelete(row.addedRefs);
    await db.contracts.bulkPut(row.replaced);
    for (const id of row.addedAppraisalIds ?? []) await deleteBundle(db, id);
    for (const bundle of row.replacedAppraisals ?? []) await putBundle(db, bundle);
    await db.imports.update(importId, { undone: true });
    await db.changeLog.add({
      at: now(),
      entity: 'portfolio',
      entityId: row.fileName,
      action: 'restore',
      summary: `Undid the import of ${row.fileName}`,
    });
    return row;
  });
}

/**
 * The contract panel saves as the user types, a write per pause: edits to one contract within this
 * long of its last recorded edit join that history entry rather than adding one per pause.
 */
export const HISTORY_COALESCE_MS = 60_000;

/**
 * Saves an edited contract and records which fields changed, in one transaction: both land or
 * neither does. The requests go in three rounds, each round's issued together (the two reads; the
 * contract's write and the count its history entry needs; the entry), where one after another they
 * were five round trips to the database, each a task on a window that may be closing (issue 11).
 */
export async function saveContract(db: PlannerDb, after: Contract, before?: Contract): Promise<void> {
  await db.transaction('rw', db.contracts, db.changeLog, async () => {
    const sameReference = before !== undefined && before.reference === after.reference;
    // Only the fields this edit changed are written over the stored record, so a write elsewhere in
    // the meantime (the KPI ratings section, an import) is not undone by a form that read it earlier.
    const [stored, last] = await Promise.all([
      before && db.contracts.get(before.reference),
      sameReference ? db.changeLog.where('[entity+entityId]').equals(['contract', after.reference]).last() : undefined,
    ]);
    // A rename moves the record: the old reference's goes first (requests run in the order issued).
    const moved = before && !sameReference ? db.contracts.delete(before.reference) : undefined;
    const written = db.contracts.put(stored && before ? withChangedFields(stored, before, after) : after);
    const recorded = !before
      ? db.changeLog.add(contractEntry(after.reference, 'create', `Added ${after.reference}`))
      : coalesceEdit(db, last, recordChanges(before, after)).then((folded) =>
          folded
            ? undefined
            : db.changeLog.add(contractEntry(after.reference, 'update', `Edited ${after.reference}`, recordChanges(before, after))),
        );
    await Promise.all([moved, written, recorded]);
  });
}

/** `stored` with each field that differs between `before` and `after` set (or cleared) as in `after`. */
function withChangedFields(stored: Contract, before: Contract, after: Contract): Contract {
  const merged: Record<string, unknown> = { ...stored };
  for (const key of changedKeys(before, after)) {
    if (after[key] === undefined) delete merged[key];
    else merged[key] = after[key];
  }
  return merged as Contract;
}

/**
 * Folds an edit into `last`, the contract's last history entry (none for a rename), if that is a
 * recent edit; false if it is not.
 */
async function coalesceEdit(db: PlannerDb, last: ChangeLogRow | undefined, changes: Record<string, FieldChange>): Promise<boolean> {
  // A rename starts the contract's history under its new reference: it stays an entry of its own.
  if (last?.id === undefined || last.action !== 'update' || !last.changes || 'reference' in last.changes) return false;
  if (Date.now() - new Date(last.at).getTime() >= HISTORY_COALESCE_MS) return false;
  // An import (or its undo, or the sample's removal) since then may have changed this contract: the
  // entry must not take that change as the user's, so the edit starts an entry of its own.
  const wholeRegister = await db.changeLog
    .where(':id')
    .above(last.id)
    .filter((e) => e.entity === 'portfolio')
    .count();
  if (wholeRegister > 0) return false;
  const merged = mergeChanges(last.changes, changes);
  // Typed back to how it was: the entry would record no change, so it goes.
  if (Object.keys(merged).length === 0) await db.changeLog.delete(last.id);
  else await db.changeLog.update(last.id, { at: now(), changes: merged });
  return true;
}

/** A contract's history entry; `changes` only for an edit. */
function contractEntry(
  reference: string,
  action: ChangeLogRow['action'],
  summary: string,
  changes?: Record<string, FieldChange>,
): ChangeLogRow {
  return { at: now(), entity: 'contract', entityId: reference, action, summary, ...(changes && { changes }) };
}

export async function deleteContract(db: PlannerDb, contract: Contract): Promise<void> {
  await db.transaction('rw', db.contracts, db.changeLog, async () => {
    await db.contracts.delete(contract.reference);
    await db.changeLog.add(contractEntry(contract.reference, 'delete', `Deleted ${contract.reference}`));
  });
}

export async function restoreContract(db: PlannerDb, contract: Contract): Promise<void> {
  await db.transaction('rw', db.contracts, db.changeLog, async () => {
    await db.contracts.put(contract);
    await db.changeLog.add(contractEntry(contract.reference, 'restore', `Restored ${contract.reference}`));
  });
}

export function contractHistory(db: PlannerDb, reference: string): Promise<ChangeLogRow[]> {
  return db.changeLog.where('[entity+entityId]').equals(['contract', reference]).reverse().sortBy('at');
}

/** The whole register, read in pages so the window never freezes (see readAllPaged). */
export function readAllContracts(db: PlannerDb): Promise<Contract[]> {
  return readAllPaged(db.contracts);
}
