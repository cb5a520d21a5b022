import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseNames, readBuilderConfig, releaseFuseDecisions, releaseFuses, root, type FuseName } from './fuse-config';

/**
 * The release build's Electron fuses (electron/release-fuses.json, flipped by electron/after-pack.mjs).
 * Every fuse the installed @electron/fuses knows must be decided there, @electron/fuses must know every
 * fuse of the installed Electron, and the hook must refuse a binary with a fuse nobody decided.
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
  // Electron's (and Chrome's) default; the app runs no WebAssembly of its own.
  WasmTrapHandlers: true,
};

/**
 * The fuses on the wire of each Electron major this app has shipped with (Electron's
 * docs/tutorial/fuses.md). Upgrading Electron fails the test below until its fuses are listed here,
 * checked against the new Electron's documentation, and decided above.
 */
const ELECTRON_FUSES: Record<number, FuseName[]> = {
  45: [
    'RunAsNode',
    'EnableCookieEncryption',
    'EnableNodeOptionsEnvironmentVariable',
    'EnableNodeCliInspectArguments',
    'EnableEmbeddedAsarIntegrityValidation',
    'OnlyLoadAppFromAsar',
    'LoadBrowserProcessSpecificV8Snapshot',
    'GrantFileProtocolExtraPrivileges',
    'WasmTrapHandlers',
  ],
};

type AfterPack = {
  default(context: unknown): Promise<void>;
  releaseFuseConfig(platform: string, arch: string): Record<string | number, unknown>;
};
const hook = (await import(path.join(root, 'electron', 'after-pack.mjs'))) as AfterPack;

/** A stand-in binary: the fuse sentinel, wire version 1, then a wire of `length` fuses at '0'. */
function fakeBinary(dir: string, length: number): string {
  const file = path.join(dir, 'trust-procurement-planner');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('#!/bin/sh\nexit 1\n# dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, length]),
      Buffer.from('0'.repeat(length)),
    ]),
  );
  chmodSync(file, 0o755);
  return file;
}

describe('release fuses (electron/release-fuses.json)', () => {
  it('decides every fuse the installed @electron/fuses knows, with a boolean and a reason', () => {
    // Guards the enum reading itself: an empty list would make every check below vacuous.
    expect(fuseNames().length).toBeGreaterThanOrEqual(9);
    const decisions = releaseFuseDecisions();
    expect(fuseNames().filter((name) => decisions[name] === undefined)).toEqual([]);
    expect(fuseNames().filter((name) => !releaseFuses.why[name])).toEqual([]);
  });

  it('decides nothing @electron/fuses does not know', () => {
    expect(Object.keys(releaseFuses.fuses).filter((name) => !(name in FuseV1Options))).toEqual([]);
  });

  it('sets the strict release values', () => {
    expect(releaseFuseDecisions()).toEqual(DECIDED);
  });

  it('uses an @electron/fuses that knows every fuse of the installed Electron', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
      version: string;
    };
    const major = Number(version.split('.')[0]);
    const onTheWire = ELECTRON_FUSES[major];
    expect(onTheWire, `Electron ${major}: list its fuses in ELECTRON_FUSES (from its docs) and decide any new one`).toBeDefined();
    expect(fuseNames()).toEqual(onTheWire);
  });

  it('is flipped by our afterPack hook, not by electron-builder (whose electronFuses drops fuses it does not know)', () => {
    const config = readBuilderConfig();
    expect(config.electronFuses).toBeUndefined();
    expect(config.afterPack).toBe('./electron/after-pack.mjs');
    const fuses = hook.releaseFuseConfig('linux', 'x64');
    expect(fuses.strictlyRequireAllFuses).toBe(true);
    expect(Object.fromEntries(fuseNames().map((name) => [name, fuses[FuseV1Options[name]]]))).toEqual(DECIDED);
    expect(hook.releaseFuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(hook.releaseFuseConfig('win32', 'x64').resetAdHocDarwinSignature).toBe(false);
  });

  it('the hook flips every fuse of a binary it knows, and fails the build on a binary with an undecided fuse', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tpp-fuses-'));
    try {
      const context = (appOutDir: string) => ({
        appOutDir,
        electronPlatformName: 'linux',
        arch: 1,
        packager: { executableName: 'trust-procurement-planner', appInfo: { productFilename: 'Trust Procurement Planner' } },
      });
      const known = fakeBinary(dir, fuseNames().length);
      await hook.default(context(dir));
      const wire = await getCurrentFuseWire(known);
      expect(Object.fromEntries(fuseNames().map((name) => [name, wire[FuseV1Options[name]] === FuseState.ENABLE]))).toEqual(DECIDED);

      // An Electron with one more fuse than anyone has decided: the build stops.
      const newer = path.join(dir, 'newer');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(newer);
      copyFileSync(fakeBinary(newer, fuseNames().length + 1), path.join(newer, 'trust-procurement-planner'));
      await expect(hook.default(context(newer))).rejects.toThrow(/strictlyRequireAllFuses/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('electron-builder itself carries no other @electron/fuses into the hook', () => {
    // The hook resolves @electron/fuses from the project, whatever app-builder-lib bundles for itself.
    const fromHook = createRequire(path.join(root, 'electron', 'after-pack.mjs'));
    expect(fromHook.resolve('@electron/fuses')).toBe(createRequire(import.meta.url).resolve('@electron/fuses'));
  });
});
