import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, readBackup, restoreBackup } from './backup';
import { openDb, type PlannerDb } from './db';
import { readWordTemplate, removeWordTemplate, saveWordTemplate, wordTemplateInfo } from './word-template';

const dbs: PlannerDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

async function freshDb(name: string): Promise<PlannerDb> {
  const db = await openDb(`word-template-${name}-${Date.now()}`);
  dbs.push(db);
  return db;
}

describe('the Word template kept for the board paper', () => {
  it('keeps the bytes exactly (every byte value, past one 32 KB slice), travels in a backup, and can be removed', async () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    const db = await freshDb('a');
    expect(await wordTemplateInfo(db)).toBeNull();
    await saveWordTemplate(db, { fileName: 'Board cover.docx', bytes }, new Date('2026-12-06T09:00:00Z'));
    expect(await wordTemplateInfo(db)).toEqual({ fileName: 'Board cover.docx', size: 70_000, chosenAt: '2026-12-06T09:00:00.000Z' });
    expect(await readWordTemplate(db)).toEqual({ fileName: 'Board cover.docx', bytes });
    expect((await db.changeLog.toArray()).map((r) => r.summary)).toContain('Chose the Word template Board cover.docx');

    const other = await freshDb('b');
    const { tables } = await readBackup(other, await createBackup(db));
    await restoreBackup(other, tables);
    expect((await readWordTemplate(other))?.bytes).toEqual(bytes);

    await removeWordTemplate(db);
    expect(await readWordTemplate(db)).toBeNull();
  });

  it('reads a damaged row as no template, so the paper still exports', async () => {
    const db = await freshDb('c');
    await db.meta.put({ key: 'word-template', value: { fileName: 'x.docx' } });
    expect(await readWordTemplate(db)).toBeNull();
    expect(await wordTemplateInfo(db)).toBeNull();
  });
});
