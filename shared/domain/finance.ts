import { z } from 'zod';
import { isoDateSchema, moneySchema } from './contract';
import { APPROVAL_BASES, APPROVAL_TIERS, FUNDING_SOURCES, SPEND_TYPES } from './enums';

/**
 * Financial-case fields (docs/domain.md §4, affordability and approval route): what a cost line
 * says about capital/revenue, VAT and funding, the funding a trust says it has, and the approval
 * limits it works under.
 */

/**
 * Capital or revenue for one line. Left out, the engine uses the default for the line's category
 * and the option's target hosting, marked "assumed" until finance confirms it.
 */
export const spendSchema = z.object({
  type: z.enum(SPEND_TYPES),
  /** True once finance has confirmed the split; until then every figure from it is "assumed". */
  confirmed: z.boolean().default(false),
  note: z.string().max(2000).default(''),
});
export type Spend = z.infer<typeof spendSchema>;

/**
 * VAT on a line. Not recoverable by default: HMRC VAT Government and Public Bodies manual, heading 14
 * (computer services to the recipient's specification) excludes the supply and support of
 * off-the-shelf software, so a commercial EPR's licence and support are normally not recoverable.
 */
export const vatSchema = z
  .object({
    recoverable: z.boolean().default(false),
    /** The contracted-out services heading relied on (required when recoverable). */
    heading: z.string().max(200).default(''),
    reason: z.string().max(2000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.recoverable && (!v.heading.trim() || !v.reason.trim())) {
      ctx.addIssue({
        code: 'custom',
        path: ['heading'],
        message: 'needs the contracted-out services heading and a reason when VAT is recoverable',
      });
    }
  });
export type Vat = z.infer<typeof vatSchema>;

/** Funding the trust says is available in one financial year from one source. */
export const fundingRowSchema = z.object({
  /** Financial year by its starting calendar year: 2027 is 2027/28. */
  fy: z.number().int().min(1900).max(2300),
  source: z.enum(FUNDING_SOURCES),
  amount: moneySchema,
});
export type FundingRow = z.infer<typeof fundingRowSchema>;

/**
 * One row of the approval limits table: exceeding `limit` on `basis` needs approval at `tier`.
 * "Above" is strict: a figure equal to the limit stays within it.
 */
export const approvalLimitSchema = z.object({
  tier: z.enum(APPROVAL_TIERS),
  basis: z.enum(APPROVAL_BASES),
  limit: moneySchema,
  source: z.string().max(500).default(''),
  effectiveDate: isoDateSchema.optional(),
  /** Marked "assumed" wherever shown until the trust enters its own figure. */
  assumed: z.boolean().default(false),
});
export type ApprovalLimit = z.infer<typeof approvalLimitSchema>;

/** Three-point estimate of an amount: the line's own amount is the most likely value. */
export const amountRangeSchema = z
  .object({ low: moneySchema, high: moneySchema })
  .refine((r) => r.low <= r.high, { message: 'the low value must not exceed the high value', path: ['low'] });
export type AmountRange = z.infer<typeof amountRangeSchema>;

/** Three-point estimate of a delay in months (low, most likely, high). */
export const monthsRangeSchema = z
  .object({ low: z.number().min(0).max(120), mostLikely: z.number().min(0).max(120), high: z.number().min(0).max(120) })
  .refine((r) => r.low <= r.mostLikely && r.mostLikely <= r.high, { message: 'must run low ≤ most likely ≤ high', path: ['mostLikely'] });
export type MonthsRange = z.infer<typeof monthsRangeSchema>;

/**
 * The £ profile a cost line and a monetised benefit share (docs/domain.md §4): one amount on a date,
 * or an annual amount (its first year's) from a start to an end date, indexed each year.
 */
export const oneOffAmountShape = { kind: z.literal('one-off'), amount: moneySchema, date: isoDateSchema };
export const recurringAmountShape = {
  kind: z.literal('recurring'),
  /** Annual amount in the first year. */
  amount: moneySchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  indexationPct: z.number().min(-100).max(100).default(0),
};
