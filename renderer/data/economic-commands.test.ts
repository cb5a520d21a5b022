import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/support/fresh-db';
import { benefitSchema, contractSchema, DEFAULT_SETTINGS, type Benefit, type Contract } from '@shared/domain';
import { addChild, appraisalHistory, createAppraisal, deleteChild, duplicateAppraisal, updateChild } from './appraisals';
import { readBundle } from './bundles';
import { loadSettings, updateSettings } from './settings';

/** The data-layer commands the economic and financial case screens write through. */

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const epr: Contract = contractSchema.parse(sample.contracts.find((c: Contract) => c.reference === 'NVH-EPR-001'));

async function withAppraisal() {
  const db = await freshDb();
  const id = await createAppraisal(db, { title: 'EPR', contracts: [epr], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
  const bundle = (await readBundle(db, id))!;
  return { db, id, bundle, option: bundle.options.find((o) => o.kind === 're-procure')! };
}

function benefit(ids: { optionId: string; appraisalId: string }, id: string, label: string, order: number): Benefit {
  return benefitSchema.parse({
    id,
    ...ids,
    order,
    type: 'CRB',
    label,
    cashflow: { kind: 'recurring', amount: 100_000, startDate: '2028-04-01', endDate: '2036-03-31' },
  });
}

describe("benefit lines: the 'benefit' child kind", () => {
  it('adds benefits that read back in the order the user gave, whatever their ids, and logs each', async () => {
    const { db, id, option } = await withAppraisal();
    const ids = { optionId: option.id, appraisalId: id };
    await addChild(db, 'benefit', benefit(ids, 'zz', 'Paper records storage', 0));
    await addChild(db, 'benefit', benefit(ids, 'aa', 'Transcription', 1));
    const bundle = (await readBundle(db, id))!;
    expect(bundle.benefits.map((b) => b.label)).toEqual(['Paper records storage', 'Transcription']);
    const history = await appraisalHistory(db, id);
    expect(history.map((h) => h.summary)).toContain("Added benefit 'Transcription'");
  });

  it('edits a benefit through an updater and records the fields it changed', async () => {
    const { db, id, option } = await withAppraisal();
    const b = benefit({ optionId: option.id, appraisalId: id }, 'b1', 'Transcription', 0);
    await addChild(db, 'benefit', b);
    await updateChild(db, 'benefit', b, (cur) => ({ ...cur, shortfallPct: 20, shortfallRationale: 'Speech recognition uptake varies' }));
    const stored = (await readBundle(db, id))!.benefits[0];
    expect(stored).toMatchObject({ shortfallPct: 20, shortfallRationale: 'Speech recognition uptake varies' });
    const [latest] = await appraisalHistory(db, id);
    expect(latest.summary).toBe("Edited benefit 'Transcription'");
    expect(latest.changes?.shortfallPct).toEqual([0, 20]);
  });

  it('deletes a benefit, and deleting an option takes its benefits with it', async () => {
    const { db, id, bundle, option } = await withAppraisal();
    const other = bundle.options.find((o) => o.id !== option.id)!;
    const mine = benefit({ optionId: option.id, appraisalId: id }, 'b1', 'Transcription', 0);
    const kept = benefit({ optionId: other.id, appraisalId: id }, 'b2', 'Storage', 0);
    const gone = benefit({ optionId: option.id, appraisalId: id }, 'b3', 'Duplicate tests', 1);
    for (const b of [mine, kept, gone]) await addChild(db, 'benefit', b);
    await deleteChild(db, 'benefit', mine);
    expect((await readBundle(db, id))!.benefits.map((b) => b.id)).toEqual(['b2', 'b3']);
    await deleteChild(db, 'option', option);
    expect((await readBundle(db, id))!.benefits.map((b) => b.id)).toEqual(['b2']);
  });

  it('a duplicated appraisal carries its benefits to the new options', async () => {
    const { db, id, option } = await withAppraisal();
    await addChild(db, 'benefit', benefit({ optionId: option.id, appraisalId: id }, 'b1', 'Transcription', 0));
    const copy = (await readBundle(db, await duplicateAppraisal(db, id)))!;
    const copied = copy.options.find((o) => o.name === option.name)!;
    expect(copy.benefits).toHaveLength(1);
    expect(copy.benefits[0]).toMatchObject({ optionId: copied.id, appraisalId: copy.appraisal.id, label: 'Transcription' });
  });
});

describe('settings.update', () => {
  it('applies each updater to the stored settings, so two quick edits both land', async () => {
    const db = await freshDb();
    await Promise.all([
      updateSettings(db, (s) => ({ ...s, vatRate: 0.175 })),
      updateSettings(db, (s) => ({ ...s, depreciationYears: 7 })),
      updateSettings(db, (s) => ({ ...s, pdcDividendRate: 0.03 })),
    ]);
    const s = await loadSettings(db);
    expect(s).toMatchObject({ vatRate: 0.175, depreciationYears: 7, pdcDividendRate: 0.03 });
    expect(s.approvalLimits).toEqual(DEFAULT_SETTINGS.approvalLimits);
  });

  it('refuses settings that break the schema and leaves the stored ones as they were', async () => {
    const db = await freshDb();
    await updateSettings(db, (s) => ({ ...s, vatRate: 0.2 }));
    await expect(updateSettings(db, (s) => ({ ...s, vatRate: 3 }))).rejects.toThrow();
    expect((await loadSettings(db)).vatRate).toBe(0.2);
  });
});
