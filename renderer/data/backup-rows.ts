import { z } from 'zod';
import {
  appraisalSchema,
  benefitSchema,
  contractSchema,
  costLineSchema,
  criterionSchema,
  optionSchema,
  riskSchema,
  settingsSchema,
} from '@shared/domain';
import { AppError } from '@shared/result';
import { SCHEMA_VERSIONS } from './schema';

// The rows of a backup: how undefined survives JSON, which tables a version holds, and each row's check.

/** Progress of a long backup step, 0 to 1, for a progress bar. */
export type OnProgress = (fraction: number) => void;

/**
 * Rows per step of checking and writing: each step is a short task, so the window stays live
 * (issue 16: no task over 50 ms; steps of 1,000 contracts measured over 100 ms on a busy machine).
 */
export const STEP_ROWS = 500;

/**
 * Lets the UI thread draw and answer between steps. In the backup worker there is nothing to keep
 * live, and a timer between each of hundreds of steps would add seconds (timers nested this deep
 * wait at least 4 ms, HTML Standard, timers), so there the steps run straight on.
 */
const inWorker = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';
export const nextTask = () =>
  inWorker
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        setTimeout(resolve, 0);
      });

/*
 * JSON has no `undefined`: JSON.stringify writes it as null inside an array and drops it from an
 * object, so a history entry recorded as [undefined, 'Jo'] would come back as [null, 'Jo']. In the
 * tables whose rows hold values as they were (change history, import undo records), an undefined is
 * written as this marker and read back as undefined, so the restore is exact. Only those tables pay
 * for the replacer: it is called for every value.
 */
const ABSENT_MARK = '$absent';
export const KEEPS_ABSENT = new Set(['changeLog', 'imports']);
export function keepAbsent(_key: string, value: unknown): unknown {
  return value === undefined ? { [ABSENT_MARK]: true } : value;
}
const isAbsentMark = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  (value as Record<string, unknown>)[ABSENT_MARK] === true &&
  Object.keys(value).length === 1;

/** Puts back, in place, every undefined the writer marked. */
export function restoreAbsent(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (isAbsentMark(record[key])) record[key] = undefined;
    else restoreAbsent(record[key]);
  }
}

/*
 * Every row is checked before anything is replaced: a backup edited by hand or damaged on disk must
 * be refused whole, not restored into a register the app then cannot show. Entities are checked
 * against the same schemas the app writes them with; bookkeeping rows need their key.
 */
const keyed = (key: string, type: z.ZodType) => z.looseObject({ [key]: type });
const settingsRow = z.union([
  z.looseObject({ key: z.literal('app'), value: settingsSchema }),
  z.looseObject({ key: z.string().refine((k) => k !== 'app') }),
]);
interface RowCheck {
  noun: string;
  /** The table's contents in a sentence ("it has no cost lines"). */
  plural: string;
  schema: z.ZodType;
  label?: (row: Record<string, unknown>) => unknown;
}
const ROW_CHECKS: Record<string, RowCheck> = {
  contracts: { noun: 'contract', plural: 'contracts', schema: contractSchema, label: (r) => r.reference },
  appraisals: { noun: 'appraisal', plural: 'appraisals', schema: appraisalSchema, label: (r) => r.title },
  options: { noun: 'option', plural: 'options', schema: optionSchema, label: (r) => r.name },
  costLines: { noun: 'cost line', plural: 'cost lines', schema: costLineSchema, label: (r) => r.description },
  risks: { noun: 'risk', plural: 'risks', schema: riskSchema, label: (r) => r.title },
  benefits: { noun: 'benefit', plural: 'benefits', schema: benefitSchema, label: (r) => r.label },
  criteria: { noun: 'criterion', plural: 'criteria', schema: criterionSchema, label: (r) => r.name },
  settings: { noun: 'setting', plural: 'settings', schema: settingsRow },
  changeLog: { noun: 'history entry', plural: 'change history', schema: keyed('id', z.number()) },
  imports: { noun: 'import record', plural: 'import records', schema: keyed('id', z.number()) },
  meta: { noun: 'remembered item', plural: 'remembered items', schema: keyed('key', z.string()) },
};

/** The tables a backup written at `schemaVersion` holds: every store that version declares. */
export function tablesOfVersion(schemaVersion: number): string[] {
  const declared = SCHEMA_VERSIONS.find((v) => v.version === schemaVersion)?.stores ?? {};
  return Object.entries(declared)
    .filter(([, spec]) => spec !== null)
    .map(([name]) => name);
}

/**
 * A backup missing a table would restore it empty: refused, since restoring replaces every table.
 * (`{"tables":{}}` is well-formed JSON, and once wiped the whole register.)
 */
export function requireEveryTable(tables: Record<string, unknown>, required: readonly string[]): void {
  const missing = required.filter((name) => !Array.isArray(tables[name]));
  if (!missing.length) return;
  const order = Object.keys(ROW_CHECKS);
  const names = missing.sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((name) => ROW_CHECKS[name]?.plural ?? name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
  throw new AppError(
    'BACKUP_INCOMPLETE',
    `This backup is incomplete, so nothing was restored: it has no ${list}. Choose a complete backup file (File > Back up everything… writes one).`,
  );
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let at = row;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** Checks every row, replacing each with what its schema parsed (so a restore writes rows the app can show). */
export async function checkRows(tables: Record<string, unknown[]>, onProgress?: OnProgress): Promise<void> {
  const total = Math.max(
    1,
    Object.values(tables).reduce((n, rows) => n + rows.length, 0),
  );
  let done = 0;
  for (const [name, rows] of Object.entries(tables)) {
    const check = ROW_CHECKS[name];
    if (!check) continue;
    for (let i = 0; i < rows.length; i++) {
      if (i > 0 && i % STEP_ROWS === 0) {
        onProgress?.((done + i) / total);
        await nextTask();
      }
      const row = rows[i];
      const result = check.schema.safeParse(row);
      if (result.success) {
        // What the schema parsed, not what the file held: defaults filled, text trimmed.
        rows[i] = result.data;
        continue;
      }
      const issue = result.error.issues[0];
      const label = row !== null && typeof row === 'object' ? check.label?.(row as Record<string, unknown>) : undefined;
      const where = `${check.noun} ${i + 1} of ${rows.length}${typeof label === 'string' && label ? ` (${label})` : ''}`;
      const field = issue.path.length ? `, field '${issue.path.join('.')}'` : '';
      const value = issue.path.length ? valueAt(row, issue.path) : undefined;
      const shown = value === undefined ? ' is missing' : `, value '${typeof value === 'string' ? value : JSON.stringify(value)}'`;
      throw new AppError(
        'BACKUP_DAMAGED',
        `This backup is damaged, so nothing was restored: ${where}${field}${issue.path.length ? shown : ''}: ${issue.message}`,
      );
    }
    done += rows.length;
  }
  onProgress?.(1);
}
