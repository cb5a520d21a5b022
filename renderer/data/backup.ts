import { z } from 'zod';
import { upgradeStoredTablesToV2 } from '@shared/domain/record-upgrades';
import { parseJsonSafely } from '@shared/import/safe-json';
import { AppError } from '@shared/result';
import type { PlannerDb } from './db';
import { readAllPaged } from './paged';
import { CURRENT_SCHEMA_VERSION } from './schema';
import {
  checkRows,
  KEEPS_ABSENT,
  keepAbsent,
  nextTask,
  requireEveryTable,
  restoreAbsent,
  STEP_ROWS,
  tablesOfVersion,
  type OnProgress,
} from './backup-rows';

export type { OnProgress };

/**
 * A backup is every table as stored, tagged with the schema version that wrote it. Unlike the
 * portfolio export (a documented exchange format), it is for putting this app's data back exactly:
 * settings, change history, remembered mappings and import undo records included.
 */
export const BACKUP_FORMAT = 'trust-procurement-planner/backup';

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

export async function createBackup(db: PlannerDb, now = new Date(), onProgress?: OnProgress): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  let total = 1;
  // Reading is the first half of the progress bar, writing the JSON the second.
  await db.transaction('r', db.tables, async () => {
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    total = Math.max(
      1,
      counts.reduce((a, b) => a + b, 0),
    );
    let before = 0;
    for (const [i, table] of db.tables.entries()) {
      const base = before;
      tables[table.name] = await readAllPaged(table, (soFar) => onProgress?.((base + soFar) / total / 2));
      before += counts[i];
    }
  });
  return stringifyInSteps(
    { format: BACKUP_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: now.toISOString() },
    tables,
    total,
    (fraction) => onProgress?.(0.5 + fraction / 2),
  );
}

/**
 * The same text as JSON.stringify({ ...head, tables }), written a step of rows at a time: one
 * JSON.stringify of 100,000 contracts is a task of most of a second, which freezes the window.
 */
async function stringifyInSteps(
  head: Record<string, unknown>,
  tables: Record<string, unknown[]>,
  total: number,
  onProgress: OnProgress,
): Promise<string> {
  const parts: string[] = [JSON.stringify(head).slice(0, -1), ',"tables":{'];
  let done = 0;
  for (const [t, [name, rows]] of Object.entries(tables).entries()) {
    parts.push(`${t ? ',' : ''}${JSON.stringify(name)}:[`);
    const replacer = KEEPS_ABSENT.has(name) ? keepAbsent : undefined;
    for (let i = 0; i < rows.length; i += STEP_ROWS) {
      const step = rows
        .slice(i, i + STEP_ROWS)
        .map((row) => JSON.stringify(row, replacer))
        .join(',');
      parts.push(i ? `,${step}` : step);
      done += Math.min(STEP_ROWS, rows.length - i);
      onProgress(done / total);
      await nextTask();
    }
    parts.push(']');
  }
  parts.push('}}');
  onProgress(1);
  return parts.join('');
}

export interface BackupSummary {
  createdAt: string;
  counts: Record<string, number>;
}

/** Checks a backup before anything is touched; the caller shows the summary and asks to confirm. */
export async function readBackup(
  db: PlannerDb,
  text: string,
  onProgress?: OnProgress,
): Promise<{ summary: BackupSummary; tables: Record<string, unknown[]> }> {
  let raw: unknown;
  try {
    raw = parseJsonSafely(text);
  } catch (error) {
    throw new AppError(
      'NOT_A_BACKUP',
      error instanceof RangeError
        ? 'This file is not a Trust Procurement Planner backup: its data is nested far more deeply than a backup is.'
        : 'This file is not a Trust Procurement Planner backup: it is not valid JSON.',
    );
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('NOT_A_BACKUP', 'This file is not a Trust Procurement Planner backup.');
  const backup = parsed.data;
  if (backup.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new AppError(
      'BACKUP_TOO_NEW',
      `This backup was made by a newer version of Trust Procurement Planner (data version ${backup.schemaVersion}; this app understands up to ${CURRENT_SCHEMA_VERSION}). Update the app to restore it.`,
    );
  }
  const known = new Set(db.tables.map((t) => t.name));
  const unknown = Object.keys(backup.tables).filter((name) => !known.has(name));
  if (unknown.length) throw new AppError('NOT_A_BACKUP', `The backup holds tables this app does not know: ${unknown.join(', ')}.`);
  requireEveryTable(backup.tables, tablesOfVersion(backup.schemaVersion));
  for (const name of KEEPS_ABSENT) for (const row of backup.tables[name] ?? []) restoreAbsent(row);
  if (backup.schemaVersion < 2) {
    // A backup from before benefits had their own table: upgrade its rows as the database would.
    const t = backup.tables;
    try {
      Object.assign(
        t,
        upgradeStoredTablesToV2({
          appraisals: t.appraisals ?? [],
          options: t.options ?? [],
          costLines: t.costLines ?? [],
          risks: t.risks ?? [],
        }),
      );
    } catch {
      throw new AppError('NOT_A_BACKUP', 'This backup’s appraisals could not be brought up to date; nothing has been changed.');
    }
  }
  await checkRows(backup.tables, onProgress);
  const counts = Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length]));
  return { summary: { createdAt: backup.createdAt, counts }, tables: backup.tables };
}

/**
 * Replaces all data with the backup's, in one transaction: it all lands or nothing changes. Rows go
 * in steps, each its own short task (the transaction stays open across them).
 */
export async function restoreBackup(db: PlannerDb, tables: Record<string, unknown[]>, onProgress?: OnProgress): Promise<void> {
  requireEveryTable(
    tables,
    db.tables.map((t) => t.name),
  );
  const total = Math.max(
    1,
    Object.values(tables).reduce((n, rows) => n + rows.length, 0),
  );
  let done = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = tables[table.name];
      for (let i = 0; i < rows.length; i += STEP_ROWS) {
        const step = rows.slice(i, i + STEP_ROWS);
        await table.bulkAdd(step);
        done += step.length;
        onProgress?.(done / total);
      }
    }
  });
}
