import { financialYearLabel } from '../dates';
import type { FundingRow, FundingSource, Option, Settings } from '../domain';
import type { OptionEconomics } from './economics';
import type { PeriodContext } from './flows';
import { isCashLine, spendOf } from './spend';

/**
 * The financial case (docs/domain.md §4, affordability), per financial year in cash: capital and
 * revenue by the line's split (assumed until finance confirms it), irrecoverable VAT (lines are not
 * recoverable unless a contracted-out services heading is recorded), contingency on its own row,
 * realised cash-releasing benefits reducing the revenue requirement, the income and expenditure
 * effect (straight-line depreciation from the year of spend and the PDC dividend on average net book
 * value), funding by source and the gap; and the reconciliation from NPC_adj to the cash total.
 * Existing staff time and a residual value are economic costs only; NCRB and SB never enter here.
 * Figures are the base layer (no optimism bias or risk allowance: those are economic adjustments).
 */

export interface AffordabilityYear {
  fy: number;
  label: string;
  capital: number;
  revenue: number;
  /** Irrecoverable VAT on this year's capital and revenue. */
  vat: number;
  contingency: number;
  /** Realised CRBs after shortfall (a reduction: shown positive, subtracted in `net`). */
  cashReleasingBenefits: number;
  /** capital + revenue + VAT + contingency. */
  total: number;
  /** total − cash-releasing benefits. */
  net: number;
  funding: number;
  /** net − funding: a positive gap is money not yet found. */
  gap: number;
  depreciation: number;
  pdcDividend: number;
  /** Some of this year's split is assumed (not confirmed by finance). */
  assumed: boolean;
}

export interface ReconciliationStep {
  label: string;
  amount: number;
  /** A running subtotal after this step, where the step closes a stage. */
  subtotal?: number;
}

export interface Affordability {
  years: AffordabilityYear[];
  /** Cash committed before the base date ("committed before the appraisal"). */
  committedBefore: number;
  totals: Omit<AffordabilityYear, 'fy' | 'label' | 'assumed'>;
  fundingBySource: Partial<Record<FundingSource, number>>;
  anyAssumed: boolean;
  reconciliation: ReconciliationStep[];
}

type FinanceSettings = Pick<Settings, 'vatRate' | 'depreciationYears' | 'pdcDividendRate'>;

const ZERO = () => ({
  capital: 0,
  revenue: 0,
  vat: 0,
  contingency: 0,
  cashReleasingBenefits: 0,
  total: 0,
  net: 0,
  funding: 0,
  gap: 0,
  depreciation: 0,
  pdcDividend: 0,
});

export function affordability(
  option: Option,
  costs: OptionEconomics,
  ctx: PeriodContext,
  settings: FinanceSettings,
  funding: readonly FundingRow[],
): Affordability {
  const { n, fy0 } = ctx;
  const years: AffordabilityYear[] = Array.from({ length: n }, (_, t) => ({
    fy: fy0 + t,
    label: financialYearLabel(fy0 + t),
    ...ZERO(),
    assumed: false,
  }));
  let committedBefore = 0;
  let nonCash = 0;
  costs.contributions.lines.forEach((c, i) => {
    const figures = costs.lineFigures[i];
    if (!isCashLine(c.line)) {
      for (let t = 0; t < n; t++) nonCash += figures.cash[t];
      return;
    }
    committedBefore += figures.sunkCash;
    const spend = spendOf(c.line, c.source === option ? option : c.source);
    const vatRate = c.line.vat.recoverable ? 0 : settings.vatRate;
    for (let t = 0; t < n; t++) {
      const cash = figures.cash[t];
      if (cash === 0) continue;
      const y = years[t];
      y.vat += cash * vatRate;
      if (c.line.category === 'contingency') y.contingency += cash;
      else if (spend.type === 'capital') y.capital += cash;
      else y.revenue += cash;
      y.assumed ||= spend.assumed;
    }
  });

  const fundingBySource: Partial<Record<FundingSource, number>> = {};
  for (const row of funding) {
    const t = row.fy - fy0;
    if (t < 0 || t >= n) continue;
    years[t].funding += row.amount;
    fundingBySource[row.source] = (fundingBySource[row.source] ?? 0) + row.amount;
  }

  // Capital (with its irrecoverable VAT) depreciates straight-line from the year of spend.
  const life = settings.depreciationYears;
  let book = 0;
  for (let t = 0; t < n; t++) {
    const y = years[t];
    y.cashReleasingBenefits = costs.benefits.realisedCrbCash[t];
    y.total = y.capital + y.revenue + y.vat + y.contingency;
    y.net = y.total - y.cashReleasingBenefits;
    y.gap = y.net - y.funding;
    for (let s = Math.max(0, t - life + 1); s <= t; s++) {
      y.depreciation += (years[s].capital + capitalVatShare(years[s])) / life;
    }
    const opening = book;
    book += y.capital + capitalVatShare(y) - y.depreciation;
    y.pdcDividend = settings.pdcDividendRate * ((opening + book) / 2);
  }

  const totals = ZERO();
  for (const y of years) for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += y[key];
  const anyAssumed = years.some((y) => y.assumed);
  return {
    years,
    committedBefore,
    totals,
    fundingBySource,
    anyAssumed,
    reconciliation: reconcile(costs, nonCash, totals, committedBefore),
  };
}

/** The VAT that belongs to a year's capital spend (VAT is charged pro rata on capital and revenue). */
function capitalVatShare(y: Pick<AffordabilityYear, 'capital' | 'revenue' | 'vat' | 'contingency'>): number {
  const base = y.capital + y.revenue + y.contingency;
  return base === 0 ? 0 : (y.vat * y.capital) / base;
}

/**
 * From the economic case's NPC_adj (real, discounted, ex VAT, no sunk costs) to the financial case's
 * cash total, step by step; the last subtotal equals Σ total + committed before the appraisal.
 */
function reconcile(
  costs: OptionEconomics,
  nonCash: number,
  totals: Affordability['totals'],
  committedBefore: number,
): ReconciliationStep[] {
  const { base, optimismBias } = costs;
  const excludedContingency = costs.contingency.includedInEconomicCase ? 0 : costs.contingency.cash;
  const steps: ReconciliationStep[] = [
    { label: 'Net present cost, risk-adjusted (NPC_adj; real, discounted, ex VAT)', amount: costs.npc, subtotal: costs.npc },
  ];
  steps.push({ label: 'Less the risk allowance (expected values, discounted)', amount: -costs.riskAllowance.npc });
  steps.push({ label: 'Less optimism bias (discounted)', amount: -(optimismBias.npc - base.npc), subtotal: base.npc });
  steps.push({ label: 'Add back discounting (real, undiscounted)', amount: base.wholeLifeReal - base.npc, subtotal: base.wholeLifeReal });
  steps.push({
    label: 'Add inflation: real to cash (GDP deflator)',
    amount: base.wholeLifeCash - base.wholeLifeReal,
    subtotal: base.wholeLifeCash,
  });
  steps.push({ label: 'Less non-cash costs (existing staff time, residual value)', amount: -nonCash });
  steps.push({ label: 'Add contingency (financial case only)', amount: excludedContingency });
  const beforeVat = base.wholeLifeCash - nonCash + excludedContingency;
  steps.push({ label: 'Add irrecoverable VAT', amount: totals.vat, subtotal: beforeVat + totals.vat });
  steps.push({
    label: 'Add costs committed before the appraisal (sunk)',
    amount: committedBefore,
    subtotal: beforeVat + totals.vat + committedBefore,
  });
  return steps;
}
