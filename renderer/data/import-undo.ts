import { AppError } from '@shared/result';
import { bundleTables } from './bundles';
import { undoImport } from './contracts';
import type { ChangeLogRow, ImportRow, PlannerDb } from './db';

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

/**
 * The records named in `since` that the import wrote, in the order the history names them: as
 * contract references, and as "the appraisal <id>". An import's lists can hold 100,000 references
 * while the history since it is a handful of entries, so the lists are scanned once against the few
 * ids the history names; a Set of every reference the import wrote, built on the UI thread each
 * time the history changed, was a long task after every edit in a 100,000 register (issue 16).
 */
function editedSince(row: ImportRow, since: readonly ChangeLogRow[]): string[] {
  const named = (entity: ChangeLogRow['entity']) => new Set(since.filter((e) => e.entity === entity).map((e) => e.entityId));
  const contractIds = named('contract');
  const appraisalIds = named('appraisal');
  const wrote = new Set<string>();
  const note = (kind: 'contract' | 'appraisal', id: string, among: Set<string>) => {
    if (among.has(id)) wrote.add(`${kind}:${id}`);
  };
  if (contractIds.size > 0) {
    for (const ref of row.addedRefs) note('contract', ref, contractIds);
    for (const c of row.replaced) note('contract', c.reference, contractIds);
  }
  if (appraisalIds.size > 0) {
    for (const id of row.addedAppraisalIds ?? []) note('appraisal', id, appraisalIds);
    for (const b of row.replacedAppraisals ?? []) note('appraisal', b.appraisal.id, appraisalIds);
  }
  const edited = new Set<string>();
  for (const entry of since) {
    if (!wrote.has(`${entry.entity}:${entry.entityId}`)) continue;
    edited.add(entry.entity === 'appraisal' ? `the appraisal ${entry.entityId}` : entry.entityId);
  }
  return [...edited];
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
  const since = await db.changeLog.where('at').aboveOrEqual(row.at).toArray();
  const edited = editedSince(row, since);
  if (edited.length === 0) return undefined;
  return (
    `Undo is no longer offered: ${listNames(edited)} ${edited.length === 1 ? 'was' : 'were'} edited since the import, ` +
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
