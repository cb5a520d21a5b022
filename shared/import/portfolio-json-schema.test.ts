import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { portfolioJsonSchema } from './portfolio-json-schema';

const committed = new URL('../../docs/portfolio.schema.json', import.meta.url);

describe('docs/portfolio.schema.json', () => {
  it('is exactly what the zod schema generates (run with UPDATE_PORTFOLIO_SCHEMA=1 to rewrite it)', () => {
    const generated = `${JSON.stringify(portfolioJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_PORTFOLIO_SCHEMA === '1') writeFileSync(committed, generated);
    expect(readFileSync(committed, 'utf8')).toBe(generated);
  });

  it('describes the version 3 envelope', () => {
    const schema = portfolioJsonSchema() as { $schema: string; required: string[]; properties: Record<string, { const?: unknown }> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'exportedAt', 'organisation', 'contracts']));
    expect(schema.properties.version.const).toBe(3);
    expect(schema.properties.format.const).toBe('trust-procurement-planner/portfolio');
  });
});
