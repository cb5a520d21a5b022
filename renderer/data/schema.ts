import type { Transaction } from 'dexie';

/**
 * Versioned IndexedDB schema, driven from one list. Each version's stores spread the previous one;
 * a shipped version is never edited: add an entry with its stores and, when stored rows change
 * shape, an upgrade that calls a pure, tested step from shared/. The database class builds its
 * version chain from this list, and the migration test seeds every listed version's fixture.
 * Only fields the app queries by are indexed: every index slows the 100,000-row import.
 */
export const schemaV1 = {
  contracts: 'reference, category, supplier, currentEndDate',
  appraisals: 'id, *contractRefs, updatedAt',
  options: 'id, appraisalId',
  costLines: 'id, optionId, appraisalId',
  risks: 'id, optionId, appraisalId',
  criteria: 'id, appraisalId',
  settings: 'key',
  changeLog: '++id, [entity+entityId], at',
  imports: '++id, at',
  meta: 'key',
} as const;

export interface SchemaVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  /** Rewrites stored rows written by the previous version. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [{ version: 1, stores: schemaV1 }];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
export const DB_NAME = 'trust-procurement-planner';
