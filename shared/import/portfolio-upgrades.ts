/**
 * Older portfolio files are upgraded one version at a time by pure step functions on plain JSON,
 * before the current schema validates the result. A step never mutates its input, and a shipped step
 * is never edited: a new format version adds a new step.
 *
 * Version 1 (the first release): `{ format, version: 1, exportedAt, contracts }`. No organisation, no
 * appraisals, and each contract's current end date was called `endDate`.
 * Version 2: adds `organisation: { trustName }` and `appraisals`, and renames `endDate` to
 * `currentEndDate` (it includes extensions already taken, unlike the maximum end date).
 */

export type PortfolioDocument = Record<string, unknown>;
export type UpgradeStep = (doc: PortfolioDocument) => PortfolioDocument;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Renames one key, keeping the others in order, so upgraded files still read naturally. */
function renameKey(obj: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (!Object.hasOwn(obj, from) || Object.hasOwn(obj, to)) return { ...obj };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) out[key === from ? to : key] = value;
  return out;
}

function v1ToV2(doc: PortfolioDocument): PortfolioDocument {
  const contracts = Array.isArray(doc.contracts)
    ? doc.contracts.map((c) => (isRecord(c) ? renameKey(c, 'endDate', 'currentEndDate') : c))
    : doc.contracts;
  return {
    format: doc.format,
    version: 2,
    exportedAt: doc.exportedAt,
    organisation: { trustName: '' },
    contracts,
    appraisals: [],
  };
}

/** `upgrades[n]` turns a version-n document into version n + 1. */
export const upgrades: Readonly<Record<number, UpgradeStep>> = {
  1: v1ToV2,
};
