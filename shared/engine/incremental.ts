/**
 * Measured against the counterfactual (docs/domain.md §4; HM Treasury Green Book and the DHSC CIA
 * model): ΔPVC = NPC_adj,i − NPC_adj,cf, ΔPVB = PVB_i − PVB_cf, NPSV = ΔPVB − ΔPVC, and a BCR only
 * when ΔPVC > 0 — otherwise the outcome in words. Never a BCR from absolute costs.
 */

import { formatDecimal, formatPence } from '../format';

export type Outcome = 'bcr' | 'dominates' | 'saves-cost-loses-benefits' | 'dominated';

export interface Incremental {
  deltaPvc: number;
  deltaPvb: number;
  npsv: number;
  /** ΔPVB ÷ ΔPVC, only when ΔPVC > 0. */
  bcr: number | null;
  outcome: Outcome;
  /** The outcome as the economic case states it. */
  outcomeText: string;
  /** "Saves cost but loses benefits": £ saved per £ of benefit forgone (ΔPVC ÷ ΔPVB). */
  savedPerBenefitForgone: number | null;
  /** DfT band, only when switched on for the appraisal and a BCR exists. */
  valueForMoney: ValueForMoneyBand | null;
}

/** Differences within half a penny are zero: "no more cost" should not hang on a float residue. */
const PENNY = 0.005;

export function incrementalMeasures(
  option: { npcAdj: number; pvb: number },
  counterfactual: { npcAdj: number; pvb: number },
  valueForMoneyBands = false,
): Incremental {
  const rawC = option.npcAdj - counterfactual.npcAdj;
  const rawB = option.pvb - counterfactual.pvb;
  const dc = Math.abs(rawC) < PENNY ? 0 : rawC;
  const db = Math.abs(rawB) < PENNY ? 0 : rawB;
  const npsv = rawB - rawC;
  const base = { deltaPvc: rawC, deltaPvb: rawB, npsv };
  if (dc > 0) {
    const bcr = rawB / rawC;
    return {
      ...base,
      bcr,
      outcome: 'bcr',
      outcomeText: `benefit–cost ratio ${formatDecimal(bcr)} against the counterfactual`,
      savedPerBenefitForgone: null,
      valueForMoney: valueForMoneyBands ? valueForMoneyBand(bcr) : null,
    };
  }
  if (db >= 0) {
    return {
      ...base,
      bcr: null,
      outcome: 'dominates',
      outcomeText: OUTCOME_TEXT.dominates,
      savedPerBenefitForgone: null,
      valueForMoney: null,
    };
  }
  if (dc < 0) {
    const ratio = rawC / rawB;
    return {
      ...base,
      bcr: null,
      outcome: 'saves-cost-loses-benefits',
      outcomeText: `${OUTCOME_TEXT['saves-cost-loses-benefits']}: ${formatPence(ratio)} saved per £1 of benefit forgone`,
      savedPerBenefitForgone: ratio,
      valueForMoney: null,
    };
  }
  return {
    ...base,
    bcr: null,
    outcome: 'dominated',
    outcomeText: OUTCOME_TEXT.dominated,
    savedPerBenefitForgone: null,
    valueForMoney: null,
  };
}

export const OUTCOME_TEXT: Record<Outcome, string> = {
  bcr: 'benefit–cost ratio against the counterfactual',
  dominates: 'dominates the counterfactual (no more cost, no fewer benefits)',
  'saves-cost-loses-benefits': 'saves cost but loses benefits',
  dominated: 'dominated by the counterfactual',
};

export type ValueForMoneyCategory = 'very-poor' | 'poor' | 'low' | 'medium' | 'high' | 'very-high';

export interface ValueForMoneyBand {
  category: ValueForMoneyCategory;
  label: string;
}

/** The label shown wherever the bands are: they are transport bands, for reference only. */
export const VALUE_FOR_MONEY_LABEL =
  'DfT value for money bands (transport), for reference only: HM Treasury does not endorse BCR thresholds and a BCR below 1 is not automatically poor value';

/** Half-open bands: BCR ≤ 0 very poor, < 1 poor, < 1.5 low, < 2 medium, < 4 high, else very high. */
export function valueForMoneyBand(bcr: number): ValueForMoneyBand {
  const category: ValueForMoneyCategory =
    bcr <= 0 ? 'very-poor' : bcr < 1 ? 'poor' : bcr < 1.5 ? 'low' : bcr < 2 ? 'medium' : bcr < 4 ? 'high' : 'very-high';
  return { category, label: valueForMoneyLabel(category) };
}

const VALUE_FOR_MONEY_LABELS: Record<ValueForMoneyCategory, string> = {
  'very-poor': 'Very poor',
  poor: 'Poor',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
};

export function valueForMoneyLabel(category: ValueForMoneyCategory): string {
  return VALUE_FOR_MONEY_LABELS[category];
}
