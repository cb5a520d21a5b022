import type { z } from 'zod';

/*
 * A fast check that a value is already what a zod schema's parse would return (issue 16, the
 * import's per-row cost). The app runs zod without eval (its CSP forbids it, renderer/zod-config.ts),
 * and in that mode parsing each register row with contractSchema cost about a quarter of the import's
 * time, to confirm values the row reader had just built to fit, and built a second copy of each
 * contract. This reads the same schema once and builds a plain function that says whether zod would
 * accept a value and return it unchanged (same keys, same order, nothing trimmed, no default to
 * fill). When it says no, the caller runs zod itself, so every rejection and its message are zod's
 * own. Only the schema kinds and checks listed below are read; any other makes the answer no.
 * zod-fast-check.test.ts holds it to zod with generated values, and row-reader-zod.test.ts with
 * generated register rows.
 */

type Check = (value: unknown) => boolean;

const never: Check = () => false;

/** zod's internals, as `_zod.def` exposes them for introspection (zod 4). */
interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef; check(payload: { value: unknown; issues: unknown[] }): unknown } }[];
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  entries?: Record<string, unknown>;
  catchall?: unknown;
}
interface CheckDef {
  check: string;
  when?: unknown;
  tx?: (value: unknown) => unknown;
  fn?: (value: unknown) => unknown;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
}

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** One payload for every `when` below: they only read its value, and a parse runs to its end before the next. */
const scratch: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };

/**
 * A check as a test of the value, or null when it is not one read here. A check with a `when` (zod
 * gives length checks one: "only for values with a length") passes where its `when` says skip it.
 */
function checkTest(def: CheckDef): ((value: never) => boolean) | null {
  const test = bareCheckTest(def);
  const when = def.when as ((payload: typeof scratch) => boolean) | undefined;
  if (!test || when === undefined) return test;
  if (typeof when !== 'function') return null;
  return (value: never) => {
    scratch.value = value;
    const runs = when(scratch);
    scratch.value = undefined;
    return !runs || test(value);
  };
}

function bareCheckTest(def: CheckDef): ((value: never) => boolean) | null {
  switch (def.check) {
    case 'overwrite': {
      // trim() and friends: the value is accepted only when the overwrite leaves it as it is.
      const tx = def.tx!;
      return (value: unknown) => tx(value) === value;
    }
    case 'custom': {
      // A refine keeps its function here; a superRefine does not (it needs zod's context), so zod runs it.
      if (typeof def.fn !== 'function') return null;
      const fn = def.fn;
      return (value: unknown) => {
        const result = fn(value);
        return !(result instanceof Promise) && Boolean(result);
      };
    }
    case 'min_length': {
      const min = def.minimum!;
      return (value: { length: number }) => value.length >= min;
    }
    case 'max_length': {
      const max = def.maximum!;
      return (value: { length: number }) => value.length <= max;
    }
    case 'greater_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return null;
      return def.inclusive ? (value: number) => value >= bound : (value: number) => value > bound;
    }
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return null;
      return def.inclusive ? (value: number) => value <= bound : (value: number) => value < bound;
    }
    case 'number_format':
      return def.format === 'safeint' ? (value: number) => Number.isSafeInteger(value) : null;
    default:
      return null;
  }
}

/** All of a schema's checks as one test; null when any is not read here. */
function checksTest(def: Def): ((value: never) => boolean) | null {
  const tests: ((value: never) => boolean)[] = [];
  for (const check of def.checks ?? []) {
    const test = checkTest(check._zod.def);
    if (!test) return null;
    tests.push(test);
  }
  if (tests.length === 0) return () => true;
  return (value: never) => {
    for (let i = 0; i < tests.length; i += 1) if (!tests[i](value)) return false;
    return true;
  };
}

/** A fast check for `schema`: true when zod's parse would accept `value` and return it as it is. */
export function fastCheck(schema: z.core.$ZodType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean': {
      const test = checksTest(def);
      if (!test) return never;
      const type = def.type;
      // zod's number rejects NaN and ±Infinity before any check.
      if (type === 'number') return (value) => typeof value === 'number' && Number.isFinite(value) && test(value as never);
      return (value) => typeof value === type && test(value as never);
    }
    case 'enum': {
      if (def.checks?.length) return never;
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = fastCheck(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const test = checksTest(def);
      if (!test) return never;
      const element = fastCheck(def.element!);
      return (value) => {
        if (!Array.isArray(value) || !test(value as never)) return false;
        for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'object':
      return objectCheck(def);
    default:
      return never;
  }
}

/**
 * An object as zod returns it: the schema's keys in the schema's order, absent optional keys left out,
 * every default present (zod would fill an absent one), no key the schema does not list (zod would
 * drop it); each value checked, then the object's own checks (refine,
 * superRefine), which must raise no issue.
 */
function objectCheck(def: Def): Check {
  if (def.catchall !== undefined || !def.shape) return never;
  const keys = Object.keys(def.shape);
  const checks: Check[] = keys.map((key) => {
    const fieldDef = defOf(def.shape![key]);
    // A default's inner schema, with no undefined: an absent key with a default is one zod would fill.
    return fieldDef.type === 'default' ? fastCheck(fieldDef.innerType!) : fastCheck(def.shape![key]);
  });
  const ownChecks = def.checks ?? [];
  if (ownChecks.some((check) => check._zod.def.when !== undefined)) return never;
  return (value) => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
    const input = value as Record<string, unknown>;
    // One pass over the object's own keys, matching each to the next schema key it can be: the keys
    // skipped must be ones zod leaves out when absent.
    let k = 0;
    for (const key in input) {
      if (!Object.hasOwn(input, key)) continue;
      while (k < keys.length && keys[k] !== key) {
        if (!checks[k](undefined)) return false;
        k += 1;
      }
      if (k === keys.length) return false;
      // A key holding undefined zod keeps where the key is optional, and fills where it has a default.
      if (!checks[k](input[key])) return false;
      k += 1;
    }
    for (; k < keys.length; k += 1) if (!checks[k](undefined)) return false;
    for (const check of ownChecks) {
      const payload = { value, issues: [] as unknown[] };
      const ran = check._zod.check(payload);
      if (ran instanceof Promise || payload.issues.length > 0) return false;
    }
    return true;
  };
}

/** The value zod gives each key of an object schema that has a default when it is absent (a fresh copy each call). */
export function defaultsOf(schema: z.core.$ZodType): ReadonlyMap<string, () => unknown> {
  const shape = defOf(schema).shape ?? {};
  const defaults = new Map<string, () => unknown>();
  for (const [key, field] of Object.entries(shape)) {
    const fieldDef = field._zod.def as unknown as { type: string; defaultValue: unknown };
    if (fieldDef.type === 'default') defaults.set(key, () => fieldDef.defaultValue);
  }
  return defaults;
}
