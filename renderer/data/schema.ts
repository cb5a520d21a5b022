import type { Transaction } from 'dexie';
import { upgradeStoredTablesToV2 } from '@shared/domain/record-upgrades';

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

/** Version 2: benefit lines (docs/domain.md, benefits) get their own table, like cost lines. */
export const schemaV2 = { ...schemaV1, benefits: 'id, optionId, appraisalId' } as const;

/**
 * Schema 1 → 2: the pure record upgrade in shared/ (benefit cost lines become cash-releasing
 * benefits, the single optimism bias becomes the development uplift, lists get an order), then each
 * record parsed so every new field holds its default. A record that fails to parse aborts the whole
 * upgrade (Dexie rolls it back), so nothing is half-upgraded.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const [appraisals, options, costLines, risks] = await Promise.all([
    tx.table('appraisals').toArray(),
    tx.table('options').toArray(),
    tx.table('costLines').toArray(),
    tx.table('risks').toArray(),
  ]);
  const upgraded = upgradeStoredTablesToV2({ appraisals, options, costLines, risks });
  await tx.table('appraisals').bulkPut(upgraded.appraisals);
  await tx.table('options').bulkPut(upgraded.options);
  await tx.table('costLines').clear();
  await tx.table('costLines').bulkPut(upgraded.costLines);
  await tx.table('risks').bulkPut(upgraded.risks);
  await tx.table('benefits').bulkPut(upgraded.benefits);
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: schemaV1 },
  { version: 2, stores: schemaV2, upgrade: upgradeToV2 },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
export { DB_NAME } from './db-early';
