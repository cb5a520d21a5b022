import type { IsoDate } from '../dates';
import { APPROVAL_BASIS_LABELS, APPROVAL_TIER_LABELS, type ApprovalLimit, type ApprovalTier, type Option, type Settings } from '../domain';
import type { LineContribution } from './contributions';
import { addMonthsToDay, dayNumberToIso, isoToDayNumber } from '../dates';
import { cashBetween, type PeriodContext } from './flows';
import { formatMoney, formatMonths } from '../format';
import { isCashLine, spendOf } from './spend';

/**
 * The approval route (docs/domain.md §4): for each option, over its own contract term including
 * extension options (not the appraisal period), in cash including irrecoverable VAT — capital,
 * revenue and whole-life (capital + revenue) — tested against the editable limits table. The tier is
 * the highest any test triggers ("above" a limit is strictly greater); each tier's extra lead time
 * feeds the "too late" check.
 */

export interface ApprovalTest {
  limit: ApprovalLimit;
  value: number;
  exceeds: boolean;
  /** "Capital £31,200,000 is above the £25,000,000 limit (assumed) → NHS England / DHSC (Joint Investment Committee)" */
  text: string;
}

export interface ApprovalResult {
  tier: ApprovalTier;
  tierLabel: string;
  /** Over the option's own term, cash, including irrecoverable VAT. */
  capital: number;
  revenue: number;
  wholeLife: number;
  /** The irrecoverable VAT included above. */
  vat: number;
  /** Cash excluding VAT over the same term (for the procurement threshold). */
  contractValueExVat: number;
  term: { from: IsoDate; to: IsoDate; months: number };
  tests: ApprovalTest[];
  /** Months of approval before the procurement can start. */
  leadMonths: number;
  /** Lead times have no published source; limits or splits may be assumed too. */
  assumed: { leadTime: true; limits: boolean; split: boolean };
}

type ApprovalSettings = Pick<Settings, 'approvalLimits' | 'approvalLeadMonths' | 'vatRate'>;

const RANK: Record<ApprovalTier, number> = { 'trust-board': 0, 'nhs-england': 1, 'hm-treasury': 2 };

/** Approval months for a tier: the board; then NHS England per business case stage; then HM Treasury. */
export function approvalLeadMonths(tier: ApprovalTier, lead: Settings['approvalLeadMonths']): number {
  let months = lead.trustBoard;
  if (RANK[tier] >= RANK['nhs-england']) months += lead.nhsEnglandPerStage * lead.nhsEnglandStages;
  if (RANK[tier] >= RANK['hm-treasury']) months += lead.hmTreasury;
  return months;
}

export function approvalTerm(option: Option): { from: number; to: number; months: number } {
  const months = option.terms.durationMonths + option.terms.extensionOptions.reduce((s, e) => s + e.months, 0);
  const from = isoToDayNumber(option.terms.startDate);
  return { from, to: addMonthsToDay(from, months) - 1, months };
}

/** Only the option's own lines count: a follow-on is a separate decision with its own approval. */
export function approvalRoute(
  option: Option,
  lines: readonly LineContribution[],
  ctx: PeriodContext,
  settings: ApprovalSettings,
): ApprovalResult {
  const term = approvalTerm(option);
  let capital = 0;
  let revenue = 0;
  let vat = 0;
  let exVat = 0;
  let splitAssumed = false;
  for (const c of lines) {
    if (c.followOn || !isCashLine(c.line)) continue;
    const cash = cashBetween(c.flow, term.from, term.to, ctx.deflator, c.scale);
    if (cash === 0) continue;
    const spend = spendOf(c.line, option);
    splitAssumed ||= spend.assumed;
    const lineVat = c.line.vat.recoverable ? 0 : cash * settings.vatRate;
    exVat += cash;
    vat += lineVat;
    if (spend.type === 'capital') capital += cash + lineVat;
    else revenue += cash + lineVat;
  }
  const wholeLife = capital + revenue;
  const valueOf = (basis: ApprovalLimit['basis']): number => (basis === 'capital' ? capital : basis === 'revenue' ? revenue : wholeLife);
  let tier: ApprovalTier = 'trust-board';
  const tests = settings.approvalLimits.map((limit): ApprovalTest => {
    const value = valueOf(limit.basis);
    // Compared to the penny, so a float residue never tips a figure equal to the limit over it.
    const exceeds = Math.round(value * 100) > Math.round(limit.limit * 100);
    if (exceeds && RANK[limit.tier] > RANK[tier]) tier = limit.tier;
    const assumed = limit.assumed ? ' (assumed)' : '';
    return {
      limit,
      value,
      exceeds,
      text: `${APPROVAL_BASIS_LABELS[limit.basis]} ${formatMoney(value)} is ${exceeds ? 'above' : 'within'} the ${formatMoney(limit.limit)} limit${assumed}${exceeds ? ` → ${APPROVAL_TIER_LABELS[limit.tier]}` : ''}.`,
    };
  });
  return {
    tier,
    tierLabel: APPROVAL_TIER_LABELS[tier],
    capital,
    revenue,
    wholeLife,
    vat,
    contractValueExVat: exVat,
    term: { from: dayNumberToIso(term.from), to: dayNumberToIso(term.to), months: term.months },
    tests,
    leadMonths: approvalLeadMonths(tier, settings.approvalLeadMonths),
    assumed: { leadTime: true, limits: tests.some((t) => t.limit.assumed), split: splitAssumed },
  };
}

/** "Approval by NHS England / DHSC (Joint Investment Committee): about 9 months (assumed)." */
export function describeApproval(result: ApprovalResult): string {
  return `Approval by ${result.tierLabel}: about ${formatMonths(result.leadMonths)} (assumed; no published source).`;
}
