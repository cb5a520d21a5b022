import { z } from 'zod';
import { isoDateSchema, moneySchema, periodDaysSchema } from './contract';
import { optionLegalFactsSchema } from './legal-facts';
import {
  COST_CATEGORIES,
  ENTRY_BASES,
  FUNDING_SOURCES,
  GO_LIVE_LINKS,
  HOSTING_MODELS,
  LINE_UPLIFTS,
  OPTION_KINDS,
  PROCUREMENT_ROUTES,
  RECOMMENDATION_STATUSES,
  REGIMES,
  RISK_CATEGORIES,
  RISK_OVERLAPS,
} from './enums';
import { boardPaperSchema } from './board-paper';
import {
  amountRangeSchema,
  fundingRowSchema,
  monthsRangeSchema,
  oneOffAmountShape,
  recurringAmountShape,
  spendSchema,
  vatSchema,
} from './finance';

const id = z.string().min(1).max(100);
/** The longest term, or extension of the current contract, an option may have: 50 years in months. */
export const MAX_TERM_MONTHS = 600;
const text = z.string().max(20_000).default('');

export const discountSettingsSchema = z.object({
  /** Green Book real rate for years 0-30 (default 3.5%). */
  rate: z.number().min(0).max(1).default(0.035),
  /** Rate from the year after `switchYear` (default 3.0% from year 31). */
  longRate: z.number().min(0).max(1).default(0.03),
  switchYear: z.number().int().min(1).max(200).default(30),
});
export type DiscountSettings = z.infer<typeof discountSettingsSchema>;

/**
 * The GDP deflator (docs/domain.md §4, real terms): an index per financial year with its source
 * and vintage. With no index entered the deflator grows at `assumedGrowthPct` a year from the price
 * base, labelled as assumed; beyond the last year entered it grows at the last year's rate.
 */
export const deflatorSchema = z.object({
  assumedGrowthPct: z.number().min(-50).max(100).default(2),
  index: z.array(z.object({ fy: z.number().int().min(1900).max(2300), value: z.number().positive() })).default([]),
  source: z.string().max(500).default(''),
  vintage: z.string().max(200).default(''),
});
export type Deflator = z.infer<typeof deflatorSchema>;
export const DEFAULT_DEFLATOR: Deflator = { assumedGrowthPct: 2, index: [], source: '', vintage: '' };

/**
 * Monte Carlo settings stored with the appraisal so a report reproduces exactly (docs/domain.md §4,
 * risk analysis): the generator's algorithm and seed, the iteration count (at least 10,000) and the
 * rank correlation between go-live delay and implementation cost (default 0, stated).
 */
export const simulationSettingsSchema = z.object({
  algorithm: z.literal('xoroshiro128plus').default('xoroshiro128plus'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(20_260_401),
  iterations: z.number().int().min(10_000).max(1_000_000).default(10_000),
  delayCostCorrelation: z.number().min(-1).max(1).default(0),
});
export type SimulationSettings = z.infer<typeof simulationSettingsSchema>;
export const DEFAULT_SIMULATION: SimulationSettings = {
  algorithm: 'xoroshiro128plus',
  seed: 20_260_401,
  iterations: 10_000,
  delayCostCorrelation: 0,
};

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
  /**
   * The price-base financial year (by its starting calendar year) that constant-price lines are
   * priced in and real figures are expressed in; left out, the year of the base date.
   */
  priceBaseYear: z.number().int().min(1900).max(2300).optional(),
  deflator: deflatorSchema.default(DEFAULT_DEFLATOR),
  /**
   * The option every other is measured against (docs/domain.md §3). Left out, the business-as-usual
   * option; a do-minimum (or another option) may stand in with a written reason.
   */
  counterfactual: z.object({ optionId: id.optional(), reason: z.string().max(5000).default('') }).default({ reason: '' }),
  /** DfT value-for-money bands beside each BCR: off by default (docs/domain.md §4). */
  valueForMoneyBands: z.boolean().default(false),
  /** Funding the trust says is available, per financial year and source (financial case). */
  funding: z.array(fundingRowSchema).default([]),
  simulation: simulationSettingsSchema.default(DEFAULT_SIMULATION),
  author: z.string().max(200).default(''),
  recommendation: recommendationSchema.default({ reason: '', status: 'draft' }),
  /** The board paper's cover sheet; optional, every field defaulted (see board-paper.ts). */
  boardPaper: boardPaperSchema.optional(),
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

/** One optimism bias uplift: a percentage, and the named mitigation behind any reduction. */
export const upliftSchema = z.object({
  pct: z.number().min(0).max(500),
  /** Required wherever the uplift is below the upper bound of its reference range. */
  mitigation: z.string().max(2000).default(''),
});

/**
 * Upper bounds of the reference ranges, Supplementary Green Book Guidance: Optimism Bias, table 1:
 * equipment/development capital 200% (lower 10%), outsourcing operating expenditure 41% (lower 0%),
 * equipment/development works duration 54% (lower 10%). Each uplift defaults to its upper bound.
 */
export const DEFAULT_OPTIMISM_BIAS = {
  development: { pct: 200, mitigation: '' },
  serviceCharge: { pct: 41, mitigation: '' },
  duration: { pct: 54, mitigation: '' },
} as const;

/** The three uplifts' reference ranges, as data with their source (shown beside each box). */
export const OPTIMISM_BIAS_RANGES = {
  development: {
    label: 'Development',
    appliesTo: 'implementation, data migration and hosting transfer',
    range: 'Equipment/development, capital expenditure',
    lower: 10,
    upper: 200,
  },
  serviceCharge: {
    label: 'Service charge',
    appliesTo: 'licence, support, hosting and dual running',
    range: 'Outsourcing, operating expenditure',
    lower: 0,
    upper: 41,
  },
  duration: {
    label: 'Duration',
    appliesTo: 'the implementation duration (moves go-live)',
    range: 'Equipment/development, works duration',
    lower: 10,
    upper: 54,
  },
} as const satisfies Record<
  keyof typeof DEFAULT_OPTIMISM_BIAS,
  { label: string; appliesTo: string; range: string; lower: number; upper: number }
>;
export const OPTIMISM_BIAS_SOURCE = 'HM Treasury, Supplementary Green Book Guidance: Optimism Bias, table 1 (upper and lower bounds)';

export const optimismBiasSchema = z.object({
  development: upliftSchema.default(DEFAULT_OPTIMISM_BIAS.development),
  serviceCharge: upliftSchema.default(DEFAULT_OPTIMISM_BIAS.serviceCharge),
  duration: upliftSchema.default(DEFAULT_OPTIMISM_BIAS.duration),
});
export type OptimismBias = z.infer<typeof optimismBiasSchema>;

/**
 * What follows an option's own term so every option covers the whole appraisal period
 * (docs/domain.md §4, like for like): another option of the appraisal from a date (its lines
 * shifted there), explicit lines of this option beyond its term, or the service ends with a reason.
 */
export const followOnSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('option'), optionId: id, from: isoDateSchema }),
  z.object({ kind: z.literal('lines'), description: z.string().max(2000).default('') }),
  z.object({ kind: z.literal('service-ends'), reason: z.string().trim().min(1, 'needs a written reason').max(5000) }),
]);
export type FollowOn = z.infer<typeof followOnSchema>;

