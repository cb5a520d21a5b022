import type { Commands } from '../../data';
import type { Host } from '../../host';

/*
 * The exports, loaded when first used: the portfolio format's schemas and the CSV writer stay out of
 * the code that must run before the register first appears.
 */

export async function exportPortfolioJson(commands: Commands, host: Host): Promise<string | null> {
  return (await import('./export-portfolio')).exportPortfolioJson(commands, host);
}

export async function exportContractsCsv(commands: Commands, host: Host): Promise<string | null> {
  return (await import('./export-portfolio')).exportContractsCsv(commands, host);
}
