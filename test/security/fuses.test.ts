import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { builderKey, electronFusesSection, fuseNames, releaseFuseDecisions, root, type FuseName } from './fuse-config';

/**
 * The release build's Electron fuses (electron-builder.yml, `electronFuses`). Every fuse the installed
 * @electron/fuses knows must be decided there, so an upgrade that brings a new fuse fails here until
 * someone decides it, in electron-builder.yml and in the table below.
 */

/** The decided release values. Keyed by FuseName, so TypeScript also insists on every fuse. */
const DECIDED: Record<FuseName, boolean> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // No browser-specific snapshot is shipped; enabled, Electron would look for one that is not there.
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

/** electronFuses keys that are options of electron-builder's, not fuses. */
const NOT_FUSES = new Set(['resetAdHocDarwinSignature']);

describe('release fuses (electron-builder.yml)', () => {
  it('knows the fuses of the installed @electron/fuses', () => {
    // Guards the enum reading itself: an empty list would make every check below vacuous.
    expect(fuseNames().length).toBeGreaterThanOrEqual(8);
    for (const name of fuseNames()) expect(typeof FuseV1Options[name]).toBe('number');
  });

  it('decides every fuse the installed @electron/fuses knows, with a boolean', () => {
    const decisions = releaseFuseDecisions();
    const undecided = fuseNames().filter((name) => decisions[name] === undefined);
    expect(undecided, `undecided fuses: add ${undecided.map(builderKey).join(', ')} to electronFuses`).toEqual([]);
  });

  it('has the decision table in this test cover every fuse too', () => {
    const missing = fuseNames().filter((name) => !(name in DECIDED));
    expect(missing, 'decide these fuses in DECIDED (and electron-builder.yml)').toEqual([]);
  });

  it('sets the strict release values', () => {
    expect(releaseFuseDecisions()).toEqual(DECIDED);
  });

  it('has nothing in electronFuses that is neither a known fuse nor a known option', () => {
    const known = new Set([...fuseNames().map(builderKey), ...NOT_FUSES]);
    expect(Object.keys(electronFusesSection()).filter((key) => !known.has(key))).toEqual([]);
  });

  it('is passed in full by electron-builder to @electron/fuses', async () => {
    // electron-builder copies only the fuses it knows from electronFuses into the @electron/fuses
    // config (it has no strictlyRequireAllFuses): a fuse it does not know would be silently left at
    // Electron's default. Run its own translation and check that every decision comes through.
    const fromBuilder = createRequire(path.join(root, 'node_modules', 'electron-builder', 'package.json'));
    const appBuilderLib = fromBuilder.resolve('app-builder-lib');
    // electron-builder must flip fuses with the same @electron/fuses whose enum this test reads.
    expect(createRequire(appBuilderLib).resolve('@electron/fuses')).toBe(createRequire(import.meta.url).resolve('@electron/fuses'));

    const { PlatformPackager } = fromBuilder(appBuilderLib) as {
      PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
    };
    const config = await PlatformPackager.prototype.generateFuseConfig.call(null, electronFusesSection());
    const passed = Object.fromEntries(fuseNames().map((name) => [name, config[FuseV1Options[name]]]));
    expect(passed).toEqual(DECIDED);
  });
});
