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

/** Past this many records named in the history, one pass over the import's lists beats a search per record. */
const SEARCH_EACH_UP_TO = 32;

/** Which of `ids` appear in `list`: a native search of the list per id while they are few, one pass otherwise. */
function foundIn(ids: ReadonlySet<string>, list: readonly string[]): Set<string> {
  if (ids.size <= SEARCH_EACH_UP_TO) return new Set([...ids].filter((id) => list.includes(id)));
  return new Set(list.filter((id) => ids.has(id)));
}

/**
 * The records named in `since` that the import wrote, in the order the history names them: as
 * contract references, and as "the appraisal <id>". An import's lists can hold 100,000 references
 * while the history since it is usually a handful of entries, so each record the history names is
 * looked for in the lists (Array.includes, native), rather than a Set of every reference the import
 * wrote being built, or the lists walked in script: on the UI thread, each time the history changed,
 * either was a long task after every edit in a 100,000 register (issue 16).
 */
function editedSince(row: ImportRow, since: readonly ChangeLogRow[]): string[] {
  const named = (entity: ChangeLogRow['entity']) => new Set(since.filter((e) => e.entity === entity).map((e) => e.entityId));
  const contracts = named('contract');
  const appraisals = named('appraisal');
  const wroteContracts =
    contracts.size === 0
      ? contracts
      : new Set([
          ...foundIn(contracts, row.addedRefs),
          ...foundIn(
            contracts,
            row.replaced.map((c) => c.reference),
          ),
        ]);
  const wroteAppraisals = foundIn(appraisals, [
    ...(row.addedAppraisalIds ?? []),
    ...(row.replacedAppraisals ?? []).map((b) => b.appraisal.id),
  ]);
  const edited = new Set<string>();
  for (const entry of since) {
    if (entry.entity === 'contract' && wroteContracts.has(entry.entityId)) edited.add(entry.entityId);
    else if (entry.entity === 'appraisal' && wroteAppraisals.has(entry.entityId)) edited.add(`the appraisal ${entry.entityId}`);
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
