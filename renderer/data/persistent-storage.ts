/**
 * Persistent storage, asked for once per page: the entry asks at once (renderer/main.tsx), so the
 * first paint of the register (renderer/first-paint.ts) shows the same warning the shell will, and
 * the shell takes the same answer. Imports nothing, so the entry stays small.
 */

/** Asks the browser not to evict our data under storage pressure; returns whether it is persistent. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}

/** Shown by the shell, and by the first paint, when the browser has refused. */
export const NOT_PERSISTENT_WARNING =
  'Your browser has not granted persistent storage, so it could clear this data when disk space runs low. Back up regularly (Settings, Backup).';

let asked: Promise<boolean> | undefined;

/** The page's one request for persistent storage (false if the browser refuses or fails to answer). */
export function askPersistentStorageOnce(): Promise<boolean> {
  asked ??= requestPersistentStorage().catch(() => false);
  return asked;
}
