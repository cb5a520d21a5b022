import { z } from 'zod';
import { DEFAULT_LAW_SETTINGS, lawSettingsSchema } from './law-settings';

/**
 * Every figure DOMAIN.md calls *editable*, with its default and where the default comes from, so the
 * Settings screen can show the source and offer a reset.
 */
export const settingsSchema = z.object({
  organisation: z
    .object({ trustName: z.string().max(300).default(''), author: z.string().max(200).default('') })
    .default({ trustName: '', author: '' }),
  /** Contracts ending within this many months are "expiring". */
  expiringHorizonMonths: z.number().int().min(1).max(120).default(18),
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
  leadTimesMonths: z
    .object({
      directAward: z.number().min(0).max(120).default(3),
      frameworkCallOff: z.number().min(0).max(120).default(6),
      openProcedure: z.number().min(0).max(120).default(12),
      eprImplementation: z.number().min(0).max(120).default(18),
      otherImplementation: z.number().min(0).max(120).default(9),
      hostingTransfer: z.number().min(0).max(120).default(6),
    })
    .default({ directAward: 3, frameworkCallOff: 6, openProcedure: 12, eprImplementation: 18, otherImplementation: 9, hostingTransfer: 6 }),
  law: lawSettingsSchema.default(DEFAULT_LAW_SETTINGS),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const SETTING_SOURCES = {
  expiringHorizonMonths: 'Trust Procurement Planner default (DOMAIN rule: 18 months)',
  discount: 'HM Treasury Green Book (2020), real discount rates 3.5% to year 30, 3.0% from year 31',
  appraisalPeriodYears: 'Green Book default appraisal period for IT: 10 years',
  thresholds: 'Procurement Act 2023 thresholds from 1 January 2026 (central government), VAT inclusive',
  leadTimesMonths: 'Typical NHS lead times: direct award 3, framework 6, open 12; EPR go-live 18, other 9; hosting 6',
} as const;
