import type { PlannerDb } from '../../db/db';
import type { Host } from '../../host';

/*
 * The exports, loaded when first used: the portfolio format's schemas and the CSV writer stay out of
 * the code that must run before the register first appears.
 */

export async function exportPortfolioJson(db: PlannerDb, host: Host): Promise<string | null> {
  return (await import('./export-portfolio')).exportPortfolioJson(db, host);
}

export async function exportContractsCsv(db: PlannerDb, host: Host): Promise<string | null> {
  return (await import('./export-portfolio')).exportContractsCsv(db, host);
}
