import { z } from 'zod';
import { periodDaysSchema } from './contract';
import { approvalLimitSchema, type ApprovalLimit } from './finance';
import { DEFAULT_LAW_SETTINGS, lawSettingsSchema } from './law-settings';
import { leadTimesMonthsSchema } from './lead-months';

/**
 * Approval limits (docs/domain.md §4, approval route). HM Treasury's limits are from NHS England's
 * 2025 addendum to the capital investment and property business case approval guidance. A trust's
 * own delegated limit is set by NHS England by its Oversight Framework segment: there is no safe
 * default, so £25m (2023 guidance, trusts in financial distress) and a digital whole-life test of
 * £30m stand in, marked assumed, until the trust enters its own.
 */
export const DEFAULT_APPROVAL_LIMITS: readonly ApprovalLimit[] = [
  {
    tier: 'nhs-england',
    basis: 'capital',
    limit: 25_000_000,
    source: "NHS England capital guidance (2023), delegated limit for trusts in financial distress — enter the trust's own limit",
    effectiveDate: '2023-04-01',
    assumed: true,
  },
  {
    tier: 'nhs-england',
    basis: 'whole-life',
    limit: 30_000_000,
    source: "Digital whole-life test — enter the trust's own limit",
    effectiveDate: '2023-04-01',
    assumed: true,
  },
  {
    tier: 'hm-treasury',
    basis: 'capital',
    limit: 300_000_000,
    source: 'NHS England, Addendum to the capital investment and property business case approval guidance (2025)',
    effectiveDate: '2025-04-01',
    assumed: false,
  },
  {
    tier: 'hm-treasury',
    basis: 'revenue',
    limit: 150_000_000,
    source: 'NHS England, Addendum to the capital investment and property business case approval guidance (2025)',
    effectiveDate: '2025-04-01',
    assumed: false,
  },
];

/** Approval lead times in months: no published source, so every one is marked assumed. */
export const DEFAULT_APPROVAL_LEAD_MONTHS = { trustBoard: 1, nhsEnglandPerStage: 4, nhsEnglandStages: 2, hmTreasury: 3 } as const;

/**
 * Proposed short list figures. The implementation multiple is a product assumption: no published
 * source gives implementation cost as a multiple of annual contract value, and real EPR
 * replacements cost several times a year's licence, so the default is 3× for an EPR and 1× for other
 * systems. Dual running 3 months and the 24-month bridge are product assumptions too.
 */
export const DEFAULT_SHORTLIST_SETTINGS = {
  implementationMultipleEpr: 3,
  implementationMultipleOther: 1,
  migrationMultiple: 0.25,
  hostingTransferMultiple: 0.1,
  dualRunningMonths: 3,
  bridgeMonths: 24,
} as const;

/**
 * Every figure docs/domain.md calls *editable*, with its default and where the default comes from, so the
 * Settings screen can show the source and offer a reset.
 */
