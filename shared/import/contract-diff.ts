import type { Contract } from '../domain/contract';
import { IMPORT_FIELDS, type ImportField } from './fields';

/** Structural equality for JSON-like values (contract fields are primitives, arrays and plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // Keys holding undefined are absent as far as the register is concerned.
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameValue(ra[key], rb[key])) return false;
  return true;
}

/** The register fields an import would change, in register order, for the preview's "changed" list. */
export function changedFields(before: Contract, after: Contract): ImportField[] {
  return IMPORT_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}
