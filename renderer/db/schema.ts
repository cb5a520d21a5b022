/**
 * Versioned IndexedDB schema. Each version is a constant that spreads the previous one; a shipped
 * version is never edited (add schemaV2 = { ...schemaV1, … } and an upgrade in db.ts instead).
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

/** Version 2: benefit lines (DOMAIN.md section 4) get their own table, like cost lines. */
export const schemaV2 = { ...schemaV1, benefits: 'id, optionId, appraisalId' } as const;

export const SCHEMA_VERSIONS = [
  { version: 1, stores: schemaV1 },
  { version: 2, stores: schemaV2 },
] as const;
export const CURRENT_SCHEMA_VERSION = 2;
export const DB_NAME = 'trust-procurement-planner';
