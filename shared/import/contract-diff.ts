import type { Contract } from '../domain/contract';
import { changedKeys } from '../diff';
import { IMPORT_FIELDS, type ImportField } from './fields';

/** The register fields an import would change, in register order, for the preview's "changed" list. */
export function changedFields(before: Contract, after: Contract): ImportField[] {
  return changedKeys(before, after, IMPORT_FIELDS) as ImportField[];
}
