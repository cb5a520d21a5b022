import { contractsToCsv } from '@shared/export/csv';
import { serialisePortfolio } from '@shared/import/portfolio-format';
import { readAllBundles } from '../../db/bundles';
import type { PlannerDb } from '../../db/db';
import { loadSettings } from '../../db/settings-repo';
import { readAllContracts } from '../../db/contracts-repo';
import type { Host } from '../../host';
import { exportFileName } from './file-names';

/** Everything: contracts and appraisals, in the versioned portfolio format. */
export async function exportPortfolioJson(db: PlannerDb, host: Host): Promise<string | null> {
  const [contracts, appraisals, settings] = await Promise.all([readAllContracts(db), readAllBundles(db), loadSettings(db)]);
  const text = serialisePortfolio({ trustName: settings.organisation.trustName, contracts, appraisals });
  return host.saveFile('portfolio', exportFileName(settings.organisation.trustName, 'portfolio', 'json'), text);
}

/** The register as a CSV that Excel opens correctly and that cannot run formulas. */
export async function exportContractsCsv(db: PlannerDb, host: Host): Promise<string | null> {
  const [contracts, settings] = await Promise.all([readAllContracts(db), loadSettings(db)]);
  return host.saveFile('contracts-csv', exportFileName(settings.organisation.trustName, 'contracts', 'csv'), contractsToCsv(contracts));
}
