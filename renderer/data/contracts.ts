import type { Contract } from '@shared/domain';
import { recordChanges } from '@shared/diff';
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
    for (let i = 0; i < plan.toPut.length; i += WRITE_CHUNK) {
      await db.contracts.bulkPut(plan.toPut.slice(i, i + WRITE_CHUNK));
      onProgress?.(Math.min(1, (i + WRITE_CHUNK) / plan.toPut.length));
    }
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
  });
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

/** Saves an edited contract and records which fields changed, in one transaction. */
export async function saveContract(db: PlannerDb, after: Contract, before?: Contract): Promise<void> {
  await db.transaction('rw', db.contracts, db.changeLog, async () => {
    if (before && before.reference !== after.reference) await db.contracts.delete(before.reference);
    await db.contracts.put(after);
    const entry: ChangeLogRow = before
      ? {
          at: now(),
          entity: 'contract',
          entityId: after.reference,
          action: 'update',
          summary: `Edited ${after.reference}`,
          changes: recordChanges(before, after),
        }
      : { at: now(), entity: 'contract', entityId: after.reference, action: 'create', summary: `Added ${after.reference}` };
    await db.changeLog.add(entry);
  });
}

export async function deleteContract(db: PlannerDb, contract: Contract): Promise<void> {
  await db.transaction('rw', db.contracts, db.changeLog, async () => {
    await db.contracts.delete(contract.reference);
    await db.changeLog.add({
      at: now(),
      entity: 'contract',
      entityId: contract.reference,
      action: 'delete',
      summary: `Deleted ${contract.reference}`,
    });
  });
}

export async function restoreContract(db: PlannerDb, contract: Contract): Promise<void> {
  await db.transaction('rw', db.contracts, db.changeLog, async () => {
    await db.contracts.put(contract);
    await db.changeLog.add({
      at: now(),
      entity: 'contract',
      entityId: contract.reference,
      action: 'restore',
      summary: `Restored ${contract.reference}`,
    });
  });
}

export function contractHistory(db: PlannerDb, reference: string): Promise<ChangeLogRow[]> {
  return db.changeLog.where('[entity+entityId]').equals(['contract', reference]).reverse().sortBy('at');
}

/** The whole register, read in pages so the window never freezes (see readAllPaged). */
export function readAllContracts(db: PlannerDb): Promise<Contract[]> {
  return readAllPaged(db.contracts);
}