export const settingsSchema = z.object({
  organisation: z
    .object({ trustName: z.string().max(300).default(''), author: z.string().max(200).default('') })
    .default({ trustName: '', author: '' }),
  /** Contracts ending within this many months are "expiring". */
  expiringHorizonMonths: z.number().int().min(1).max(120).default(18),
  /** What a contract with no notice period or lead time recorded is assumed to have (never zero days). */
  contractDefaults: z
    .object({ noticePeriodDays: periodDaysSchema.default(90), internalLeadTimeDays: periodDaysSchema.default(90) })
    .default({ noticePeriodDays: 90, internalLeadTimeDays: 90 }),
  discount: z
    .object({
      rate: z.number().min(0).max(1).default(0.035),
      longRate: z.number().min(0).max(1).default(0.03),
      switchYear: z.number().int().min(1).max(200).default(30),
    })
    .default({ rate: 0.035, longRate: 0.03, switchYear: 30 }),
  appraisalPeriodYears: z.number().int().min(1).max(60).default(10),
  /** Regulated-procurement thresholds, £ including VAT, from 1 January 2026. */
  thresholds: z
    .object({
      goodsServices: z.number().min(0).default(135_018),
      works: z.number().min(0).default(5_193_000),
      lightTouch: z.number().min(0).default(663_540),
    })
    .default({ goodsServices: 135_018, works: 5_193_000, lightTouch: 663_540 }),
  /** Months from decision to contract signature, and to go-live. */
  leadTimesMonths: leadTimesMonthsSchema({
    directAward: 3,
    frameworkCallOff: 6,
    openProcedure: 12,
    eprImplementation: 18,
    otherImplementation: 9,
    hostingTransfer: 6,
  }),
  /** GDP deflator growth assumed for a new appraisal until a published series is entered. */
  deflatorGrowthPct: z.number().min(-50).max(100).default(2),
  /** Irrecoverable VAT added in the financial case and the approval tests (never the economic case). */
  vatRate: z.number().min(0).max(1).default(0.2),
  /** Straight-line life for depreciation/amortisation of capital lines (software). */
  depreciationYears: z.number().int().min(1).max(60).default(5),
  /** PDC dividend on the capital financed. */
  pdcDividendRate: z.number().min(0).max(1).default(0.035),
  approvalLimits: z.array(approvalLimitSchema).default([...DEFAULT_APPROVAL_LIMITS]),
  approvalLeadMonths: z
    .object({
      trustBoard: z.number().min(0).max(60).default(1),
      nhsEnglandPerStage: z.number().min(0).max(60).default(4),
      nhsEnglandStages: z.number().int().min(0).max(5).default(2),
      hmTreasury: z.number().min(0).max(60).default(3),
    })
    .default({ ...DEFAULT_APPROVAL_LEAD_MONTHS }),
  shortlist: z
    .object({
      implementationMultipleEpr: z.number().min(0).max(50).default(3),
      implementationMultipleOther: z.number().min(0).max(50).default(1),
      migrationMultiple: z.number().min(0).max(50).default(0.25),
      hostingTransferMultiple: z.number().min(0).max(50).default(0.1),
      dualRunningMonths: z.number().int().min(0).max(60).default(3),
      bridgeMonths: z.number().int().min(1).max(120).default(24),
    })
    .default({ ...DEFAULT_SHORTLIST_SETTINGS }),
  law: lawSettingsSchema.default(DEFAULT_LAW_SETTINGS),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const SETTING_SOURCES = {
  expiringHorizonMonths: 'Trust Procurement Planner default: 18 months',
  contractDefaults:
    'Trust defaults for contracts whose register gives no notice period or internal lead time: 90 days each, and every date worked out from them is marked assumed',
  discount: 'HM Treasury Green Book (2020), real discount rates 3.5% to year 30, 3.0% from year 31',
  appraisalPeriodYears:
    'Trust Procurement Planner default: 10 years, a typical EPR term. The Green Book sets no default period for IT: use the useful life of what is bought',
  thresholds:
    'Procurement Act 2023 Sch. 1 thresholds from 1 January 2026, VAT inclusive: the central government figures, which apply to NHS trusts (Procurement Regulations 2024 Sch. 2)',
  leadTimesMonths: 'Typical NHS lead times: direct award 3, framework 6, open 12; EPR go-live 18, other 9; hosting 6',
  deflatorGrowthPct: 'Assumed flat 2.0% a year — replace with HM Treasury’s GDP deflator series (OBR forecast)',
  vatRate: 'UK standard rate of VAT, 20%',
  depreciationYears: 'Straight-line life for software (DHSC Group Accounting Manual practice: 5 years)',
  pdcDividendRate: 'PDC dividend rate, 3.5% (DHSC)',
  approvalLimits: 'NHS England 2025 addendum (HM Treasury: capital £300m, revenue £150m); trust limits assumed until entered',
  approvalLeadMonths:
    'Assumed (no published source): trust board 1 month; NHS England 4 months per business case stage; HM Treasury 3 months more',
  shortlist:
    'Product assumptions (no published source): implementation 3× annual value for an EPR, 1× otherwise; dual running 3 months; bridge 24 months',
} as const;
