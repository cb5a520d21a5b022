import Dexie, { type EntityTable } from 'dexie';
import type { Appraisal, Benefit, Contract, CostLine, Criterion, Option, Risk } from '@shared/domain';
import type { AppraisalBundle } from '@shared/import/portfolio-format';
import type { FieldChange } from '@shared/diff';
import { AppError } from '@shared/result';
import { withContractDefaults } from './read-defaults';
import { takeEarlyOpen, type EarlyOpen } from './db-early';
import { CURRENT_SCHEMA_VERSION, DB_NAME, SCHEMA_VERSIONS } from './schema';
import { firstScreenMiddleware } from './first-screen-keeper';

export interface SettingRow {
  key: string;
  value: unknown;
}
export interface MetaRow {
  key: string;
  value: unknown;
}

export type ChangeEntity = 'contract' | 'appraisal' | 'option' | 'costLine' | 'risk' | 'benefit' | 'criterion' | 'settings' | 'portfolio';
export interface ChangeLogRow {
  id?: number;
  at: string;
  entity: ChangeEntity;
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'import' | 'restore';
  summary: string;
  /** Field-level changes for updates: field → [before, after], an absent value as null. */
  changes?: Record<string, FieldChange>;
}

export interface ImportRow {
  id?: number;
  at: string;
  fileName: string;
  summary: string;
  /** References the import created (removed again by undo). */
  addedRefs: string[];
  /** The contracts it overwrote, as they were (put back by undo). */
  replaced: Contract[];
  addedAppraisalIds?: string[];
  replacedAppraisals?: AppraisalBundle[];
  undone?: boolean;
}

export class PlannerDb extends Dexie {
  contracts!: EntityTable<Contract, 'reference'>;
  appraisals!: EntityTable<Appraisal, 'id'>;
  options!: EntityTable<Option, 'id'>;
  costLines!: EntityTable<CostLine, 'id'>;
  risks!: EntityTable<Risk, 'id'>;
  benefits!: EntityTable<Benefit, 'id'>;
  criteria!: EntityTable<Criterion, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  changeLog!: EntityTable<ChangeLogRow, 'id'>;
  imports!: EntityTable<ImportRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** The register's first page read before the app loaded, for the first screen only (see takeStartupPage). */
  private startupPage: unknown[] | undefined;
  /** The stored settings value read before the app loaded, until a live read of settings answers (see useSettings). */
  private startupSettingsRead: { value: unknown } | undefined;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Every write to contracts or settings clears the first-screen snapshot before it begins (issue 16).
    this.use(firstScreenMiddleware);
    // A damaged row must not take a screen down: every read fills the fields that have defaults.
    this.contracts.hook('reading', withContractDefaults);
  }

  /** The early read's first page, defaults filled as on every read; once (a later read asks the database). */
  takeStartupPage(): Contract[] | undefined {
    const page = this.startupPage;
    this.startupPage = undefined;
    return page?.map((row) => withContractDefaults(row as Contract));
  }

  /** Takes what the start-up read found (renderer/data/db-early.ts), for the first screen. */
  keepStartupRead(read: StartupRead): void {
    this.startupPage = read.firstPage;
    this.startupSettingsRead = { value: read.settings };
  }

  /** The stored settings value the start-up read found, until a live read of settings has answered. */
  startupSettings(): { value: unknown } | undefined {
    return this.startupSettingsRead;
  }

  forgetStartupSettings(): void {
    this.startupSettingsRead = undefined;
  }
}

/** The database on disk was written by a newer version of the app than this one. */
export class DbVersionFromFutureError extends AppError {
  constructor(public readonly found: number) {
    super(
      'DB_FROM_FUTURE',
      `Your data was saved by a newer version of Trust Procurement Planner (data version ${found}; this app understands up to ${CURRENT_SCHEMA_VERSION}). Install the latest version to open it; nothing has been changed.`,
    );
  }
}

/** What the early open (renderer/data/db-early.ts) read before the app's scripts had loaded. */
export interface StartupRead {
  /** The register's first page, as stored. */
  firstPage: unknown[] | undefined;
  /** The stored settings row's value, unchecked. */
  settings: unknown;
}

/**
 * Opens the database. Dexie 4 would quietly open (and even amend) a database written by a newer
 * app, so the on-disk version is read first and a newer one is refused before anything is touched:
 * from the early open's connection when the page started one (no extra round trip), else from
 * indexedDB.databases().
 */
export async function openDb(
  name = DB_NAME,
  early: EarlyOpen | undefined = name === DB_NAME ? takeEarlyOpen() : undefined,
): Promise<PlannerDb> {
  const read = await early?.read;
  try {
    const found = read ? read.version : await onDiskVersion(name);
    if (found > CURRENT_SCHEMA_VERSION) throw new DbVersionFromFutureError(found);
    const db = new PlannerDb(name);
    try {
      await db.open();
    } catch (error) {
      db.close();
      if (error instanceof Dexie.VersionError) throw new DbVersionFromFutureError(await onDiskVersion(name));
      throw error;
    }
    // Rows read under an older schema are not handed on: the upgrade may have rewritten them.
    if (read?.firstPage && read.version === CURRENT_SCHEMA_VERSION) db.keepStartupRead(read);
    return db;
  } finally {
    early?.release();
  }
}

/** The schema version on disk (Dexie's, i.e. IndexedDB's version ÷ 10), or 0 when there is none. */
async function onDiskVersion(name: string): Promise<number> {
  // indexedDB.databases() answers without opening anything; fall back to a probe where it is missing.
  const list = await globalThis.indexedDB.databases?.().catch(() => undefined);
  if (list) {
    const found = list.find((d) => d.name === name);
    return found?.version ? found.version / 10 : 0;
  }
  if (!(await Dexie.exists(name))) return 0;
  const probe = new Dexie(name);
  try {
    await probe.open(); // no version declared: opens whatever exists without changing it
    return probe.verno;
  } finally {
    probe.close();
  }
}

export { requestPersistentStorage } from './persistent-storage';
