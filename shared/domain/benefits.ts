import { z } from 'zod';
import { isoDateSchema } from './contract';
import { BENEFIT_TYPES, ENTRY_BASES, GO_LIVE_LINKS } from './enums';
import { amountRangeSchema, oneOffAmountShape, recurringAmountShape } from './finance';

/**
 * Benefit lines (docs/domain.md §4, benefits; DHSC Comprehensive Investment Appraisal model):
 * cash-releasing (CRB), non-cash-releasing (NCRB) and societal (SB) benefits are lines like cost
 * lines; unmonetisable benefits (UB) have a description, owner and measure but no £. Every benefit is
 * entered as a change against the counterfactual.
 */

const id = z.string().min(1).max(100);

/** The £ profile of a monetised benefit: one-off or recurring, as a cost line's. */
export const benefitCashflowSchema = z.discriminatedUnion('kind', [z.object(oneOffAmountShape), z.object(recurringAmountShape)]);
export type BenefitCashflow = z.infer<typeof benefitCashflowSchema>;

export const benefitSchema = z
  .object({
    id,
    optionId: id,
    appraisalId: id,
    order: z.number().int().min(0).default(0),
    type: z.enum(BENEFIT_TYPES),
    label: z.string().trim().min(1).max(300),
    description: z.string().max(20_000).default(''),
    owner: z.string().max(200).default(''),
    /** How the benefit is measured (baseline and indicator). */
    measure: z.string().max(2000).default(''),
    realisationStart: isoDateSchema.optional(),
    /** Optimism bias on benefits: the share expected not to materialise, with its rationale. */
    shortfallPct: z.number().min(0).max(100).default(0),
    shortfallRationale: z.string().max(5000).default(''),
    /** Monetised benefits only. */
    cashflow: benefitCashflowSchema.optional(),
    basis: z.enum(ENTRY_BASES).default('cash'),
    /** Valued from QALYs: discounted at the Green Book health rate (1.5%) rather than 3.5%. */
    valuedFromQalys: z.boolean().default(false),
    /** Left out: a monetised benefit of a new system starts at go-live and moves with it. */
    goLiveLink: z.enum(GO_LIVE_LINKS).optional(),
    range: amountRangeSchema.optional(),
    /** From the seeded library: typical figures, to be replaced with the trust's own. */
    illustrative: z.boolean().default(false),
  })
  .superRefine((b, ctx) => {
    if (b.type === 'UB' && b.cashflow) {
      ctx.addIssue({ code: 'custom', path: ['cashflow'], message: 'an unmonetisable benefit has no £ value' });
    }
    if (b.type !== 'UB' && !b.cashflow) {
      ctx.addIssue({ code: 'custom', path: ['cashflow'], message: 'a monetised benefit needs an amount and dates' });
    }
  });
export type Benefit = z.infer<typeof benefitSchema>;
export type BenefitInput = z.input<typeof benefitSchema>;
