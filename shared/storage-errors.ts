/**
 * Any failure in words for the message the user sees: every renderer catch uses this one. A full
 * disk, which a trust manager can act on, gets its own words: IndexedDB reports it (or the browser's
 * quota for the app) as a QuotaExceededError, which Dexie wraps with the same name.
 */
export function describeError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'there is not enough storage space for the app on this computer. Free some disk space (or remove old imports and appraisals) and try again';
  }
  return error instanceof Error ? error.message : String(error);
}
