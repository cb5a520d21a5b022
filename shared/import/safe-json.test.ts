import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonSafely } from './safe-json';

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
const hasForbiddenKey = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  (Array.isArray(value)
    ? value.some(hasForbiddenKey)
    : Object.entries(value).some(([k, v]) => FORBIDDEN.includes(k) || hasForbiddenKey(v)));

describe('parseJsonSafely', () => {
  it('drops __proto__, constructor and prototype keys at every depth, in objects and arrays', () => {
    const parsed = parseJsonSafely(
      '{"a":1,"__proto__":{"polluted":true},"b":[{"constructor":{"prototype":{"x":1}},"c":2},[{"prototype":3,"d":"__proto__"}]],"e":{"f":{"__proto__":null,"g":null}}}',
    );
    expect(parsed).toEqual({ a: 1, b: [{ c: 2 }, [{ d: '__proto__' }]], e: { f: { g: null } } });
    expect(hasForbiddenKey(parsed)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('drops keys written with escapes, which JSON reads as the same names', () => {
    expect(parseJsonSafely('{"\\u005f_proto__":{"polluted":true},"ok":true}')).toEqual({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns exactly what JSON.parse does for any JSON without those keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(!hasForbiddenKey(value));
        const text = JSON.stringify(value);
        expect(parseJsonSafely(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it(`refuses data nested more than ${MAX_JSON_DEPTH} levels with a RangeError, whatever the depth`, () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    expect(parseJsonSafely(nested(MAX_JSON_DEPTH))).toBeInstanceOf(Array);
    expect(() => parseJsonSafely(nested(MAX_JSON_DEPTH + 1))).toThrow(RangeError);
    expect(() => parseJsonSafely(`{"a":${nested(200_000)}}`)).toThrow(RangeError);
  });

  it('throws a SyntaxError for text that is not JSON, as JSON.parse does', () => {
    for (const text of ['', 'not json', '{"a":', '[1,]', "{'a':1}"]) expect(() => parseJsonSafely(text)).toThrow(SyntaxError);
  });
});
