import { z } from 'zod';
import { isoDateSchema, moneySchema } from './contract';
import { optionLegalFactsSchema } from './legal-facts';
import {
  COST_CATEGORIES,
  HOSTING_MODELS,
  OPTION_KINDS,
  PROCUREMENT_ROUTES,
  RECOMMENDATION_STATUSES,
  REGIMES,
  RISK_CATEGORIES,
} from './enums';

const id = z.string().min(1).max(100);
const text = z.string().max(20_000).default('');

export const discountSettingsSchema = z.object({
  /** Green Book real rate for years 0-30 (default 3.5%). */
  rate: z.number().min(0).max(1).default(0.035),
  /** Rate from the year after `switchYear` (default 3.0% from year 31). */
  longRate: z.number().min(0).max(1).default(0.03),
  switchYear: z.number().int().min(1).max(200).default(30),
});
export type DiscountSettings = z.infer<typeof discountSettingsSchema>;

export const recommendationSchema = z.object({
  optionId: id.optional(),
  reason: text,
  status: z.enum(RECOMMENDATION_STATUSES).default('draft'),
  by: z.string().max(200).optional(),
  at: isoDateSchema.optional(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const appraisalSchema = z.object({
  id,
  title: z.string().trim().min(1).max(300),
  /** References of the contract(s) appraised, e.g. an EPR and its hosting. */
  contractRefs: z.array(z.string().min(1)).min(1),
  baseDate: isoDateSchema,
  periodYears: z.number().int().min(1).max(60).default(10),
  discount: discountSettingsSchema.default({ rate: 0.035, longRate: 0.03, switchYear: 30 }),
  priceBase: z.string().max(100).default(''),
  author: z.string().max(200).default(''),
  recommendation: recommendationSchema.default({ reason: '', status: 'draft' }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Appraisal = z.infer<typeof appraisalSchema>;

export const criterionSchema = z.object({
  id,
  appraisalId: id,
  name: z.string().trim().min(1).max(200),
  /** Weights of an appraisal's criteria sum to 100. */
  weight: z.number().min(0).max(100),
  order: z.number().int().min(0),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const breakClauseSchema = z.object({ date: isoDateSchema, noticeDays: z.number().int().min(0) });

export const hostingPlanSchema = z.object({
  currentModel: z.enum(HOSTING_MODELS).optional(),
  targetModel: z.enum(HOSTING_MODELS).optional(),
  provider: z.string().max(300).default(''),
  transferStart: isoDateSchema.optional(),
  goLive: isoDateSchema.optional(),
  dualRunningMonths: z.number().int().min(0).max(120).default(0),
  transferCost: moneySchema.default(0),
});
export type HostingPlan = z.infer<typeof hostingPlanSchema>;

export const optionSchema = z.object({
  id,
  appraisalId: id,
  kind: z.enum(OPTION_KINDS),
  name: z.string().trim().min(1).max(300),
  order: z.number().int().min(0).default(0),
  terms: z.object({
    startDate: isoDateSchema,
    durationMonths: z.number().int().min(1).max(600),
    breakClauses: z.array(breakClauseSchema).default([]),
    noticePeriodDays: z.number().int().min(0).max(3650).default(0),
    extensionOptions: z.array(z.object({ months: z.number().int().min(1), exerciseBy: isoDateSchema.optional() })).default([]),
    indexationPct: z.number().min(-100).max(100).default(0),
    modulesInScope: z.array(z.string()).default([]),
  }),
  route: z.enum(PROCUREMENT_ROUTES),
  regime: z.enum(REGIMES).default('PA2023'),
  /** Code of the legal ground for a direct award or modification (see shared/law). */
  legalGround: z.string().max(100).optional(),
  legal: optionLegalFactsSchema.default({}),
  /** A new system needs implementation before go-live; continuing the incumbent does not. */
  newSystem: z.boolean().default(false),
  /** True when a bridge extension of the current contract covers any gap before go-live. */
  bridgeAvailable: z.boolean().default(false),
  /** For extensions of the existing contract: months added beyond its current end. */
  extensionMonths: z.number().int().min(0).max(600).default(0),
  hosting: hostingPlanSchema.default({ provider: '', dualRunningMonths: 0, transferCost: 0 }),
  optimismBias: z.object({ pct: z.number().min(0).max(500), rationale: z.string().trim().min(1) }).optional(),
  /** Score 0-10 per criterion id. */
  scores: z.record(z.string(), z.number().min(0).max(10)).default({}),
  rationale: text,
  assumptions: text,
  riskNotes: text,
});
export type Option = z.infer<typeof optionSchema>;

export const costLineSchema = z.discriminatedUnion('kind', [
  z.object({
    id,
    optionId: id,
    appraisalId: id,
    label: z.string().trim().min(1).max(300),
    category: z.enum(COST_CATEGORIES),
    kind: z.literal('one-off'),
    amount: moneySchema,
    date: isoDateSchema,
  }),
  z.object({
    id,
    optionId: id,
    appraisalId: id,
    label: z.string().trim().min(1).max(300),
    category: z.enum(COST_CATEGORIES),
    kind: z.literal('recurring'),
    /** Annual amount in the line's first year. */
    amount: moneySchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    indexationPct: z.number().min(-100).max(100).default(0),
  }),
]);
export type CostLine = z.infer<typeof costLineSchema>;

const score5 = z.number().int().min(1).max(5);
export const riskScoreSchema = z.object({ likelihood: score5, consequence: score5 });
export type RiskScore = z.infer<typeof riskScoreSchema>;

export const riskSchema = z.object({
  id,
  optionId: id,
  appraisalId: id,
  title: z.string().trim().min(1).max(300),
  category: z.enum(RISK_CATEGORIES),
  description: text,
  owner: z.string().max(200).default(''),
  mitigation: text,
  inherent: riskScoreSchema,
  residual: riskScoreSchema,
  /** Optional £ impact and probability (0-1) for the risk allowance, landing on `landsOn`. */
  impact: moneySchema.optional(),
  probability: z.number().min(0).max(1).optional(),
  landsOn: isoDateSchema.optional(),
  notes: text,
});
export type Risk = z.infer<typeof riskSchema>;
