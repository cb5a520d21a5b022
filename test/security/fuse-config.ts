import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options } from '@electron/fuses';
import { load } from 'js-yaml';

/**
 * The release fuse configuration, as electron-builder sees it, keyed by the names of the installed
 * @electron/fuses FuseV1Options enum. Shared by test/security/fuses.test.ts (is every fuse decided?)
 * and test/packaging/asar.test.ts (did every decision reach the packed binary?).
 */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILDER_CONFIG = path.join(root, 'electron-builder.yml');

export type FuseName = keyof typeof FuseV1Options;

/** Every fuse the installed @electron/fuses knows (a TypeScript numeric enum also maps back). */
export function fuseNames(): FuseName[] {
  return Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))) as FuseName[];
}

/** electron-builder's `electronFuses` key for a fuse: the enum name with a lower-case first letter. */
export function builderKey(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** electron-builder.yml, parsed with js-yaml (the parser electron-builder itself uses). */
export function readBuilderConfig(): Record<string, unknown> {
  return load(readFileSync(BUILDER_CONFIG, 'utf8')) as Record<string, unknown>;
}

/** The `electronFuses` section as written. */
export function electronFusesSection(): Record<string, unknown> {
  const section = readBuilderConfig().electronFuses;
  if (section === null || typeof section !== 'object') throw new Error('electron-builder.yml has no electronFuses section');
  return section as Record<string, unknown>;
}

/** The decision for each known fuse; a fuse that is missing or not a boolean is `undefined`. */
export function releaseFuseDecisions(): Record<FuseName, boolean | undefined> {
  const section = electronFusesSection();
  return Object.fromEntries(
    fuseNames().map((name) => {
      const value = section[builderKey(name)];
      return [name, typeof value === 'boolean' ? value : undefined];
    }),
  ) as Record<FuseName, boolean | undefined>;
}

/** @electron/fuses does not export its FuseState enum: the wire holds ASCII '0' and '1'. */
export const FuseState = { DISABLE: 48, ENABLE: 49 } as const;
