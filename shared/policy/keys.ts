import { z } from 'zod';
import { settingsSchema } from '../domain/settings';

/**
 * What an IT team may set for every user of a machine (docs/it-deployment.md). One flat list of
 * named keys serves the policy file, the registry and the ADMX template alike; the same validation
 * applies whichever source a value comes from.
 */

export { POLICY_SOURCE_LABELS, POLICY_SOURCES, type PolicySource } from './sources';

export type PolicyScalar = string | number | boolean;

/** A raw value as a source holds it: JSON gives typed values, the registry strings and DWORDs. */
export type RawPolicy = Record<string, PolicyScalar>;

const absolutePath = z
  .string()
  .min(1)
  .max(1000)
  .refine(
    (p) => /^(?:[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+|\/)/.test(p),
    'must be a full path, such as D:\\Planner or \\\\server\\share\\Planner',
  );

const httpsAddress = z
  .string()
  .max(2000)
  .refine((u) => {
    try {
      const url = new URL(u);
      return url.protocol === 'https:' && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'must be an https:// address without a user name or password');

/** A boolean, from JSON true/false or a registry DWORD 0/1. */
const flag = z.union([z.boolean(), z.literal(0).transform(() => false), z.literal(1).transform(() => true)]);

export const POLICY_KEYS = {
  DataFolder: { schema: absolutePath, label: 'Data folder' },
  BackupFolder: { schema: absolutePath, label: 'Backup folder' },
  UpdatesEnabled: { schema: flag, label: 'Updates' },
  UpdatesUrl: { schema: httpsAddress, label: 'Update address' },
  /** The subject (CN) of the certificate updates must be signed with; several separated by ';'. */
  UpdatesPublisher: { schema: z.string().min(1).max(500), label: 'Update publisher' },
  SampleDisabled: { schema: flag, label: 'Sample portfolio' },
} as const;
export type PolicyKey = keyof typeof POLICY_KEYS;

/** The prefix of a default setting's key: `Defaults.DiscountRate` is settings.discount.rate. */
export const DEFAULTS_PREFIX = 'Defaults.';

type Leaf = { path: string[]; schema: z.ZodType };

function unwrapDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

/** Every number, string and boolean setting, as a path into Settings and its own schema. */
function settingLeaves(schema: z.ZodType = settingsSchema, path: string[] = []): Leaf[] {
  const inner = unwrapDefault(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) => settingLeaves(child, [...path, key]));
  }
  if (inner instanceof z.ZodNumber || inner instanceof z.ZodString || inner instanceof z.ZodBoolean) return [{ path, schema: inner }];
  return []; // tables and lists are not settable by policy
}

const pascal = (segment: string) => segment.charAt(0).toUpperCase() + segment.slice(1);

/**
 * The default settings IT may set, named by their path in PascalCase (discount.rate is
 * `DiscountRate`, leadTimesMonths.openProcedure is `LeadTimesMonthsOpenProcedure`), read from the
 * settings schema so every setting the app gains can be set by policy with no other change.
 */
export const POLICY_DEFAULTS: Record<string, Leaf> = Object.fromEntries(
  settingLeaves().map((leaf) => [leaf.path.map(pascal).join(''), leaf]),
);

/** Registry strings become numbers where the setting is a number ("0.035" for a rate). */
function coerceFor(schema: z.ZodType, value: PolicyScalar): PolicyScalar {
  if (schema instanceof z.ZodNumber && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

/** What a value must be, in words, for a setting's schema (never zod's own message). */
function expected(schema: z.ZodType): string {
  if (schema instanceof z.ZodNumber) {
    const kind = schema.format === 'safeint' || schema.isInt ? 'a whole number' : 'a number';
    const { minValue: min, maxValue: max } = schema;
    const finite = (n: number | null) => n !== null && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER;
    if (finite(min) && finite(max)) return `must be ${kind} from ${min} to ${max}`;
    if (finite(min)) return `must be ${kind} of at least ${min}`;
    return `must be ${kind}`;
  }
  if (schema instanceof z.ZodString)
    return schema.maxLength === null ? 'must be text' : `must be text of at most ${schema.maxLength} characters`;
  if (schema instanceof z.ZodBoolean) return 'must be true or false';
  return 'is not valid';
}

export type Checked = { ok: true; value: PolicyScalar } | { ok: false; message: string };

/** Validates one raw value for a key (a PolicyKey, or Defaults.<Name>). */
export function checkPolicyValue(key: string, raw: PolicyScalar): Checked {
  const defaultName = key.startsWith(DEFAULTS_PREFIX) ? key.slice(DEFAULTS_PREFIX.length) : null;
  const schema =
    defaultName !== null ? POLICY_DEFAULTS[defaultName]?.schema : (POLICY_KEYS as Record<string, { schema: z.ZodType }>)[key]?.schema;
  if (!schema) return { ok: false, message: `"${key}" is not a setting the planner knows, so it was ignored` };
  const parsed = schema.safeParse(coerceFor(schema, raw));
  if (parsed.success) return { ok: true, value: parsed.data as PolicyScalar };
  // Our own refinements say what they need in words; otherwise describe the setting's range.
  const custom = parsed.error.issues.find((issue) => issue.code === 'custom')?.message;
  const why =
    custom ??
    (schema === POLICY_KEYS.UpdatesEnabled.schema || schema === POLICY_KEYS.SampleDisabled.schema
      ? 'must be true or false (1 or 0 in the registry)'
      : expected(schema));
  return { ok: false, message: `"${key}" ${why}, so it was ignored (it was ${JSON.stringify(raw)})` };
}
