/**
 * The one comparison of records: the import preview's "changed fields", the change history and
 * every "has this changed?" test go through it, so they agree on what counts as a change.
 * Records are JSON-like (primitives, arrays, plain objects); a key holding undefined is absent.
 */

/** Structural equality for JSON-like values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameValue(ra[key], rb[key])) return false;
  return true;
}

/** The keys whose values differ, in the order of `keys` when given (else first-seen order). */
export function changedKeys<T extends object>(before: T, after: T, keys?: readonly (keyof T)[]): (keyof T)[] {
  const all = keys ?? ([...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof T)[]);
  return all.filter((key) => !sameValue(before[key], after[key]));
}

/** One field's change as the history stores it: an absent value is null, so a backup round-trips it exactly. */
export type FieldChange = [before: unknown, after: unknown];

/** Field → [before, after] for every field that changed; undefined is recorded as null. */
export function recordChanges<T extends object>(before: T, after: T): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of changedKeys(before, after)) changes[String(key)] = [before[key] ?? null, after[key] ?? null];
  return changes;
}

/**
 * Two successive changes to one record as one: each field keeps its first "before" and its last
 * "after", and a field that ended where it started is no change at all.
 */
export function mergeChanges(earlier: Record<string, FieldChange>, later: Record<string, FieldChange>): Record<string, FieldChange> {
  const merged: Record<string, FieldChange> = { ...earlier };
  for (const [field, [before, after]] of Object.entries(later)) {
    const first = field in earlier ? earlier[field][0] : before;
    if (sameValue(first, after)) delete merged[field];
    else merged[field] = [first, after];
  }
  return merged;
}
