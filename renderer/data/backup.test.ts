import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { createAppraisal } from './appraisals';
import { createBackup, readBackup, restoreBackup } from './backup';
import { applyImport, saveContract } from './contracts';
import type { PlannerDb } from './db';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { freshDb, importContracts } from '../../test/support/fresh-db';
import { saveSettings } from './settings';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contracts: Contract[] = sample.contracts.map((c: unknown) => contractSchema.parse(c));

async function dump(db: PlannerDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

describe('backup and restore', () => {
  it('seed, back up, wipe, restore gives identical data in every table', async () => {
    const db = await freshDb();
    await importContracts(db, contracts, 'sample', { meta: [{ key: 'mapping:x', value: { Ref: 'reference' } }] });
    await saveSettings(db, { ...DEFAULT_SETTINGS, organisation: { trustName: 'Test Trust', author: 'A' } });
    await createAppraisal(db, { title: 'EPR', contracts: [contracts[0]], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
    const before = await dump(db);
    const text = await createBackup(db);

    for (const t of db.tables) await t.clear();
    expect((await dump(db)).contracts).toEqual([]);

    const { summary, tables } = await readBackup(db, text);
    expect(summary.counts.contracts).toBe(contracts.length);
    await restoreBackup(db, tables);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a backup from a newer app, and a file that is not a backup, changing nothing', async () => {
    const db = await freshDb();
    await applyImport(db, { fileName: 'sample', toPut: contracts.slice(0, 3), replaced: [], addedRefs: [], summary: 'seed' });
    const text = await createBackup(db);
    const newer = text.replace(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`, '"schemaVersion":99');
    await expect(readBackup(db, newer)).rejects.toThrow(/newer version/);
    await expect(readBackup(db, '{"format":"something-else"}')).rejects.toThrow(/not a Trust Procurement Planner backup/);
    await expect(readBackup(db, 'not json')).rejects.toThrow(/not valid JSON/);
    await expect(readBackup(db, `{"format":"x","tables":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).rejects.toThrow(
      /nested far more deeply than a backup is/,
    );
    expect(await db.contracts.count()).toBe(3);
  });

  it('a restore that fails part-way leaves the data as it was', async () => {
    const db = await freshDb();
    await applyImport(db, { fileName: 'sample', toPut: contracts.slice(0, 3), replaced: [], addedRefs: [], summary: 'seed' });
    const before = await dump(db);
    // Two rows with the same key: the bulkAdd fails after the tables were cleared in the same transaction.
    const broken = { ...Object.fromEntries(db.tables.map((t) => [t.name, []])), contracts: [contracts[5], contracts[5]] };
    await expect(restoreBackup(db, broken)).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a backup whose rows are damaged, naming the table, row, field and value, before anything changes', async () => {
    const db = await freshDb();
    await applyImport(db, { fileName: 'sample', toPut: contracts.slice(0, 3), replaced: [], addedRefs: [], summary: 'seed' });
    await createAppraisal(db, { title: 'EPR', contracts: [contracts[0]], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
    const before = await dump(db);
    const backup = JSON.parse(await createBackup(db));

    const badDate = structuredClone(backup);
    badDate.tables.contracts[1].currentEndDate = '31/02/2026';
    await expect(readBackup(db, JSON.stringify(badDate))).rejects.toThrow(
      `This backup is damaged, so nothing was restored: contract 2 of 3 (${badDate.tables.contracts[1].reference}), field 'currentEndDate', value '31/02/2026': must be a real calendar date`,
    );

    const badWeight = structuredClone(backup);
    const criteria = badWeight.tables.criteria.length;
    badWeight.tables.criteria[criteria - 1].weight = 140;
    await expect(readBackup(db, JSON.stringify(badWeight))).rejects.toThrow(
      new RegExp(
        `^This backup is damaged, so nothing was restored: criterion ${criteria} of ${criteria} \\(.+\\), field 'weight', value '140':`,
      ),
    );

    const noKey = structuredClone(backup);
    delete noKey.tables.contracts[0].reference;
    await expect(readBackup(db, JSON.stringify(noKey))).rejects.toThrow(
      /^This backup is damaged, so nothing was restored: contract 1 of 3, field 'reference'/,
    );

    const notRow = structuredClone(backup);
    notRow.tables.settings[0] = 'hello';
    await expect(readBackup(db, JSON.stringify(notRow))).rejects.toThrow(
      /^This backup is damaged, so nothing was restored: setting 1 of 1/,
    );

    expect(await dump(db)).toEqual(before);
  });

  it('backs up, checks and restores a register larger than a page in steps, reporting progress up to 1', async () => {
    const db = await freshDb();
    // 4,500 contracts: more than one read page (READ_PAGE) and several steps (STEP_ROWS).
    const many = Array.from({ length: 4_500 }, (_, i) => ({
      ...contracts[i % contracts.length],
      reference: `BIG-${String(i).padStart(5, '0')}`,
    }));
    await applyImport(db, { fileName: 'big', toPut: many, replaced: [], addedRefs: [], summary: 'seed' });
    const before = await dump(db);

    const progress = { backup: [] as number[], check: [] as number[], restore: [] as number[] };
    const text = await createBackup(db, new Date(), (f) => progress.backup.push(f));
    for (const t of db.tables) await t.clear();
    const { tables } = await readBackup(db, text, (f) => progress.check.push(f));
    await restoreBackup(db, tables, (f) => progress.restore.push(f));

    expect(await dump(db)).toEqual(before);
    // Written in steps, the file is still exactly what one JSON.stringify of the whole would write.
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'schemaVersion', 'createdAt', 'tables']);
    for (const [step, fractions] of Object.entries(progress)) {
      expect(fractions.length, step).toBeGreaterThan(2);
      expect(fractions, step).toEqual([...fractions].sort((a, b) => a - b));
      expect(fractions.at(-1), step).toBe(1);
    }
  });

  it('restores the rows the schemas parsed, with missing defaults filled in (issue 11)', async () => {
    const db = await freshDb();
    await applyImport(db, { fileName: 'sample', toPut: contracts.slice(0, 3), replaced: [], addedRefs: [], summary: 'seed' });
    const backup = JSON.parse(await createBackup(db));
    // A backup edited by hand, or written before these fields existed: they are left out.
    delete backup.tables.contracts[0].linkedContracts;
    delete backup.tables.contracts[0].modules;
    delete backup.tables.contracts[0].status;
    for (const t of db.tables) await t.clear();

    const { tables } = await readBackup(db, JSON.stringify(backup));
    await restoreBackup(db, tables);
    const restored = await db.contracts.get(backup.tables.contracts[0].reference);
    expect(restored).toMatchObject({ linkedContracts: [], modules: [], status: 'active' });
  });

  it('refuses a backup without every table, in words, and leaves the data as it was (issue 11)', async () => {
    const db = await freshDb();
    await applyImport(db, { fileName: 'sample', toPut: contracts.slice(0, 3), replaced: [], addedRefs: [], summary: 'seed' });
    const before = await dump(db);
    const head = {
      format: 'trust-procurement-planner/backup',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-12-01T09:00:00.000Z',
    };

    await expect(readBackup(db, JSON.stringify({ ...head, tables: {} }))).rejects.toThrow(
      /^This backup is incomplete, so nothing was restored: it has no contracts, appraisals, options, cost lines, risks, benefits, criteria, settings, change history, import records or remembered items\. Choose a complete backup file/,
    );
    const backup = JSON.parse(await createBackup(db));
    delete backup.tables.benefits;
    await expect(readBackup(db, JSON.stringify(backup))).rejects.toThrow(
      /^This backup is incomplete, so nothing was restored: it has no benefits\./,
    );
    // restoreBackup checks too, so no caller can wipe a table by handing it a partial set.
    await expect(restoreBackup(db, { contracts: [] })).rejects.toThrow(/incomplete/);
    expect(await dump(db)).toEqual(before);
  });

  it('accepts a version 1 backup, which had no benefits table, and upgrades it', async () => {
    const db = await freshDb();
    const backup = JSON.parse(await createBackup(db));
    delete backup.tables.benefits;
    backup.schemaVersion = 1;
    const { tables } = await readBackup(db, JSON.stringify(backup));
    expect(tables.benefits).toEqual([]);
  });

  it('round-trips the change history exactly: emptied and newly filled fields come back as they went in', async () => {
    const db = await freshDb();
    await applyImport(db, { fileName: 'sample', toPut: contracts.slice(0, 2), replaced: [], addedRefs: [], summary: 'seed' });
    const first = contracts[0];
    await saveContract(db, { ...first, notes: 'Renewal agreed', owner: undefined }, first);
    // Rows as other writers (and earlier versions) stored them: an absent value held as undefined, an empty string, a null.
    await db.changeLog.bulkAdd([
      {
        at: '2026-11-01T10:00:00.000Z',
        entity: 'contract',
        entityId: first.reference,
        action: 'update',
        summary: 'Edited',
        changes: { owner: [undefined, 'Jo'] },
      },
      {
        at: '2026-11-02T10:00:00.000Z',
        entity: 'contract',
        entityId: first.reference,
        action: 'update',
        summary: 'Edited',
        changes: { notes: ['', 'x'], title: [null, 'EPR'] },
      },
      {
        at: '2026-11-03T10:00:00.000Z',
        entity: 'contract',
        entityId: first.reference,
        action: 'update',
        summary: 'Edited',
        changes: { modules: [['A', undefined], []] },
      },
    ]);
    const before = await db.changeLog.toArray();
    const text = await createBackup(db);
    for (const t of db.tables) await t.clear();
    const { tables } = await readBackup(db, text);
    await restoreBackup(db, tables);
    expect(await db.changeLog.toArray()).toStrictEqual(before);
  });
});
