import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupTarget } from '@shared/ipc';
import { AUTO_BACKUP_KEEP_DEFAULT, autoBackupIfDue, autoBackupPrefs, setAutoBackupKeep } from './auto-backup';
import { openDb, type PlannerDb } from './db';

const dbs: PlannerDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

async function freshDb(): Promise<PlannerDb> {
  const db = await openDb(`auto-backup-test-${Date.now()}-${Math.random()}`);
  dbs.push(db);
  return db;
}

/** A host target that keeps what it was handed, as the desktop's streams it to main. */
function collectingHost(options: { failFinish?: Error } = {}) {
  const written: Array<{ keep: number; format: string }> = [];
  const events: string[] = [];
  const begin = async (keep: number): Promise<BackupTarget> => {
    const parts: Uint8Array[] = [];
    events.push('begin');
    return {
      write: (part) => void parts.push(part),
      finish: async () => {
        if (options.failFinish) throw options.failFinish;
        written.push({ keep, format: JSON.parse(new TextDecoder().decode(Buffer.concat(parts))).format });
        events.push('finish');
        return 'auto-backup.json';
      },
      abort: async () => void events.push(`abort after ${parts.length} part(s)`),
    };
  };
  return { begin, written, events };
}

describe('automatic backups in the page', () => {
  it('backs up at once the first time, then only once a day, keeping the chosen number', async () => {
    const db = await freshDb();
    const host = collectingHost();
    const day1 = new Date('2026-12-06T09:00:00Z');
    expect(await autoBackupIfDue(db, host.begin, { now: day1 })).toBe(true);
    expect(host.written).toEqual([{ keep: AUTO_BACKUP_KEEP_DEFAULT, format: 'trust-procurement-planner/backup' }]);
    expect(await autoBackupIfDue(db, host.begin, { now: new Date('2026-12-06T20:00:00Z') })).toBe(false);

    await setAutoBackupKeep(db, 5);
    expect(await autoBackupIfDue(db, host.begin, { now: new Date('2026-12-07T09:00:00Z') })).toBe(true);
    expect(host.written[1].keep).toBe(5);
    // On quit it backs up whatever the time.
    expect(await autoBackupIfDue(db, host.begin, { now: new Date('2026-12-07T09:05:00Z'), force: true })).toBe(true);
    expect((await autoBackupPrefs(db)).last).toBe('2026-12-07T09:05:00.000Z');
  });

  it('aborts a backup that fails part-way, so nothing half-written stays, and tries again next time', async () => {
    const db = await freshDb();
    const host = collectingHost({ failFinish: new Error('The disk is full') });
    await expect(autoBackupIfDue(db, host.begin, { now: new Date('2026-12-06T09:00:00Z') })).rejects.toThrow('The disk is full');
    expect(host.events).toEqual(['begin', 'abort after 1 part(s)']);
    // Not recorded as made: the next check backs up again.
    expect((await autoBackupPrefs(db)).last).toBeUndefined();
  });
});
