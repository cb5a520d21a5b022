import { AppError } from '@shared/result';
import { bundleTables } from './bundles';
import { undoImport } from './contracts';
import type { ImportRow, PlannerDb } from './db';

/**
 * Undo of an import puts back the register as it was before it, which would silently throw away
 * anything the user changed since in the records it wrote. So undo is offered only while nothing
 * it wrote has been edited, and only for the latest import; older undo records are pruned so they
 * do not grow without bound (each holds every contract the import overwrote).
 */

/** Undo records kept: the last few imports (the UI says so). */
export const IMPORT_UNDO_KEPT = 5;

/** Names shown in a refusal before "and N more". */
const NAMES_SHOWN = 3;

/** Contract references and appraisal ids an import wrote. */
function touchedBy(row: ImportRow): { refs: Set<string>; appraisalIds: Set<string> } {
  return {
    refs: new Set([...row.addedRefs, ...row.replaced.map((c) => c.reference)]),
    appraisalIds: new Set([...(row.addedAppraisalIds ?? []), ...(row.replacedAppraisals ?? []).map((b) => b.appraisal.id)]),
  };
}

function listNames(names: string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${shown} and ${names.length - NAMES_SHOWN} more` : shown;
}

/**
 * Why the import cannot be undone any more, in words for the user; undefined while it can. Edits
 * are found in the change history: every write the app makes logs the record it touched.
 */
export async function importUndoBlocker(db: PlannerDb, importId: number): Promise<string | undefined> {
  const row = await db.imports.get(importId);
  if (!row) {
    return `Undo is kept for the last ${IMPORT_UNDO_KEPT} imports only, and this import is older, so it can no longer be undone.`;
  }
  if (row.undone) return 'That import has already been undone.';
  const later = await db.imports
    .where(':id')
    .above(importId)
    .filter((r) => !r.undone)
    .count();
  if (later > 0) return 'A later import has changed the register since, so this one can no longer be undone on its own.';
  // The history since the import is usually short, while an import's own lists can hold 100,000
  // references: look at the history first and build the lists' sets only when it names a record.
  const since = (await db.changeLog.where('at').aboveOrEqual(row.at).toArray()).filter(
    (entry) => entry.entity === 'contract' || entry.entity === 'appraisal',
  );
  if (since.length === 0) return undefined;
  const { refs, appraisalIds } = touchedBy(row);
  const edited = new Set<string>();
  for (const entry of since) {
    if (entry.entity === 'contract' && refs.has(entry.entityId)) edited.add(entry.entityId);
    else if (entry.entity === 'appraisal' && appraisalIds.has(entry.entityId)) edited.add(`the appraisal ${entry.entityId}`);
  }
  if (edited.size === 0) return undefined;
  return (
    `Undo is no longer offered: ${listNames([...edited])} ${edited.size === 1 ? 'was' : 'were'} edited since the import, ` +
    'and undoing it would lose those edits. Change or delete the contracts by hand instead.'
  );
}

/** Undoes an import only if nothing it wrote has been edited since; otherwise refuses, changing nothing. */
export async function undoImportIfUnedited(db: PlannerDb, importId: number): Promise<ImportRow> {
  // One transaction: no edit can land between the check and the undo.
  return db.transaction('rw', [db.contracts, db.imports, db.changeLog, ...bundleTables(db)], async () => {
    const blocker = await importUndoBlocker(db, importId);
    if (blocker) throw new AppError('IMPORT_UNDO_REFUSED', blocker);
    return undoImport(db, importId);
  });
}

/** Deletes undo records beyond the last IMPORT_UNDO_KEPT imports; returns how many went. */
export async function pruneImportUndo(db: PlannerDb, keep = IMPORT_UNDO_KEPT): Promise<number> {
  return db.transaction('rw', db.imports, async () => {
    const ids = (await db.imports.orderBy('at').primaryKeys()) as number[];
    const old = ids.slice(0, Math.max(0, ids.length - keep));
    await db.imports.bulkDelete(old);
    return old.length;
  });
}
