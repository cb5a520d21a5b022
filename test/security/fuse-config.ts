import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options } from '@electron/fuses';
import { load } from 'js-yaml';

/**
 * The release fuse decisions (electron/release-fuses.json, applied by the afterPack hook
 * electron/after-pack.mjs), keyed by the names of the installed @electron/fuses FuseV1Options enum.
 * Shared by test/security/fuses.test.ts (is every fuse decided?) and test/packaging/asar.test.ts
 * (did every decision reach the packed binary?).
 */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILDER_CONFIG = path.join(root, 'electron-builder.yml');

export type FuseName = keyof typeof FuseV1Options;

/** electron/release-fuses.json: the decision and the reason for each fuse. */
export const releaseFuses = JSON.parse(readFileSync(path.join(root, 'electron', 'release-fuses.json'), 'utf8')) as {
  fuses: Record<string, unknown>;
  why: Record<string, string>;
};

/** Every fuse the installed @electron/fuses knows (a TypeScript numeric enum also maps back). */
export function fuseNames(): FuseName[] {
  return Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))) as FuseName[];
}

/** electron-builder.yml, parsed with js-yaml (the parser electron-builder itself uses). */
export function readBuilderConfig(): Record<string, unknown> {
  return load(readFileSync(BUILDER_CONFIG, 'utf8')) as Record<string, unknown>;
}

/** The decision for each known fuse; a fuse that is missing or not a boolean is `undefined`. */
export function releaseFuseDecisions(): Record<FuseName, boolean | undefined> {
  const decided = releaseFuses.fuses;
  return Object.fromEntries(
    fuseNames().map((name) => {
      const value = decided[name];
      return [name, typeof value === 'boolean' ? value : undefined];
    }),
  ) as Record<FuseName, boolean | undefined>;
}

export { FuseState } from '@electron/fuses';
