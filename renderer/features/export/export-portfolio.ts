import { contractsToCsv } from '@shared/export/csv';
import { serialisePortfolio } from '@shared/import/portfolio-format';
import type { Commands } from '../../data';
import type { Host } from '../../host';
import { exportFileName } from './file-names';

/** Everything: contracts and appraisals, in the versioned portfolio format. */
export async function exportPortfolioJson(commands: Commands, host: Host): Promise<string | null> {
  const { contracts, appraisals, settings } = await commands.portfolio.read();
  const text = serialisePortfolio({ trustName: settings.organisation.trustName, contracts, appraisals });
  return host.saveFile('portfolio', exportFileName(settings.organisation.trustName, 'portfolio', 'json'), text);
}

/** The register as a CSV that Excel opens correctly and that cannot run formulas. */
export async function exportContractsCsv(commands: Commands, host: Host): Promise<string | null> {
  const { contracts, settings } = await commands.portfolio.readContracts();
  return host.saveFile('contracts-csv', exportFileName(settings.organisation.trustName, 'contracts', 'csv'), contractsToCsv(contracts));
}
