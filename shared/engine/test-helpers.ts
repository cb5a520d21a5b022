/**
 * Record builders for the engine's unit tests: each fills every default through the zod schema, so a
 * test states only what it is about. Not exported from the engine index.
 */
import type { z } from 'zod';
import {
  benefitSchema,
  costLineSchema,
  optionSchema,
  riskSchema,
  type Benefit,
  type BenefitInput,
  type CostLine,
  type Option,
  type Risk,
} from '../domain';
import type { AppraisalPeriod } from './period';

let next = 0;
const nextId = (prefix: string) => `${prefix}${next++}`;

export const PERIOD: AppraisalPeriod = {
  baseDate: '2025-04-01',
  periodYears: 10,
  discount: { rate: 0.035, longRate: 0.03, switchYear: 30 },
  deflator: { assumedGrowthPct: 0, index: [], source: '', vintage: '' },
};

/** A period with a flat deflator of g % a year. */
export function periodWith(over: Partial<AppraisalPeriod> & { g?: number } = {}): AppraisalPeriod {
  const { g, ...rest } = over;
  return { ...PERIOD, ...rest, deflator: { ...PERIOD.deflator, ...(g !== undefined ? { assumedGrowthPct: g } : {}), ...rest.deflator } };
}

const NO_OB = {
  development: { pct: 0, mitigation: 'test' },
  serviceCharge: { pct: 0, mitigation: 'test' },
  duration: { pct: 0, mitigation: 'test' },
};

/** An option with no optimism bias unless the test gives one. */
export function makeOption(over: Partial<z.input<typeof optionSchema>> = {}): Option {
  return optionSchema.parse({
    id: nextId('o'),
    appraisalId: 'a',
    kind: 'direct-with-vendor',
    name: 'Option',
    route: 'direct-award',
    terms: { startDate: '2025-04-01', durationMonths: 120 },
    optimismBias: NO_OB,
    ...over,
  });
}

export function recurringLine(
  optionId: string,
  amount: number,
  startDate: string,
  endDate: string,
  over: Partial<z.input<typeof costLineSchema>> = {},
): CostLine {
  return costLineSchema.parse({
    id: nextId('l'),
    optionId,
    appraisalId: 'a',
    label: 'Recurring',
    category: 'support',
    kind: 'recurring',
    amount,
    startDate,
    endDate,
    ...over,
  });
}

export function oneOffLine(optionId: string, amount: number, date: string, over: Partial<z.input<typeof costLineSchema>> = {}): CostLine {
  return costLineSchema.parse({
    id: nextId('l'),
    optionId,
    appraisalId: 'a',
    label: 'One-off',
    category: 'implementation',
    kind: 'one-off',
    amount,
    date,
    ...over,
  });
}

export function makeRisk(optionId: string, over: Partial<z.input<typeof riskSchema>> = {}): Risk {
  return riskSchema.parse({
    id: nextId('r'),
    optionId,
    appraisalId: 'a',
    title: 'Risk',
    category: 'financial',
    inherent: { likelihood: 3, consequence: 3 },
    residual: { likelihood: 2, consequence: 3 },
    ...over,
  });
}

export function makeBenefit(optionId: string, over: Partial<BenefitInput> = {}): Benefit {
  return benefitSchema.parse({ id: nextId('b'), optionId, appraisalId: 'a', type: 'NCRB', label: 'Benefit', ...over });
}
