import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { serialisePortfolio } from '@shared/import/portfolio-format';
import { createAppraisal } from './appraisals';
import { readBundle } from './bundles';
import { openDb, type PlannerDb } from './db';
import { analysePortfolioFile, appraisalTitles } from './portfolio-import';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contract: Contract = contractSchema.parse(sample.contracts[0]);

const dbs: PlannerDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('a portfolio file that carries appraisals already stored', () => {
  it('names, before anything is written, the appraisals it would replace', async () => {
    const db = await openDb(`portfolio-import-test-${Date.now()}`);
    dbs.push(db);
    const id = await createAppraisal(db, { title: 'EPR options', contracts: [contract], settings: DEFAULT_SETTINGS, today: '2026-12-06' });
    const bundle = (await readBundle(db, id))!;
    const file = serialisePortfolio({
      contracts: [contract],
      appraisals: [{ ...bundle, appraisal: { ...bundle.appraisal, title: 'EPR options (from the file)' } }],
    });

    const analysis = analysePortfolioFile('colleague.json', new TextEncoder().encode(file), new Map(), await appraisalTitles(db));
    expect(analysis.summary.notices).toContainEqual(expect.stringContaining('replaces an appraisal you already have'));
    expect(analysis.summary.notices.join(' ')).toContain('‘EPR options’');

    const unrelated = analysePortfolioFile('colleague.json', new TextEncoder().encode(file), new Map(), new Map());
    expect(unrelated.summary.notices.join(' ')).not.toContain('replaces');
  });
});
