import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  CATEGORIES,
  CONTRACTING_MODELS,
  CONTRACT_STATUSES,
  HOSTING_MODELS,
  KPI_RATINGS,
  NOTICE_TYPES,
  PROCUREMENT_ROUTES,
  REGIME_EVENTS,
  REGIMES,
} from './enums';

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'must be a real calendar date written yyyy-mm-dd' });

/** Pounds sterling excluding VAT, held to the penny. */
export const moneySchema = z.number().finite();

/** The longest notice period or lead time a record may hold, in days (ten years). */
export const MAX_PERIOD_DAYS = 3650;
/** A period in whole days, from none to ten years: notice periods and internal lead times. */
export const periodDaysSchema = z.number().int().min(0).max(MAX_PERIOD_DAYS);

const optionalText = z.string().trim().max(10_000).optional();

export const extensionOptionSchema = z.object({
  months: z.number().int().min(1).max(600),
  exerciseBy: isoDateSchema.optional(),
  exercised: z.boolean().default(false),
});
export type ExtensionOption = z.infer<typeof extensionOptionSchema>;

/** The user's answer to a legal question the app cannot settle from figures. */
export const judgementSchema = z.enum(['yes', 'no', 'unknown']);
export type Judgement = z.infer<typeof judgementSchema>;

/**
 * One modification already made to a contract (docs/domain.md §2, "modifications"). Kept so a new
 * change can be aggregated with earlier ones (PA 2023 s.74(7)-(8), s.75(4)-(5); PCR 2015 reg. 72(6)).
 */
export const modificationEntrySchema = z.object({
  /** Stable within the contract, so an option can record why it is not aggregated with this one. */
  id: z.string().trim().min(1).max(100),
  date: isoDateSchema,
  /** £ excluding VAT; negative for a reduction. */
  valueChange: moneySchema.default(0),
  /** Months added (negative: removed) to the term. */
  termChangeMonths: z.number().int().min(-600).max(600).default(0),
  /** Ground code from shared/law (e.g. pa2023-sch8-para4), when known. */
  ground: z.string().trim().max(100).optional(),
  regime: z.enum(REGIMES).optional(),
  /** Made as a below-threshold modification (PA 2023 s.74(4)): counts toward the running total. */
  belowThreshold: z.boolean().default(false),
  noticePublished: z.boolean().default(false),
  noticeIdentifier: z.string().trim().max(200).optional(),
  description: z.string().trim().max(2000).default(''),
});
export type ModificationEntry = z.infer<typeof modificationEntrySchema>;

/** One published notice about the contract (e.g. imported from Find a Tender). */
export const noticeLogEntrySchema = z.object({
  type: z.enum(NOTICE_TYPES),
  date: isoDateSchema,
  identifier: z.string().trim().max(200).default(''),
  url: z.string().trim().max(2000).optional(),
});
export type NoticeLogEntry = z.infer<typeof noticeLogEntrySchema>;

/**
 * One KPI's rating for one assessment period of a live contract (PA 2023 s.71(2); PR 2024 reg.
 * 39(4)(g)-(h): the rating and the time period it applies to; the scale is KPI_RATINGS in ./enums.ts). `kpi`
 * is the KPI's wording as listed in the contract's `kpis`, so reordering the KPIs keeps their ratings;
 * renaming one renames its ratings (renderer/features/portfolio/kpi-edits.ts).
 */
export const kpiRatingSchema = z
  .object({
    kpi: z.string().trim().min(1).max(300),
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    rating: z.enum(KPI_RATINGS),
    note: z.string().trim().max(2000).optional(),
    assessedOn: isoDateSchema,
  })
  .refine((r) => r.periodStart <= r.periodEnd, { path: ['periodEnd'], message: 'is before the start of the period' });
export type KpiRating = z.infer<typeof kpiRatingSchema>;

/**
 * A mixed contract can come under the Provider Selection Regime only when health care services are its
 * main subject by lifetime value and the other parts could not reasonably be bought separately (PSR
 * reg. 3(2)-(3)); both are the user's recorded judgements, never inferred from a category.
 */
export const psrMixedContractSchema = z.object({
  healthCareMainSubject: judgementSchema.default('unknown'),
  otherPartsCouldNotBeSeparated: judgementSchema.default('unknown'),
  note: z.string().trim().max(2000).default(''),
});

/**
 * One row of the trust's contract register (docs/domain.md §2). The legal register fields added for
 * the Procurement Act duties (regime event, maximum end date on award, modification history, notice
 * log, CPV codes, light-touch, PSR mixed-contract facts…) are optional with no default, so records
 * stored before them load unchanged and absent means "not recorded" (empty list, false). `reference` is unique within a
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
    /** The transitional event that decides the regime (SI 2024/716 reg. 5(3)) and its date. */
    regimeEvent: z.enum(REGIME_EVENTS).optional(),
    regimeEventDate: isoDateSchema.optional(),
    /** When the procurement that led to this contract began; the regime is assumed from it when no event is recorded. */
    procurementStartDate: isoDateSchema.optional(),
    /** Date the contract was entered into (contract details notice clock, PA 2023 s.53); else the start date. */
    signedOn: isoDateSchema.optional(),
    startDate: isoDateSchema.optional(),
    currentEndDate: isoDateSchema,
    maximumEndDate: isoDateSchema.optional(),
    /** The maximum end date provided for on award, frozen: PA 2023 percentages of term use it (s.74(3)(a), s.75(2)(b)). */
    maximumEndDateOnAward: isoDateSchema.optional(),
    /** Set when the contract ended early (terminated); its contract termination notice runs from this day (s.80). */
    terminatedOn: isoDateSchema.optional(),
    extensionOptions: z.array(extensionOptionSchema).default([]),
    /** Left out when the register does not say: the trust's default is then used and marked assumed (docs/domain.md, key dates). */
    noticePeriodDays: periodDaysSchema.optional(),
    internalLeadTimeDays: periodDaysSchema.optional(),
    autoRenew: z.boolean().default(false),
    annualValue: moneySchema.optional(),
    totalValue: moneySchema.optional(),
    /** Value on award, £ ex VAT: PCR 2015 reg. 72 percentages are of the initial value (else totalValue). */
    initialValue: moneySchema.optional(),
    /** Works contracts have 15% limits where goods and services have 10% (PA 2023 s.74(5), s.75(2)). */
    works: z.boolean().optional(),
    /** Light-touch contract (PA 2023 s.9): modified freely, no change notice, 120/180-day publication. */
    lightTouch: z.boolean().optional(),
    cpvCodes: z.array(z.string().trim().min(1).max(20)).optional(),
    /** Supplier identifiers as published (e.g. GB-COH-01234567, GB-PPON-ABCD-1234-EFGH). */
    supplierIdentifiers: z.array(z.string().trim().min(1).max(200)).optional(),
    /** Key performance indicators set under PA 2023 s.52, in the user's order. */
    kpis: z.array(z.string().trim().min(1).max(300)).optional(),
    /** Each KPI's rating per assessment period (PA 2023 s.71(2)); absent means none logged. */
    kpiRatings: z.array(kpiRatingSchema).max(10_000).optional(),
    modifications: z.array(modificationEntrySchema).optional(),
    notices: z.array(noticeLogEntrySchema).optional(),
    psrMixedContract: psrMixedContractSchema.optional(),
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
