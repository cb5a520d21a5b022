import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contractSchema, type Contract } from '@shared/domain';
import { fileBackupTarget } from '../host/browser-host';
import type { BackupTarget } from '@shared/ipc';
import { createBackup, readBackup } from './backup';
import { checkBackupOffThread, restoreCheckedBackup, writeBackupTo } from './backup-client';
import { STREAM_BYTES } from './backup-protocol';
import { openDb, type PlannerDb } from './db';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contracts: Contract[] = sample.contracts.map((c: unknown) => contractSchema.parse(c));

let n = 0;
const dbs: PlannerDb[] = [];
async function seeded(): Promise<PlannerDb> {
  const db = await openDb(`backup-client-test-${Date.now()}-${n++}`);
  dbs.push(db);
  await db.contracts.bulkPut(contracts);
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const now = new Date('2026-04-01T09:00:00Z');

describe('the backup client, in the page (Node has no Worker)', () => {
  it('hands a host that takes a file the whole backup as one JSON file, never part by part (issue 16)', async () => {
    const db = await seeded();
    const saved: Blob[] = [];
    const target = fileBackupTarget((file) => saved.push(file), 'backup.json');
    const write = vi.spyOn(target, 'write');
    expect(await writeBackupTo(db, target, { now })).toBe('backup.json');
    expect(write).not.toHaveBeenCalled();
    expect(saved).toHaveLength(1);
    expect(saved[0].type).toBe('application/json');
    // Byte for byte the backup createBackup makes, and it checks as one.
    const text = await saved[0].text();
    expect(text).toBe(await createBackup(db, now));
    expect((await readBackup(db, text)).summary.counts.contracts).toBe(contracts.length);
  });

  it('streams the backup to a host that takes no file as UTF-8 bytes in short parts, then finishes it (issue 16)', async () => {
    const db = await seeded();
    const parts: unknown[] = [];
    const target: BackupTarget = { write: (p) => void parts.push(p), finish: async () => 'streamed.json', abort: async () => undefined };
    expect(await writeBackupTo(db, target, { now })).toBe('streamed.json');
    // Bytes, not text: sent to main as a copy of memory rather than a string on the UI thread's heap.
    expect(parts.every((p) => p instanceof Uint8Array && p.byteLength > 0 && p.byteLength <= STREAM_BYTES)).toBe(true);
    expect(new TextDecoder().decode(Buffer.concat(parts as Uint8Array[]))).toBe(await createBackup(db, now));
  });

  it('aborts the target when saving the file fails, and reports why', async () => {
    const db = await seeded();
    const abort = vi.fn(async () => undefined);
    const target: BackupTarget = {
      write: () => undefined,
      finish: async () => 'never.json',
      abort,
      takeFile: async () => {
        throw new Error('The disk is full');
      },
    };
    await expect(writeBackupTo(db, target, { now })).rejects.toThrow('The disk is full');
    expect(abort).toHaveBeenCalledOnce();
  });

  it('checks and restores a backup given as the bytes of a chosen file', async () => {
    const db = await seeded();
    const bytes = new TextEncoder().encode(await createBackup(db, now));
    await db.contracts.clear();
    const { summary, tables } = await checkBackupOffThread(db, bytes);
    expect(summary.counts.contracts).toBe(contracts.length);
    await restoreCheckedBackup(db, tables);
    expect(await db.contracts.count()).toBe(contracts.length);
  });
});
