import { z } from 'zod';
import { isIsoDate } from '../dates';
import { CATEGORIES, CONTRACTING_MODELS, CONTRACT_STATUSES, HOSTING_MODELS, PROCUREMENT_ROUTES, REGIMES } from './enums';

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'must be a real calendar date written yyyy-mm-dd' });

/** Pounds sterling excluding VAT, held to the penny. */
export const moneySchema = z.number().finite();

const optionalText = z.string().trim().max(10_000).optional();

export const extensionOptionSchema = z.object({
  months: z.number().int().min(1).max(600),
  exerciseBy: isoDateSchema.optional(),
  exercised: z.boolean().default(false),
});
export type ExtensionOption = z.infer<typeof extensionOptionSchema>;

/**
 * One row of the trust's contract register (DOMAIN.md section 2). `reference` is unique within a
 * portfolio and is the key imports merge on.
 */
export const contractSchema = z
  .object({
    reference: z.string().trim().min(1, 'is required').max(200),
    title: z.string().trim().min(1, 'is required').max(500),
    description: optionalText,
    system: optionalText,
    category: z.enum(CATEGORIES),
    supplier: z.string().trim().min(1, 'is required').max(500),
    supplierCompanyNo: optionalText,
    vendor: optionalText,
    contractingModel: z.enum(CONTRACTING_MODELS),
    primeContractor: optionalText,
    procurementRoute: z.enum(PROCUREMENT_ROUTES).optional(),
    regime: z.enum(REGIMES).optional(),
    startDate: isoDateSchema.optional(),
    currentEndDate: isoDateSchema,
    maximumEndDate: isoDateSchema.optional(),
    extensionOptions: z.array(extensionOptionSchema).default([]),
    noticePeriodDays: z.number().int().min(0).max(3650).default(0),
    internalLeadTimeDays: z.number().int().min(0).max(3650).default(0),
    autoRenew: z.boolean().default(false),
    annualValue: moneySchema.optional(),
    totalValue: moneySchema.optional(),
    hostingModel: z.enum(HOSTING_MODELS).optional(),
    hostingProvider: optionalText,
    hostingEndDate: isoDateSchema.optional(),
    modules: z.array(z.string().trim().min(1).max(200)).default([]),
    linkedContracts: z.array(z.string().trim().min(1).max(200)).default([]),
    owner: optionalText,
    department: optionalText,
    status: z.enum(CONTRACT_STATUSES).default('active'),
    /** Set when the trust has decided what happens at expiry; clears the "decision overdue" flag. */
    decidedOn: isoDateSchema.optional(),
    notes: optionalText,
    /** True for the illustrative sample portfolio, so it is always labelled as such. */
    sample: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.startDate && c.startDate > c.currentEndDate) {
      ctx.addIssue({ code: 'custom', path: ['currentEndDate'], message: 'is before the start date' });
    }
    if (c.maximumEndDate && c.maximumEndDate < c.currentEndDate) {
      ctx.addIssue({ code: 'custom', path: ['maximumEndDate'], message: 'is before the current end date' });
    }
  });

export type Contract = z.infer<typeof contractSchema>;
export type ContractInput = z.input<typeof contractSchema>;
