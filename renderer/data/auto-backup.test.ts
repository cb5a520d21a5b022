import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTO_BACKUP_KEEP_DEFAULT, autoBackupIfDue, autoBackupPrefs, setAutoBackupKeep } from './auto-backup';
import { openDb, type PlannerDb } from './db';

const dbs: PlannerDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('automatic backups in the page', () => {
  it('backs up at once the first time, then only once a day, keeping the chosen number', async () => {
    const db = await openDb(`auto-backup-test-${Date.now()}`);
    dbs.push(db);
    const written: Array<{ keep: number; format: string }> = [];
    const write = async (content: string, keep: number) => void written.push({ keep, format: JSON.parse(content).format });
    const day1 = new Date('2026-12-06T09:00:00Z');
    expect(await autoBackupIfDue(db, write, { now: day1 })).toBe(true);
    expect(written).toEqual([{ keep: AUTO_BACKUP_KEEP_DEFAULT, format: 'trust-procurement-planner/backup' }]);
    expect(await autoBackupIfDue(db, write, { now: new Date('2026-12-06T20:00:00Z') })).toBe(false);

    await setAutoBackupKeep(db, 5);
    expect(await autoBackupIfDue(db, write, { now: new Date('2026-12-07T09:00:00Z') })).toBe(true);
    expect(written[1].keep).toBe(5);
    // On quit it backs up whatever the time.
    expect(await autoBackupIfDue(db, write, { now: new Date('2026-12-07T09:05:00Z'), force: true })).toBe(true);
    expect((await autoBackupPrefs(db)).last).toBe('2026-12-07T09:05:00.000Z');
  });
});
