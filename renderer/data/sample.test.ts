import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { createAppraisal } from './appraisals';
import { putBackSample, removeSample, SAMPLE_TRUST_NAME_KEY, sampleSummary } from './sample';
import { loadSettings, saveSettings } from './settings';
import { freshDb, importContracts } from '../../test/support/fresh-db';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const sampleContracts: Contract[] = sample.contracts.slice(0, 3).map((c: unknown) => contractSchema.parse(c));
const own: Contract = { ...sampleContracts[0], reference: 'OWN-1', title: 'Our pathology system', sample: undefined };

async function seeded(trustName: string) {
  const db = await freshDb();
  await importContracts(db, [...sampleContracts, own], 'seed');
  await db.meta.put({ key: SAMPLE_TRUST_NAME_KEY, value: sample.organisation.trustName });
  await saveSettings(db, { ...DEFAULT_SETTINGS, organisation: { trustName, author: '' } });
  const today = '2026-12-06';
  await createAppraisal(db, { title: 'Sample EPR', contracts: [sampleContracts[0]], settings: DEFAULT_SETTINGS, today });
  await createAppraisal(db, { title: 'Our pathology', contracts: [own], settings: DEFAULT_SETTINGS, today });
  return db;
}

describe('removing the sample portfolio', () => {
  it('removes the sample contracts, their appraisals and the sample trust name, and nothing of the user’s', async () => {
    const db = await seeded(sample.organisation.trustName);
    const before = await sampleSummary(db);
    expect(before.contracts).toBe(3);
    expect(before.appraisals.map((a) => a.title)).toEqual(['Sample EPR']);

    const removed = await removeSample(db);
    expect(removed.contracts).toBe(3);
    expect((await db.contracts.toArray()).map((c) => c.reference)).toEqual(['OWN-1']);
    expect((await db.appraisals.toArray()).map((a) => a.title)).toEqual(['Our pathology']);
    expect(await db.options.where('appraisalId').equals(before.appraisals[0].id).count()).toBe(0);
    expect((await loadSettings(db)).organisation.trustName).toBe('');
    expect(await sampleSummary(db)).toEqual({ contracts: 0, appraisals: [] });
  });

  it('keeps a trust name the user set', async () => {
    const db = await seeded('Anytown Hospitals NHS Foundation Trust');
    await removeSample(db);
    expect((await loadSettings(db)).organisation.trustName).toBe('Anytown Hospitals NHS Foundation Trust');
  });

  it('Undo puts back exactly what was removed: every contract and appraisal as stored, the trust name and its marker', async () => {
    const db = await seeded(sample.organisation.trustName);
    const snapshot = async () => {
      const tables = ['contracts', 'appraisals', 'criteria', 'options', 'costLines', 'risks', 'benefits', 'settings', 'meta'] as const;
      return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()])));
    };
    const before = await snapshot();
    const removed = await removeSample(db);
    expect(await sampleSummary(db)).toEqual({ contracts: 0, appraisals: [] });

    await putBackSample(db, removed.removal);
    expect(await snapshot()).toEqual(before);
    const history = (await db.changeLog.where('entity').equals('portfolio').toArray()).filter((h) => h.entityId === 'sample');
    expect(history.map((h) => h.summary)).toEqual([
      'Removed the sample portfolio (3 contracts, 1 appraisals)',
      'Put back the sample portfolio (3 contracts, 1 appraisals)',
    ]);
  });

  it('Undo leaves a trust name the user typed after removing the sample', async () => {
    const db = await seeded(sample.organisation.trustName);
    const removed = await removeSample(db);
    const settings = await loadSettings(db);
    await saveSettings(db, {
      ...settings,
      organisation: { ...settings.organisation, trustName: 'Anytown Hospitals NHS Foundation Trust' },
    });
    await putBackSample(db, removed.removal);
    expect((await loadSettings(db)).organisation.trustName).toBe('Anytown Hospitals NHS Foundation Trust');
    expect((await sampleSummary(db)).contracts).toBe(3);
  });
});
