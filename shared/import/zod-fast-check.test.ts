import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contractArb, isoDateArb } from '../../test/fixtures/registers/contract-arbitrary';
import { contractSchema, isoDateSchema } from '../domain/contract';
import { KPI_RATINGS, NOTICE_TYPES, REGIMES } from '../domain/enums';
import { defaultsOf, fastCheck } from './zod-fast-check';

/*
 * The fast check stands in for zod on every imported row (issue 16), so it must never say yes where
 * zod would reject a value or return anything but the value itself, in the same key order: the
 * stored record is then the one zod would have stored. And it must say yes to what zod returns, or
 * the import would pay for zod after all.
 */

/** Every object's keys in order, nested: toStrictEqual does not compare key order. */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
  return null;
}

/** Holds `check` to `schema` for one value: a yes means zod accepts it and returns it as it is. */
function expectSoundFor(schema: z.ZodType, check: (value: unknown) => boolean, value: unknown): boolean {
  if (!check(value)) return false;
  const parsed = schema.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toStrictEqual(value);
  expect(keyOrder(parsed.data)).toStrictEqual(keyOrder(value));
  return true;
}

const edgeString = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', 'a', '-', '2', '0', '/') }),
  fc.constantFrom('', ' ', 'x ', ' x', '2026-02-29', '2024-02-29', '2026-13-01', '0000-01-01', '9999-12-31', '2026-1-1', ' 2026-01-01'),
  fc.integer({ min: 0, max: 12_000 }).map((n) => 'x'.repeat(n)),
);
const edgeNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1.5, -1, 3650, 3651, 600, 601, Number.MAX_SAFE_INTEGER + 1, NaN, Infinity, -Infinity),
);
const anyValue = fc.oneof(
  edgeString,
  isoDateArb,
  edgeNumber,
  fc.boolean(),
  fc.constantFrom(null, undefined, [], {}, ['a'], [' a'], ['']),
  fc.anything({ maxDepth: 2 }),
);

describe('fastCheck on small schemas', () => {
  const schemas: [string, z.ZodType][] = [
    ['trimmed text, 1–5 characters', z.string().trim().min(1, 'is required').max(5)],
    ['an ISO date (refine)', isoDateSchema],
    ['a whole number 0–3,650, optional', z.number().int().min(0).max(3650).optional()],
    ['a number above 0, below 1', z.number().gt(0).lt(1)],
    ['a finite number', z.number().finite()],
    ['a boolean', z.boolean()],
    ['an enum', z.enum(['a', 'b'])],
    ['a list of trimmed items', z.array(z.string().trim().min(1).max(3)).max(2)],
    ['an email (a check not read)', z.string().email()],
    ['nullable (a kind not read)', z.string().nullable()],
  ];
  for (const [name, schema] of schemas) {
    it(`says yes only to what zod returns unchanged: ${name}`, () => {
      const check = fastCheck(schema);
      fc.assert(fc.property(anyValue, (value) => void expectSoundFor(schema, check, value)));
    });
  }

  it('says no to what it does not read, so zod decides', () => {
    expect(fastCheck(z.string().email())('a@b.co')).toBe(false);
    expect(fastCheck(z.string().nullable())('a')).toBe(false);
    expect(fastCheck(z.number().multipleOf(2))(4)).toBe(false);
  });

  it('leaves a field-level superRefine to zod instead of calling it without its context', () => {
    // zod keeps a superRefine's function out of its check's def (def.fn is undefined): the fast check
    // must answer no and let zod run it, not throw in the middle of an import.
    const refined = z.string().superRefine((v, ctx) => {
      if (v === 'x') ctx.addIssue({ code: 'custom', message: 'not x' });
    });
    expect(() => fastCheck(refined)('x')).not.toThrow();
    expect(fastCheck(refined)('a')).toBe(false);
    expect(fastCheck(z.object({ a: refined }))({ a: 'x' })).toBe(false);
  });

  it('says no where zod would change the value: trim, a default, an unknown key, the key order', () => {
    const schema = z.object({ a: z.string().trim(), b: z.boolean().default(false), c: z.number().optional() });
    const check = fastCheck(schema);
    expect(check({ a: 'x', b: true })).toBe(true);
    expect(check({ a: ' x', b: true })).toBe(false);
    expect(check({ a: 'x' })).toBe(false);
    expect(check({ a: 'x', b: true, d: 1 })).toBe(false);
    expect(check({ b: true, a: 'x' })).toBe(false);
    expect(check({ a: 'x', b: undefined })).toBe(false);
    expect(check({ a: 'x', b: true, c: undefined })).toBe(true);
    expect(check(Object.assign(Object.create({ inherited: 1 }) as object, { a: 'x', b: true }))).toBe(false);
  });
});

