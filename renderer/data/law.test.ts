import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aBareContract } from '../../test/support/builders';
import { freshDb } from '../../test/support/fresh-db';
import { undoImport } from './contracts';
import {
  DUTY_COMPLETIONS_KEY,
  markDutyDone,
  markDutyNotDone,
  pipelineOverridesKey,
  readDutyCompletions,
  readPipelineOverrides,
  updatePipelineOverrides,
} from './law';
import { updateSettings } from './settings';
import { analyseOcdsFile } from './ocds-import';
import { loadSettings } from './settings';

const mk = aBareContract;

describe('pipeline overrides (meta row per financial year)', () => {
  it('saves, merges and reads back the overrides of one year without touching another', async () => {
    const db = await freshDb();
    await updatePipelineOverrides(db, 2027, () => ({ 'EPR-1': { include: false } }));
    await updatePipelineOverrides(db, 2027, (o) => ({ ...o, 'PACS-2': { estimatedValueExVat: 2_500_000, cpv: '48180000-3' } }));
    expect(await readPipelineOverrides(db, 2027)).toEqual({
      'EPR-1': { include: false },
      'PACS-2': { estimatedValueExVat: 2_500_000, cpv: '48180000-3' },
    });
    expect(await readPipelineOverrides(db, 2028)).toEqual({});
  });

  it('drops an entry whose every override was cleared, and refuses an invalid CPV without writing', async () => {
    const db = await freshDb();
    await updatePipelineOverrides(db, 2027, () => ({ A: { include: true } }));
    await updatePipelineOverrides(db, 2027, () => ({ A: { include: undefined } }));
    expect(await readPipelineOverrides(db, 2027)).toEqual({});
    await expect(updatePipelineOverrides(db, 2027, () => ({ A: { cpv: 'not a code' } }))).rejects.toThrow(/CPV code/);
    expect(await readPipelineOverrides(db, 2027)).toEqual({});
  });

  it('reads a damaged row as no overrides rather than failing', async () => {
    const db = await freshDb();
    await db.meta.put({ key: pipelineOverridesKey(2027), value: { A: { include: 'perhaps' } } });
    expect(await readPipelineOverrides(db, 2027)).toEqual({});
  });
});

describe('updateSettings', () => {
  it('applies the change to the stored settings, keeping everything else', async () => {
    const db = await freshDb();
    await updateSettings(db, (s) => ({ ...s, organisation: { ...s.organisation, trustName: 'Northbridge' } }));
    await updateSettings(db, (s) => ({ ...s, law: { ...s.law, pipelineSpend: { ...s.law.pipelineSpend, '2027': 'yes' } } }));
    const s = await loadSettings(db);
    expect(s.organisation.trustName).toBe('Northbridge');
    expect(s.law.pipelineSpend).toEqual({ '2027': 'yes' });
    expect(s.vatRate).toBe(0.2);
  });
});

describe('OCDS notices import', () => {
  const fixture = readFileSync('test/fixtures/ocds/release-package.json');
  const register = [
    mk({ reference: 'PACS-2025', title: 'PACS', startDate: '2025-07-01', currentEndDate: '2030-06-30', totalValue: 2_900_000 }),
    mk({ reference: 'host-9', title: 'Hosting', category: 'hosting', startDate: '2025-09-01', currentEndDate: '2028-06-30' }),
  ];

  it('previews the diff without writing, writes the matched contracts in one import, and Undo puts them back', async () => {
    const db = await freshDb();
    await db.contracts.bulkPut(register);
    const existing = new Map(register.map((c) => [c.reference, c]));
    const analysis = analyseOcdsFile('notices.json', fixture, existing, 0.2);
    const s = analysis.summary.ocds!;
    expect(analysis.summary.format).toBe('ocds');
    expect(s.matched.map((m) => m.reference)).toEqual(['PACS-2025']);
    expect(s.matched[0].changes.find((c) => c.field === 'maximumEndDate')).toMatchObject({ before: '—', after: '31 Dec 2032' });
    expect(s.unmatchedCount).toBe(1);
    expect(await db.contracts.get('PACS-2025')).toEqual(register[0]);

    const { importId, summary } = await analysis.commit(db, () => undefined);
    expect(summary).toMatch(/^Applied the notices in notices\.json: 1 contract updated/);
    const written = await db.contracts.get('PACS-2025');
    expect(written?.maximumEndDate).toBe('2032-12-31');
    expect(written?.notices?.map((x) => x.type)).toEqual(expect.arrayContaining(['UK4', 'UK6', 'UK7']));
    expect(await db.contracts.get('host-9')).toEqual(register[1]);

    await undoImport(db, importId);
    expect(await db.contracts.get('PACS-2025')).toEqual(register[0]);
  });

  it('refuses a package over the size limit before reading it', () => {
    const big = new Uint8Array(201 * 1024 * 1024);
    expect(() => analyseOcdsFile('big.json', big, new Map(), 0.2)).toThrow(/too large|larger|MB/i);
  });
});

describe('Procurement Act duties marked done (one meta row, keyed by duty)', () => {
  const details = { contractRef: 'INF-12', kind: 'contract-details-notice', dueDate: '2025-10-30', doneOn: '2025-10-28' } as const;
  const perf = { contractRef: 'INF-12', kind: 'performance-notice', dueDate: '2026-09-30', doneOn: '2026-09-01' } as const;

  it('stores a mark with its link, keeps the others when one is taken off, and logs each change', async () => {
    const db = await freshDb();
    expect(await readDutyCompletions(db)).toEqual({});
    await markDutyDone(db, { ...details, link: 'https://www.find-tender.service.gov.uk/Notice/1' }, 'Marked done: details');
    await markDutyDone(db, perf, 'Marked done: performance');
    expect(Object.values(await readDutyCompletions(db))).toEqual([
      { ...details, link: 'https://www.find-tender.service.gov.uk/Notice/1' },
      perf,
    ]);
    await markDutyNotDone(db, details, 'Marked not done: details');
    expect(Object.values(await readDutyCompletions(db))).toEqual([perf]);
    expect((await db.changeLog.toArray()).map((r) => r.summary)).toEqual([
      'Marked done: details',
      'Marked done: performance',
      'Marked not done: details',
    ]);
  });

  it('refuses a mark with a link that is not a web address, and writes nothing', async () => {
    const db = await freshDb();
    await expect(markDutyDone(db, { ...details, link: 'javascript:alert(1)' }, 'x')).rejects.toThrow();
    expect(await db.meta.get(DUTY_COMPLETIONS_KEY)).toBeUndefined();
    expect(await db.changeLog.count()).toBe(0);
  });

  it('reads every mark that still parses when one in the stored row does not', async () => {
    const db = await freshDb();
    await db.meta.put({ key: DUTY_COMPLETIONS_KEY, value: { a: details, b: { contractRef: 'X', kind: 'nonsense' } } });
    expect(await readDutyCompletions(db)).toEqual({ a: details });
    await db.meta.put({ key: DUTY_COMPLETIONS_KEY, value: 'garbled' });
    expect(await readDutyCompletions(db)).toEqual({});
  });
});
