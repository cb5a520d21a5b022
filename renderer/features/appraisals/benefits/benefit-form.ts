import { benefitSchema, type Benefit, type BenefitType, type Option } from '@shared/domain';
import type { OptionResult } from '@shared/engine/appraise';
import { BENEFIT_LIBRARY, benefitFromTemplate } from '@shared/engine/benefit-library';

/**
 * The edits the Benefits tab makes to a benefit line, as pure functions so each keeps the record
 * valid against its schema (a monetised benefit always has an amount and dates, an unmonetisable
 * one never does).
 */

export interface BenefitDates {
  start: string;
  end: string;
}

/**
 * Where a new benefit's £ profile starts and ends: from the option's planned go-live (or its start,
 * for an option with no implementation), never before the base date, to the end of the period. A
 * new system's benefit then moves with go-live, duration optimism bias included.
 */
export function defaultBenefitDates(option: Option, result: OptionResult | undefined, baseDate: string, periodEnd: string): BenefitDates {
  const from = result?.costs.goLive.planned ?? option.terms.startDate;
  const start = from < baseDate ? baseDate : from;
  return { start, end: periodEnd < start ? start : periodEnd };
}

const BLANK_LABELS: Record<BenefitType, string> = {
  CRB: 'New cash-releasing benefit',
  NCRB: 'New non-cash-releasing benefit',
  SB: 'New societal benefit',
  UB: 'New unmonetisable benefit',
};

export function blankBenefit(
  type: BenefitType,
  ids: { id: string; optionId: string; appraisalId: string; order: number },
  dates: BenefitDates,
): Benefit {
  return benefitSchema.parse({
    ...ids,
    type,
    label: BLANK_LABELS[type],
    realisationStart: dates.start,
    cashflow: type === 'UB' ? undefined : { kind: 'recurring', amount: 0, startDate: dates.start, endDate: dates.end },
  });
}

export function benefitFromLibrary(
  key: string,
  ids: { id: string; optionId: string; appraisalId: string; order: number },
  dates: BenefitDates,
): Benefit | undefined {
  const template = BENEFIT_LIBRARY.find((t) => t.key === key);
  return template && benefitFromTemplate(template, ids, dates.start, dates.end);
}

/** Changing the type: an unmonetisable benefit loses its £ profile and range; a monetised one gains a £0 profile. */
export function withType(b: Benefit, type: BenefitType, dates: BenefitDates): Benefit {
  if (type === 'UB') {
    return { ...b, type, cashflow: undefined, range: undefined, goLiveLink: undefined, valuedFromQalys: false };
  }
  return {
    ...b,
    type,
    cashflow: b.cashflow ?? {
      kind: 'recurring',
      amount: 0,
      startDate: b.realisationStart ?? dates.start,
      endDate: dates.end,
      indexationPct: 0,
    },
  };
}

/** One-off ↔ recurring, keeping the amount and the start date. */
export function withProfile(b: Benefit, kind: 'one-off' | 'recurring', dates: BenefitDates): Benefit {
  const c = b.cashflow;
  if (!c || c.kind === kind) return b;
  if (kind === 'one-off') return { ...b, cashflow: { kind, amount: c.amount, date: c.kind === 'recurring' ? c.startDate : dates.start } };
  const start = c.kind === 'one-off' ? c.date : dates.start;
  return { ...b, cashflow: { kind, amount: c.amount, startDate: start, endDate: dates.end < start ? start : dates.end, indexationPct: 0 } };
}

/** Changes to the £ profile, keeping its kind. */
export function withCashflow(
  b: Benefit,
  patch: { amount?: number; date?: string; startDate?: string; endDate?: string; indexationPct?: number },
): Benefit {
  const c = b.cashflow;
  if (!c) return b;
  if (c.kind === 'one-off') return { ...b, cashflow: { ...c, amount: patch.amount ?? c.amount, date: patch.date ?? c.date } };
  return {
    ...b,
    cashflow: {
      ...c,
      amount: patch.amount ?? c.amount,
      startDate: patch.startDate ?? c.startDate,
      endDate: patch.endDate ?? c.endDate,
      indexationPct: patch.indexationPct ?? c.indexationPct,
    },
  };
}
