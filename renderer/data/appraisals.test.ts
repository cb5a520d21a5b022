import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aRisk } from '../../test/support/builders';
import { freshDb } from '../../test/support/fresh-db';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { addDaysIso, addMonthsIso } from '@shared/dates';
import { appraisalHistory, createAppraisal, deleteChild, duplicateAppraisal, addChild, saveOptionTerms, updateChild } from './appraisals';
import { readBundle } from './bundles';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const epr: Contract = contractSchema.parse(
  sample.contracts.find((c: Contract) => c.contractingModel === 'via-lsp' && c.category === 'EPR'),
);

describe('appraisal repository', () => {
  it('creates an appraisal with a proposed short list including extend-via-LSP for an LSP contract', async () => {
    const db = await freshDb();
    const id = await createAppraisal(db, { title: 'EPR at LSP exit', contracts: [epr], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
    const bundle = await readBundle(db, id);
    expect(bundle?.appraisal.contractRefs).toEqual([epr.reference]);
    const kinds = bundle!.options.map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(['do-minimum', 'direct-with-vendor', 're-procure', 'extend-via-lsp']));
    expect(bundle!.costLines.every((l) => bundle!.options.some((o) => o.id === l.optionId))).toBe(true);
    expect(bundle!.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });

  it('duplicates with fresh ids throughout and remaps scores, lines and risks to the new options', async () => {
    const db = await freshDb();
    const id = await createAppraisal(db, { title: 'A', contracts: [epr], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
    const original = (await readBundle(db, id))!;
    const option = original.options[0];
    await updateChild(db, 'option', option, (o) => ({ ...o, scores: { [original.criteria[0].id]: 7 } }));
    await addChild(
      db,
      'risk',
      aRisk(option, {
        id: 'r1',
        title: 'Hosting gap',
        category: 'hosting-technical',
        inherent: { likelihood: 4, consequence: 4 },
        residual: { likelihood: 2, consequence: 4 },
      }),
    );
    const copyId = await duplicateAppraisal(db, id);
    const copy = (await readBundle(db, copyId))!;
    expect(copy.appraisal.title).toBe('A (copy)');
    const originalIds = new Set([...original.options, ...original.costLines, ...original.criteria].map((x) => x.id).concat('r1'));
    for (const x of [...copy.options, ...copy.costLines, ...copy.criteria, ...copy.risks]) {
      expect(originalIds.has(x.id)).toBe(false);
      expect(x.appraisalId).toBe(copyId);
    }
    const copiedOption = copy.options.find((o) => o.name === option.name)!;
    expect(copiedOption.scores[copy.criteria[0].id]).toBe(7);
    expect(copy.risks[0].optionId).toBe(copiedOption.id);
    expect((await readBundle(db, id))!.risks).toHaveLength(1);
  });

  it('records each edit in the appraisal history with the fields it changed', async () => {
    const db = await freshDb();
    const id = await createAppraisal(db, { title: 'A', contracts: [epr], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
    const option = (await readBundle(db, id))!.options[0];
    await updateChild(db, 'option', option, (o) => ({ ...o, terms: { ...o.terms, durationMonths: 84 } }));
    const [latest] = await appraisalHistory(db, id);
    expect(latest.summary).toBe(`Edited option '${option.name}'`);
    expect(latest.changes?.terms?.[1]).toMatchObject({ durationMonths: 84 });
  });

  it('deleting an option takes its cost lines and risks with it, in one transaction', async () => {
    const db = await freshDb();
    const id = await createAppraisal(db, { title: 'A', contracts: [epr], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
    const bundle = (await readBundle(db, id))!;
    const option = bundle.options.find((o) => bundle.costLines.some((l) => l.optionId === o.id))!;
    await deleteChild(db, 'option', option);
    const after = (await readBundle(db, id))!;
    expect(after.options.some((o) => o.id === option.id)).toBe(false);
    expect(after.costLines.some((l) => l.optionId === option.id)).toBe(false);
  });
});

describe('edits made in quick succession', () => {
  it('all land, even when each was made from a copy of the record taken before the others saved', async () => {
    const db = await freshDb();
    const id = await createAppraisal(db, { title: 'A', contracts: [epr], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
    const stale = (await readBundle(db, id))!.options[0];
    await Promise.all([
      updateChild(db, 'option', stale, (o) => ({ ...o, hosting: { ...o.hosting, targetModel: 'vendor-hosted' } })),
      updateChild(db, 'option', stale, (o) => ({ ...o, hosting: { ...o.hosting, provider: 'Oracle Health' } })),
      updateChild(db, 'option', stale, (o) => ({ ...o, hosting: { ...o.hosting, goLive: '2027-03-01' } })),
      saveOptionTerms(db, stale, { durationMonths: 60 }),
    ]);
    const after = (await readBundle(db, id))!.options.find((o) => o.id === stale.id)!;
    expect(after.hosting).toMatchObject({ targetModel: 'vendor-hosted', provider: 'Oracle Health', goLive: '2027-03-01' });
    expect(after.terms.durationMonths).toBe(60);
  });
});

describe('changing an option term', () => {
  it('moves the cost lines tied to the term and leaves the others', async () => {
    const db = await freshDb();
    const id = await createAppraisal(db, { title: 'A', contracts: [epr], settings: DEFAULT_SETTINGS, today: '2026-11-22' });
    const bundle = (await readBundle(db, id))!;
    const option = bundle.options.find((o) => o.kind === 'direct-with-vendor')!;
    const tied = bundle.costLines.find((l) => l.optionId === option.id && l.kind === 'recurring')!;
    const own = { ...tied, id: 'own', label: 'Own dates', startDate: '2028-01-01', endDate: '2029-12-31' };
    await addChild(db, 'costLine', own);
    await saveOptionTerms(db, option, { durationMonths: 60 });
    const after = (await readBundle(db, id))!;
    const moved = after.costLines.find((l) => l.id === tied.id)!;
    expect(moved.kind === 'recurring' && moved.endDate).toBe(addDaysIso(addMonthsIso(option.terms.startDate, 60), -1));
    expect(after.costLines.find((l) => l.id === 'own')).toEqual(own);
    expect(after.options.find((o) => o.id === option.id)!.terms.durationMonths).toBe(60);
  });
});
