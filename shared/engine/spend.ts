import type { CostCategory, CostLine, HostingModel, Option, SpendType } from '../domain';
import { assertNever } from '../result';

/**
 * Capital or revenue per line (docs/domain.md §4, affordability): the user's split where entered,
 * else the default by category and the option's target hosting, marked "assumed" until finance
 * confirms it. [IFRIC agenda decisions 2019 and 2021 on cloud computing arrangements; DHSC Group
 * Accounting Manual, IFRS 16 from 1 April 2022: leases score against capital (CDEL).]
 */

export interface SpendSplit {
  type: SpendType;
  /** True until finance confirms the split. */
  assumed: boolean;
  /** Why this split, in words. */
  basis: string;
}

/** Software as a service: hosted by the vendor or in a public cloud. */
export function isSaas(hosting: HostingModel | undefined): boolean {
  return hosting === 'vendor-hosted' || hosting === 'public-cloud';
}

export function defaultSpend(category: CostCategory, targetHosting: HostingModel | undefined): SpendSplit {
  const saas = isSaas(targetHosting);
  const where = saas ? 'vendor-hosted or cloud (SaaS)' : 'trust-hosted';
  switch (category) {
    case 'licence':
      return saas
        ? { type: 'revenue', assumed: true, basis: `licence for a ${where} system: a subscription (IFRIC 2019)` }
        : { type: 'capital', assumed: true, basis: `licence for a ${where} system: an intangible the trust controls` };
    case 'implementation':
      return saas
        ? {
            type: 'revenue',
            assumed: true,
            basis: `implementation of a ${where} system: revenue unless finance confirms a separable intangible (IFRIC 2021)`,
          }
        : { type: 'capital', assumed: true, basis: `implementation of a ${where} system` };
    case 'hosting':
      return {
        type: 'revenue',
        assumed: true,
        basis: saas
          ? 'hosting as part of a service'
          : 'hosting: revenue, unless identified hardware is leased (IFRS 16 right-of-use, capital) — for finance to confirm',
      };
    case 'support':
    case 'migration':
    case 'dual-running':
    case 'procurement-legal':
    case 'staff':
    case 'exit':
    case 'hosting-transfer':
    case 'contingency':
    case 'residual-value':
    case 'other':
      return { type: 'revenue', assumed: true, basis: `${category.replace('-', ' ')}: revenue` };
    default:
      return assertNever(category, 'cost category');
  }
}

/** The split a line takes: its own (assumed until confirmed) or the default. */
export function spendOf(line: CostLine, option: Pick<Option, 'hosting'>): SpendSplit {
  if (line.spend) {
    return {
      type: line.spend.type,
      assumed: !line.spend.confirmed,
      basis: line.spend.note || (line.spend.confirmed ? 'confirmed by finance' : 'entered, not yet confirmed by finance'),
    };
  }
  return defaultSpend(line.category, option.hosting.targetModel ?? option.hosting.currentModel);
}

/** Lines that are cash to the trust: existing staff time and a residual value are economic only. */
export function isCashLine(line: CostLine): boolean {
  if (line.category === 'residual-value') return false;
  if (line.category === 'staff' && !line.staffCash) return false;
  return true;
}
