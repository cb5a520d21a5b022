import type { Settings } from '../domain/settings';
import type { PolicyValue } from './resolve';

/**
 * Default settings the organisation set by policy win over the user's (docs/it-deployment.md,
 * "Policy"): the renderer writes them into the stored settings whenever those differ, so every
 * screen, report and export uses them, and shows them as "set by your organisation".
 */

type Tree = Record<string, unknown>;

function valueAt(settings: Settings, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Tree)[key] : undefined), settings);
}

function setAt(node: Tree, [key, ...rest]: string[], value: unknown): Tree {
  if (rest.length === 0) return { ...node, [key]: value };
  const child = node[key];
  return { ...node, [key]: setAt(child !== null && typeof child === 'object' ? (child as Tree) : {}, rest, value) };
}

/** The settings paths ("discount.rate") whose stored value is not the one the organisation set. */
export function pathsDifferingFromPolicy(settings: Settings, defaults: Record<string, PolicyValue>): string[] {
  return Object.entries(defaults)
    .filter(([path, { value }]) => !Object.is(valueAt(settings, path), value))
    .map(([path]) => path);
}

/** `settings` with every default the organisation set in place; the same object when nothing differs. */
export function withPolicyDefaults(settings: Settings, defaults: Record<string, PolicyValue>): Settings {
  const differing = pathsDifferingFromPolicy(settings, defaults);
  if (differing.length === 0) return settings;
  return differing.reduce(
    (next, path) => setAt(next as unknown as Tree, path.split('.'), defaults[path].value) as unknown as Settings,
    settings,
  );
}
