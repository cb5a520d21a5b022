import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/support/fresh-db';
import { contractSchema, DEFAULT_SETTINGS, type Contract } from '@shared/domain';
import { serialisePortfolio } from '@shared/import/portfolio-format';
import { createAppraisal } from './appraisals';
import { readBundle } from './bundles';
import { analysePortfolioFile, appraisalTitles } from './portfolio-import';

const sample = JSON.parse(readFileSync('assets/sample-portfolio.json', 'utf8'));
const contract: Contract = contractSchema.parse(sample.contracts[0]);

describe('a portfolio file that carries appraisals already stored', () => {
  it('names, before anything is written, the appraisals it would replace', async () => {
    const db = await freshDb();
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
