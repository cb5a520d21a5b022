import type { z } from 'zod';
import { contractSchema, type Contract } from '../domain/contract';
import { IMPORT_FIELDS, type ImportField } from './fields';
import { defaultsOf, fastCheck } from './zod-fast-check';

/*
 * The contract a register row would store, built from the row's values over the portfolio's
 * contract, and checked against contractSchema (row-reader.ts). Runs once a row, 100,000 times for a
 * large register, hence the care below over how each object is made.
 */

const FIELD_INDEX = new Map<ImportField, number>(IMPORT_FIELDS.map((f, i) => [f, i]));

/**
 * The contract's keys in contractSchema's order, each with its import field's position (or -1) and
 * the default zod fills when it is absent: a candidate built in this order, defaults filled, is
 * exactly the record zod would return for it.
 */
const CONTRACT_KEYS: readonly { key: string; index: number; fill: (() => unknown) | undefined }[] = (() => {
  const defaults = defaultsOf(contractSchema);
  return Object.keys(contractSchema.shape).map((key) => ({
    key,
    index: FIELD_INDEX.get(key as ImportField) ?? -1,
    fill: defaults.get(key),
  }));
})();
/** 2^k for key k: a candidate's set of keys as one number, exact while the schema has at most 53 keys (48 today). */
const BIT = CONTRACT_KEYS.map((_, k) => 2 ** k);
/** Past 53 keys two sets could share a number and so a shape: candidates are then built key by key. */
const SHAPES_EXACT = CONTRACT_KEYS.length <= 53;

/**
 * One object per set of keys a candidate holds, every value undefined, in V8's fast (not
 * dictionary) form: a copy of it is a candidate made in one step. An object given 30 keys one by one
 * by computed name turns into a dictionary after the 16th, which made each contract several times
 * larger and slower to build, check and store (a profile of 30,000 rows). A register's rows hold few
 * different sets, so a few are kept; past that, objects are built key by key.
 */
const SHAPES = new Map<number, Readonly<Record<string, unknown>>>();
const MAX_SHAPES = 256;

function shapeOf(keys: number, keyed: readonly boolean[]): Readonly<Record<string, unknown>> | undefined {
  if (!SHAPES_EXACT) return undefined;
  let shape = SHAPES.get(keys);
  if (shape === undefined && SHAPES.size < MAX_SHAPES) {
    const byName: Record<string, unknown> = {};
    for (let k = 0; k < CONTRACT_KEYS.length; k += 1) if (keyed[k]) byName[CONTRACT_KEYS[k].key] = undefined;
    // A spread defines each key by name, which keeps the copy fast whatever form byName took.
    shape = { ...byName };
    SHAPES.set(keys, shape);
  }
  return shape;
}

const slots: unknown[] = new Array(CONTRACT_KEYS.length);
const keyed: boolean[] = new Array(CONTRACT_KEYS.length);

/**
 * The row's values (by import field position) over `base` (the portfolio's contract, or the import
 * defaults), in contractSchema's key order with zod's defaults filled. Fields no register column
 * fills (the sample flag; the Procurement Act record: regime facts, KPIs and their ratings,
 * modification history, notice log…) stay as the portfolio holds them.
 */
export function buildCandidate(
  values: readonly unknown[],
  base: Readonly<Record<string, unknown>>,
  previous: Contract | undefined,
): Record<string, unknown> {
  let keys = 0;
  for (let k = 0; k < CONTRACT_KEYS.length; k += 1) {
    const { key, index, fill } = CONTRACT_KEYS[k];
    let value = index >= 0 && values[index] !== undefined ? values[index] : base[key];
    if (value === undefined && fill !== undefined) value = fill();
    slots[k] = value;
    // A stored key holding undefined is passed on as it was, for zod to decide.
    keyed[k] = value !== undefined || (index < 0 && previous !== undefined && Object.hasOwn(previous, key));
    if (keyed[k]) keys += BIT[k];
  }
  const shape = shapeOf(keys, keyed);
  const candidate: Record<string, unknown> = shape ? { ...shape } : {};
  for (let k = 0; k < CONTRACT_KEYS.length; k += 1) {
    if (keyed[k]) candidate[CONTRACT_KEYS[k].key] = slots[k];
    slots[k] = undefined;
  }
  if (previous)
    for (const key of Object.keys(previous))
      if (!Object.hasOwn(contractSchema.shape, key)) candidate[key] = previous[key as keyof Contract];
  return candidate;
}

/** Whether zod would return a candidate as it is (zod-fast-check.ts). */
const isContractAsParsed = fastCheck(contractSchema);
export type CheckedContract = { success: true; data: Contract } | { success: false; error: z.ZodError };

/**
 * A candidate checked against contractSchema: without zod when it already is what zod would return,
 * else by zod, whose issues then say what is wrong. `zodOnly` is for the test that holds the two equal.
 */
export function checkContract(candidate: Record<string, unknown>, zodOnly: boolean): CheckedContract {
  if (!zodOnly && isContractAsParsed(candidate)) return { success: true, data: candidate as Contract };
  return contractSchema.safeParse(candidate);
}
