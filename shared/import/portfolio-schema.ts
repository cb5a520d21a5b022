import { z } from 'zod';
import { appraisalSchema, costLineSchema, criterionSchema, optionSchema, riskSchema } from '../domain/appraisal';
import { benefitSchema } from '../domain/benefits';
import { contractSchema } from '../domain/contract';

/** The app's own portfolio file (docs/portfolio-format.md). Bump the version with an upgrade step. */
export const PORTFOLIO_FORMAT = 'trust-procurement-planner/portfolio';
export const PORTFOLIO_VERSION = 3;

/** One appraisal with everything that hangs off it, so a file carries whole appraisals. */
export const appraisalBundleSchema = z
  .object({
    appraisal: appraisalSchema,
    criteria: z.array(criterionSchema).default([]),
    options: z.array(optionSchema).default([]),
    costLines: z.array(costLineSchema).default([]),
    risks: z.array(riskSchema).default([]),
    benefits: z.array(benefitSchema).default([]),
  })
  .superRefine((bundle, ctx) => {
    // Children must belong to the appraisal they travel with, or an import would cross-wire two.
    const id = bundle.appraisal.id;
    const optionIds = new Set(bundle.options.map((o) => o.id));
    for (const key of ['criteria', 'options', 'costLines', 'risks', 'benefits'] as const) {
      bundle[key].forEach((item, i) => {
        if (item.appraisalId !== id) {
          ctx.addIssue({ code: 'custom', path: [key, i, 'appraisalId'], message: `must be the appraisal's id '${id}'` });
        }
        if ('optionId' in item && !optionIds.has(item.optionId)) {
          ctx.addIssue({ code: 'custom', path: [key, i, 'optionId'], message: 'names an option that is not in this appraisal' });
        }
      });
    }
  });
export type AppraisalBundle = z.infer<typeof appraisalBundleSchema>;

export const portfolioSchema = z
  .object({
    format: z.literal(PORTFOLIO_FORMAT),
    version: z.literal(PORTFOLIO_VERSION),
    /** When the file was written, ISO 8601 date-time with offset (UTC `Z` when we write it). */
    exportedAt: z.iso.datetime({ offset: true }),
    organisation: z.object({ trustName: z.string().max(300).default('') }),
    contracts: z.array(contractSchema),
    appraisals: z.array(appraisalBundleSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.contracts.forEach((c, i) => {
      const earlier = seen.get(c.reference);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['contracts', i, 'reference'], message: `repeats the reference of contract ${earlier + 1}` });
      } else {
        seen.set(c.reference, i);
      }
    });
    const appraisalIds = new Set<string>();
    file.appraisals.forEach((b, i) => {
      if (appraisalIds.has(b.appraisal.id)) {
        ctx.addIssue({ code: 'custom', path: ['appraisals', i, 'appraisal', 'id'], message: 'repeats another appraisal id' });
      }
      appraisalIds.add(b.appraisal.id);
    });
  });

export type Portfolio = z.infer<typeof portfolioSchema>;
