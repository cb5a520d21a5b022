import {
  checkPolicyValue,
  DEFAULTS_PREFIX,
  POLICY_DEFAULTS,
  POLICY_KEYS,
  POLICY_SOURCE_LABELS,
  POLICY_SOURCES,
  type PolicyKey,
  type PolicyScalar,
  type PolicySource,
  type RawPolicy,
} from './keys';

/** What one source held: its values, or why it could not be read at all. */
export interface PolicyReading {
  source: PolicySource;
  /** The file or registry key, for messages. */
  where: string;
  values: RawPolicy;
  /** Set when the whole source was unusable (a file that is not JSON): its values are then empty. */
  error?: string;
  /** Parts of a usable source that were not (a list where one value belongs). */
  problems?: string[];
}

export interface PolicyValue {
  value: PolicyScalar;
  source: PolicySource;
}

export interface PolicyWarning {
  source: PolicySource;
  where: string;
  message: string;
}

/** The policy in force, as the renderer receives it over IPC (policy:get). */
export interface EffectivePolicy {
  values: Partial<Record<PolicyKey, PolicyValue>>;
  /** Default settings set by the organisation, by their dotted path in Settings ("discount.rate"). */
  defaults: Record<string, PolicyValue>;
  warnings: PolicyWarning[];
}

export const NO_POLICY: EffectivePolicy = { values: {}, defaults: {}, warnings: [] };

const FOLDER_KEYS: ReadonlySet<string> = new Set<PolicyKey>(['DataFolder', 'BackupFolder']);

/** %VAR% expanded from `env` (names compared without case, as Windows does); null if one is unknown. */
export function expandEnvironment(value: string, env: Record<string, string | undefined>): string | null {
  const byName = new Map(Object.entries(env).map(([name, v]) => [name.toUpperCase(), v]));
  let unknown = false;
  const expanded = value.replace(/%([^%\s]+)%/g, (_match, name: string) => {
    const found = byName.get(name.toUpperCase());
    if (found === undefined || found === '') unknown = true;
    return found ?? '';
  });
  return unknown ? null : expanded;
}

/**
 * Merges the sources key by key: for each key the first source in POLICY_SOURCES order with a valid
 * value wins. An invalid value is ignored with a warning and the next source may supply the key;
 * a source that could not be read is ignored whole, with a warning.
 */
export function resolvePolicy(readings: PolicyReading[], env: Record<string, string | undefined> = {}): EffectivePolicy {
  const ordered = [...readings].sort((a, b) => POLICY_SOURCES.indexOf(a.source) - POLICY_SOURCES.indexOf(b.source));
  const result: EffectivePolicy = { values: {}, defaults: {}, warnings: [] };
  for (const reading of ordered) {
    const warn = (message: string) => result.warnings.push({ source: reading.source, where: reading.where, message });
    if (reading.error) {
      warn(`${POLICY_SOURCE_LABELS[reading.source]} (${reading.where}) could not be used: ${reading.error}`);
      continue;
    }
    for (const problem of reading.problems ?? []) warn(problem);
    for (const [key, raw] of Object.entries(reading.values)) {
      let value: PolicyScalar | null = raw;
      if (FOLDER_KEYS.has(key) && typeof raw === 'string') {
        value = expandEnvironment(raw, env);
        if (value === null) {
          warn(`"${key}" names an environment variable this computer does not have, so it was ignored (it was ${JSON.stringify(raw)})`);
          continue;
        }
      }
      const checked = checkPolicyValue(key, value);
      if (!checked.ok) {
        warn(checked.message);
        continue;
      }
      if (key.startsWith(DEFAULTS_PREFIX)) {
        const path = POLICY_DEFAULTS[key.slice(DEFAULTS_PREFIX.length)].path.join('.');
        result.defaults[path] ??= { value: checked.value, source: reading.source };
      } else {
        result.values[key as PolicyKey] ??= { value: checked.value, source: reading.source };
      }
    }
  }
  return result;
}

const pascal = (segment: string) => segment.charAt(0).toUpperCase() + segment.slice(1);

/**
 * The policy file: JSON whose names are the keys' camelCase paths (docs/it-deployment.md), e.g.
 * { "dataFolder": "D:\\Planner", "updates": { "enabled": true, "url": "https://…" },
 *   "defaults": { "discount": { "rate": 0.035 } } }.
 * Not JSON, or not an object: the whole file is unusable. A value that is not a plain value is
 * reported under its key, and the rest of the file still applies.
 */
export function policyFromJson(text: string): { values: RawPolicy; error?: string; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { values: {}, problems: [], error: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { values: {}, problems: [], error: 'it must hold one JSON object of settings' };
  }
  const values: RawPolicy = {};
  const problems: string[] = [];
  const walk = (node: Record<string, unknown>, path: string[]) => {
    for (const [name, child] of Object.entries(node)) {
      const at = [...path, name];
      if (child !== null && typeof child === 'object' && !Array.isArray(child)) walk(child as Record<string, unknown>, at);
      else if (typeof child === 'string' || typeof child === 'number' || typeof child === 'boolean') {
        const [first, ...rest] = at;
        values[first === 'defaults' ? `${DEFAULTS_PREFIX}${rest.map(pascal).join('')}` : at.map(pascal).join('')] = child;
      } else problems.push(`"${at.join('.')}" must be a single value, so it was ignored`);
    }
  };
  walk(parsed as Record<string, unknown>, []);
  return { values, problems };
}

/** Every key a policy may set, for documentation and the sample files. */
export function allPolicyKeys(): string[] {
  return [...Object.keys(POLICY_KEYS), ...Object.keys(POLICY_DEFAULTS).map((name) => `${DEFAULTS_PREFIX}${name}`)];
}

/** Whether this installation checks for updates, and why, in words for the Settings screen. */
export type UpdatesStatus = { on: true; url: string; reason: string } | { on: false; reason: string };

/** What the renderer gets over IPC (policy:get): the policy in force and what it means for updates. */
export interface DesktopPolicy extends EffectivePolicy {
  updates: UpdatesStatus;
}
