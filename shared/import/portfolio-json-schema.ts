import { z } from 'zod';
import { isoDateSchema } from '../domain/contract';
import { PORTFOLIO_VERSION, portfolioSchema } from './portfolio-schema';

/**
 * JSON Schema (draft 2020-12) for the current portfolio format, generated from the zod schema so it
 * cannot drift: docs/portfolio.schema.json is this output, and a test fails when they differ.
 * It describes what a file may contain (zod's input side: fields with defaults may be left out).
 * Rules zod checks in code (real calendar dates, end after start, unique references) are noted in
 * descriptions; a JSON Schema validator alone will not enforce them.
 */
export function portfolioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(portfolioSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === isoDateSchema) {
        ctx.jsonSchema.format = 'date';
        ctx.jsonSchema.description = 'A real calendar date, yyyy-mm-dd.';
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `https://trust-procurement-planner.invalid/portfolio.v${PORTFOLIO_VERSION}.schema.json`,
    title: `Trust Procurement Planner portfolio, format version ${PORTFOLIO_VERSION}`,
    description:
      "See docs/portfolio-format.md. Contract references are unique within a file; each contract's currentEndDate is on or after its startDate and on or before its maximumEndDate; appraisal children carry their appraisal's id.",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
