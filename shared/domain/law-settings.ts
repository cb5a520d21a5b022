import { z } from 'zod';
import { DEFAULT_THRESHOLD_BANDS, thresholdBandSchema } from '../law/thresholds';
import { OBLIGATION_KINDS } from '../law/obligation-kinds';
import { isIsoDate } from '../dates';
import { codesOf } from './enums';
import { leadTimesMonthsSchema } from './lead-months';

/**
 * The editable figures of procurement law (docs/domain.md §5): the threshold bands by procurement start date with their sources, the lead times of the
 * routes Settings.leadTimesMonths does not hold (modification, PSR processes), and the trust's answer
 * to the pipeline £100m question per financial year. Every field has a default, so settings stored
 * before this section existed load unchanged. The VAT rate the legal money tests gross up at is the
 * one UK rate in Settings.vatRate, shared with the financial case (edited in this section of the screen).
 */
export const SPEND_ANSWER_LABELS = { yes: 'Yes: more than £100m', no: 'No: £100m or less', 'not-known': 'Not known yet' };
export type SpendAnswerSetting = keyof typeof SPEND_ANSWER_LABELS;
export const SPEND_ANSWERS = codesOf(SPEND_ANSWER_LABELS);

const DEFAULT_LAW_LEAD_TIMES = { modification: 1, psrDirectAward: 2, psrMostSuitableProvider: 3, psrCompetitive: 9 } as const;

const band = thresholdBandSchema.extend({
  from: z.string().refine(isIsoDate, { message: 'must be a real calendar date written yyyy-mm-dd' }),
  source: z.string().trim().min(1, 'needs its source').max(500),
});

export const lawSettingsSchema = z.object({
  /** Bands in date order; the band in force on a procurement's start date applies. */
  thresholdBands: z
    .array(band)
    .min(1)
    .max(20)
    .refine((bands) => bands.every((b, i) => i === 0 || bands[i - 1].from < b.from), {
      message: 'must be in date order, one band per date',
    })
    .default(() => DEFAULT_THRESHOLD_BANDS.map((b) => ({ ...b }))),
  /** Months from decision to signature for the routes not in Settings.leadTimesMonths (docs/domain.md §5). */
  leadTimesMonths: leadTimesMonthsSchema(DEFAULT_LAW_LEAD_TIMES),
  /** The trust's answer to "will it pay more than £100m incl. VAT in the year?" (s.93), by the year's start ("2027"). */
  pipelineSpend: z.record(z.string().regex(/^\d{4}$/), z.enum(SPEND_ANSWERS)).default({}),
});
export type LawSettings = z.infer<typeof lawSettingsSchema>;

export const DEFAULT_LAW_SETTINGS: LawSettings = lawSettingsSchema.parse({});

export const LAW_SETTING_SOURCES = {
  vatRate: 'UK standard rate of VAT, 20% (VAT Act 1994 s.2); Procurement Act values include VAT (PA 2023 s.4, Sch. 3)',
  thresholdBands:
    'Procurement Act 2023 Sch. 1 thresholds, including VAT; NHS trusts are central government authorities (PR 2024 Sch. 2). Each band gives its own source.',
  leadTimesMonths:
    'Typical lead times, not set in law: modification 1 month; PSR direct award C 2, most suitable provider 3, competitive 9. None may be shorter than the statutory minimum.',
} as const;

/**
 * The user's changes to one pipeline entry (shared/law/pipeline.ts PipelineOverride), kept per financial
 * year in the data layer's meta table: include or exclude, estimated value £ ex VAT, expected notice date, CPV.
 */
const pipelineOverrideSchema = z.object({
  include: z.boolean().optional(),
  estimatedValueExVat: z.number().finite().min(0).optional(),
  expectedNoticeDate: z.string().refine(isIsoDate, { message: 'must be a real calendar date written yyyy-mm-dd' }).optional(),
  cpv: z
    .string()
    .trim()
    .regex(/^\d{8}(-\d)?$/, { message: 'must be a CPV code such as 48000000-8' })
    .optional(),
});
export const pipelineOverridesSchema = z.record(z.string().min(1).max(200), pipelineOverrideSchema);
export type PipelineOverrides = z.infer<typeof pipelineOverridesSchema>;

/**
 * A Procurement Act duty the user has marked done (Renewals › Notices due): when, and optionally the
 * published notice on Find a Tender. Kept in the data layer's meta table keyed by dutyKey
 * (shared/law/duties.ts), so no contract record changes shape. A duty met by a notice in the
 * contract's notice log is done without a mark.
 */
export const dutyCompletionSchema = z.object({
  contractRef: z.string().max(200),
  kind: z.enum(OBLIGATION_KINDS),
  /** The due date of the occurrence marked, for duties that recur (performance notices, payments). */
  dueDate: z.string().refine(isIsoDate, { message: 'must be a real calendar date written yyyy-mm-dd' }).nullable(),
  doneOn: z.string().refine(isIsoDate, { message: 'must be a real calendar date written yyyy-mm-dd' }),
  link: z
    .string()
    .trim()
    .max(2000)
    .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s), { message: 'must be a web address starting https://' })
    .optional(),
});
export type DutyCompletion = z.infer<typeof dutyCompletionSchema>;
export type DutyCompletions = Record<string, DutyCompletion>;
