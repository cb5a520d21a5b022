import type { PlannerDb } from '../../db/db';
import { analysePortfolioFile } from '../import/portfolio-import';

export const SAMPLE_FILE_NAME = 'Sample portfolio (illustrative)';

/**
 * Loads the bundled illustrative portfolio through the same path as any portfolio file. It is a
 * separate chunk so the app does not pay for it unless the user asks.
 */
export async function loadSamplePortfolio(db: PlannerDb): Promise<string> {
  const { default: text } = await import('../../../assets/sample-portfolio.json?raw');
  const existing = new Map((await db.contracts.toArray()).map((c) => [c.reference, c]));
  const analysis = analysePortfolioFile(SAMPLE_FILE_NAME, new TextEncoder().encode(text), existing);
  const { summary } = await analysis.commit(db, () => undefined);
  return summary;
}