/** The Procurement Act fields an import never fills but a stored contract may hold. */
const recordOnlyArb = fc.record(
  {
    regimeEvent: fc.constantFrom('procurement-started', 'contract-awarded', 'nonsense'),
    regimeEventDate: fc.oneof(isoDateArb, edgeString),
    works: fc.boolean(),
    cpvCodes: fc.array(fc.oneof(fc.constantFrom('72000000', ' 48000000', ''), edgeString), { maxLength: 3 }),
    kpis: fc.array(fc.constantFrom('Uptime', 'Response', ' x'), { maxLength: 3 }),
    kpiRatings: fc.array(
      fc.record({
        kpi: fc.constantFrom('Uptime', ''),
        periodStart: isoDateArb,
        periodEnd: isoDateArb,
        rating: fc.constantFrom(...KPI_RATINGS, 'great'),
        assessedOn: isoDateArb,
      }),
      { maxLength: 3 },
    ),
    modifications: fc.array(
      fc.record(
        {
          id: fc.constantFrom('m1', ' m2', ''),
          date: isoDateArb,
          valueChange: edgeNumber,
          termChangeMonths: fc.integer({ min: -700, max: 700 }),
          regime: fc.constantFrom(...REGIMES),
          belowThreshold: fc.boolean(),
          noticePublished: fc.boolean(),
          description: edgeString,
        },
        { requiredKeys: ['id', 'date'] },
      ),
      { maxLength: 2 },
    ),
    notices: fc.array(fc.record({ type: fc.constantFrom(...NOTICE_TYPES), date: isoDateArb, identifier: fc.constantFrom('', 'N1') }), {
      maxLength: 2,
    }),
    psrMixedContract: fc.record({ healthCareMainSubject: fc.constantFrom('yes', 'no', 'unknown'), note: fc.constantFrom('', 'n') }),
    sample: fc.boolean(),
  },
  { requiredKeys: [] },
);

const swapsArb = fc.dictionary(fc.constantFrom(...Object.keys(contractSchema.shape)), anyValue, { maxKeys: 3 });

/**
 * A contract with the record-only fields and some values swapped for hostile ones (a key swapped to
 * undefined is sometimes dropped instead); half the time it is zod's output with a few values
 * swapped, so that many candidates sit just either side of what zod returns unchanged.
 */
const candidateArb = fc
  .tuple(contractArb, recordOnlyArb, swapsArb, fc.boolean(), fc.boolean(), swapsArb)
  .map(([contract, recordOnly, swaps, dropSome, fromZod, moreSwaps]) => {
    let merged: Record<string, unknown> = { ...contract, ...recordOnly, ...swaps };
    if (fromZod) {
      const parsed = contractSchema.safeParse(merged);
      merged = { ...(parsed.success ? parsed.data : contractSchema.parse(contract)), ...moreSwaps };
    }
    if (dropSome) for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    return merged;
  });

describe('fastCheck on contractSchema', () => {
  const check = fastCheck(contractSchema);

  it('never says yes to a contract zod would reject or change', () => {
    let yes = 0;
    fc.assert(
      fc.property(candidateArb, (candidate) => {
        if (expectSoundFor(contractSchema, check, candidate)) yes += 1;
      }),
      { numRuns: 2_000 },
    );
    // The property holds of more than the empty answer: many generated contracts pass as they are.
    expect(yes).toBeGreaterThan(200);
  }, 60_000);

  it('says yes to every record zod returns, so stored records and imported rows skip zod', () => {
    fc.assert(
      fc.property(candidateArb, (candidate) => {
        const parsed = contractSchema.safeParse(candidate);
        if (parsed.success) expect(check(parsed.data)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('finds the defaults zod fills, as fresh copies', () => {
    const defaults = defaultsOf(contractSchema);
    expect([...defaults.keys()]).toStrictEqual(['extensionOptions', 'autoRenew', 'modules', 'linkedContracts', 'status']);
    const fill = defaults.get('modules')!;
    expect(fill()).toStrictEqual([]);
    expect(fill()).not.toBe(fill());
  });
});
