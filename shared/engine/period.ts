import type { Appraisal } from '../domain';
import { financialYearOfDay, fyStartDay, isoToDayNumber } from '../dates';
import { deflatorModel } from './deflator';
import { discountFactors, HEALTH_DISCOUNT } from './discount';
import type { PeriodContext } from './flows';

/** What the engine needs of an appraisal to set up its period (docs/domain.md §4). */
export type AppraisalPeriod = Pick<Appraisal, 'baseDate' | 'periodYears' | 'discount' | 'deflator'> &
  Partial<Pick<Appraisal, 'priceBaseYear'>>;

export function firstFinancialYear(baseDate: string): number {
  return financialYearOfDay(isoToDayNumber(baseDate));
}

export interface PeriodOverrides {
  /** Percentage points added to every recurring line's indexation. */
  indexationDeltaPct?: number;
  discount?: Appraisal['discount'];
}

/** Year 0, discount factors and the deflator, worked out once per recalculation. */
export function periodContext(appraisal: AppraisalPeriod, overrides: PeriodOverrides = {}): PeriodContext {
  const fy0 = firstFinancialYear(appraisal.baseDate);
  const n = appraisal.periodYears;
  const deflator = deflatorModel(appraisal.deflator, appraisal.priceBaseYear ?? fy0);
  return {
    n,
    fy0,
    baseDay: isoToDayNumber(appraisal.baseDate),
    endDay: fyStartDay(fy0 + n) - 1,
    df: discountFactors(n, overrides.discount ?? appraisal.discount),
    dfHealth: discountFactors(n, HEALTH_DISCOUNT),
    deflator,
    toReal: Float64Array.from({ length: n }, (_, t) => deflator.cashToReal(fy0 + t)),
    indexationDeltaPct: overrides.indexationDeltaPct ?? 0,
  };
}