export const optionSchema = z.object({
  id,
  appraisalId: id,
  kind: z.enum(OPTION_KINDS),
  name: z.string().trim().min(1).max(300),
  order: z.number().int().min(0).default(0),
  terms: z.object({
    startDate: isoDateSchema,
    durationMonths: z.number().int().min(1).max(MAX_TERM_MONTHS),
    breakClauses: z.array(breakClauseSchema).default([]),
    noticePeriodDays: periodDaysSchema.default(0),
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
  extensionMonths: z.number().int().min(0).max(MAX_TERM_MONTHS).default(0),
  hosting: hostingPlanSchema.default({ provider: '', dualRunningMonths: 0, transferCost: 0 }),
  /** Months from contract start to go-live for a new system; left out, the settings' lead time. */
  implementationMonths: z.number().int().min(0).max(120).optional(),
  optimismBias: optimismBiasSchema.default(DEFAULT_OPTIMISM_BIAS),
  followOn: followOnSchema.optional(),
  /** The short list's preferred way forward (Green Book short list). */
  preferredWayForward: z.boolean().default(false),
  /** A reason the user gives for judging this option not viable (BAU's is worked out). */
  notViableReason: z.string().max(5000).default(''),
  /** Optional three-point go-live delay in months for the risk analysis. */
  goLiveDelay: monthsRangeSchema.optional(),
  /** Score 0-10 per criterion id. */
  scores: z.record(z.string(), z.number().min(0).max(10)).default({}),
  rationale: text,
  assumptions: text,
  riskNotes: text,
});
export type Option = z.infer<typeof optionSchema>;

/** Fields every cost line has, one-off or recurring (docs/domain.md §4). */
const costLineCommon = {
  id,
  optionId: id,
  appraisalId: id,
  /** Position in the user's list; lists keep the order the user gave them. */
  order: z.number().int().min(0).default(0),
  label: z.string().trim().min(1).max(300),
  category: z.enum(COST_CATEGORIES),
  basis: z.enum(ENTRY_BASES).default('cash'),
  /** Which optimism bias uplift applies; left out, by category (none when a range is entered). */
  uplift: z.enum(LINE_UPLIFTS).optional(),
  /** How the line moves with go-live; left out, `until-go-live` for dual running, else fixed. */
  goLiveLink: z.enum(GO_LIVE_LINKS).optional(),
  /** Optional three-point range for the risk analysis (the amount is the most likely value). */
  range: amountRangeSchema.optional(),
  spend: spendSchema.optional(),
  vat: vatSchema.default({ recoverable: false, heading: '', reason: '' }),
  /** Staff lines: cash (backfill, new posts) or existing staff time (economic cost only). */
  staffCash: z.boolean().default(true),
  fundingSource: z.enum(FUNDING_SOURCES).optional(),
  /** Method and rationale (e.g. of a residual value), or any note. */
  note: z.string().max(5000).default(''),
};

export const costLineSchema = z.discriminatedUnion('kind', [
  z.object({ ...costLineCommon, ...oneOffAmountShape }),
  z.object({ ...costLineCommon, ...recurringAmountShape }),
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
  /** Optional three-point range on the £ impact for the risk analysis (impact is most likely). */
  impactRange: amountRangeSchema.optional(),
  /** The optimism bias uplift this risk overlaps, for the "possible double count" warning. */
  overlaps: z.enum(RISK_OVERLAPS).default('none'),
  order: z.number().int().min(0).default(0),
  notes: text,
});
export type Risk = z.infer<typeof riskSchema>;
