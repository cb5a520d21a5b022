/**
 * Older portfolio files are upgraded one version at a time by pure step functions on plain JSON,
 * before the current schema validates the result. A step never mutates its input, and a shipped step
 * is never edited: a new format version adds a new step.
 *
 * Version 1 (the first release): `{ format, version: 1, exportedAt, contracts }`. No organisation, no
 * appraisals, and each contract's current end date was called `endDate`.
 * Version 2: adds `organisation: { trustName }` and `appraisals`, and renames `endDate` to
 * `currentEndDate` (it includes extensions already taken, unlike the maximum end date).
 * Version 3: each appraisal bundle gains `benefits`; cost lines of category `benefit` move there as
 * cash-releasing benefits; an option's single optimism bias becomes its development uplift
 * (shared/domain/record-upgrades.ts, the same step the database upgrade runs).
 */
import { upgradeAppraisalRecords } from '../domain/record-upgrades';

export type PortfolioDocument = Record<string, unknown>;
export type UpgradeStep = (doc: PortfolioDocument) => PortfolioDocument;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Renames one key, keeping the others in order, so upgraded files still read naturally. Keys are
 * defined, never assigned: assigning an own `__proto__` key (which JSON.parse can produce) would set
 * the copy's prototype instead. (A security fix to the shipped step; its output is unchanged for
 * every document without such a key.)
 */
function renameKey(obj: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (!Object.hasOwn(obj, from) || Object.hasOwn(obj, to)) return { ...obj };
  return Object.fromEntries(Object.entries(obj).map(([key, value]) => [key === from ? to : key, value]));
}

function v1ToV2(doc: PortfolioDocument): PortfolioDocument {
  const contracts = Array.isArray(doc.contracts)
    ? doc.contracts.map((c) => (isRecord(c) ? renameKey(c, 'endDate', 'currentEndDate') : c))
    : doc.contracts;
  return { format: doc.format, version: 2, exportedAt: doc.exportedAt, organisation: { trustName: '' }, contracts, appraisals: [] };
}

function v2ToV3(doc: PortfolioDocument): PortfolioDocument {
  const appraisals = Array.isArray(doc.appraisals)
    ? doc.appraisals.map((bundle) => {
        if (!isRecord(bundle)) return bundle;
        const list = (key: string): unknown[] => (Array.isArray(bundle[key]) ? (bundle[key] as unknown[]) : []);
        const upgraded = upgradeAppraisalRecords({ options: list('options'), costLines: list('costLines'), risks: list('risks') });
        return { ...Object.fromEntries(Object.entries(bundle)), ...upgraded };
      })
    : doc.appraisals;
  return { ...Object.fromEntries(Object.entries(doc)), version: 3, appraisals };
}

/** `upgrades[n]` turns a version-n document into version n + 1. */
export const upgrades: Readonly<Record<number, UpgradeStep>> = { 1: v1ToV2, 2: v2ToV3 };
