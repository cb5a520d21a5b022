import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuseNames, FuseState, releaseFuseDecisions } from '../security/fuse-config';

/**
 * Packages the real build with the real electron-builder.yml, on a machine with no Electron binary:
 * electron-builder is given a stand-in "unpacked Electron" directory (electronDist) holding a fake
 * `electron` executable. It copies that, renames it, writes resources/app.asar and flips the fuses
 * in it, so the fake carries the fuse sentinel and wire a real binary has.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const node = process.execPath;
const TIMEOUT = 180_000;
const ELECTRON_VERSION = '45.4.1';

// electron-builder goes quiet when it sees VITEST in the environment; its log is part of the check.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
Object.assign(env, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false', FORCE_COLOR: '0' });

function run(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(node, args, { cwd: root, env, encoding: 'utf8', timeout: TIMEOUT });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The stand-in's fuse wire: one byte per fuse the installed @electron/fuses knows, each set to the
 * OPPOSITE of its release decision in electron-builder.yml, so the read-back below proves that
 * electron-builder wrote every single fuse. (Electron's shipped defaults would not do: they already
 * equal the decision for LoadBrowserProcessSpecificV8Snapshot, so that fuse would pass untouched.)
 */
function standInWire(): string {
  const decisions = releaseFuseDecisions();
  return fuseNames()
    .sort((a, b) => FuseV1Options[a] - FuseV1Options[b])
    .map((name) => (decisions[name] ? '0' : '1'))
    .join('');
}

/** What @electron/fuses looks for: sentinel, wire version 1, wire length, then one byte per fuse. */
function fakeElectronBinary(): Buffer {
  const wire = standInWire();
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron: packaging test only" >&2\nexit 1\n# '),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, wire.length]),
    Buffer.from(`${wire}\n`),
  ]);
}

function electronBuilder(extra: string[], outDir: string, electronDist: string, electronVersion = ELECTRON_VERSION) {
  return run([
    path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${outDir}`,
    ...extra,
  ]);
}

let work = '';
let electronDist = '';
let asarPath = '';
let appDir = '';
let entries: string[] = [];
let builderOutput = '';

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'tpp-packaging-'));
  electronDist = path.join(work, 'electron-dist');
  mkdirSync(electronDist, { recursive: true });
  writeFileSync(path.join(electronDist, 'electron'), fakeElectronBinary());
  chmodSync(path.join(electronDist, 'electron'), 0o755);

  // The real builds. The renderer is built only if missing: it is slow and `npm run build` owns it.
  const electronBuild = run([path.join(root, 'electron', 'build.mjs')]);
  expect(electronBuild.status, electronBuild.output).toBe(0);
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    const viteBuild = run([path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
    expect(viteBuild.status, viteBuild.output).toBe(0);
  }

  const outDir = path.join(work, 'release');
  const packaged = electronBuilder([], outDir, electronDist);
  builderOutput = packaged.output;
  expect(packaged.status, packaged.output).toBe(0);
  appDir = path.join(outDir, 'linux-unpacked');
  asarPath = path.join(appDir, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packaged app.asar', () => {
  it('holds the bundled main process, preload and renderer', () => {
    expect(entries).toEqual(
      expect.arrayContaining(['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'package.json']),
    );
    expect(entries.some((e) => e.startsWith('dist/renderer/assets/') && e.endsWith('.js'))).toBe(true);
  });

  it('has a package.json whose main is inside the archive, with no runtime dependencies', () => {
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(entries).toContain(pkg.main);
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.devDependencies).toBeUndefined();
  });

  it('holds no sources, tests, sourcemaps or node_modules', () => {
    const offending = entries.filter(
      (e) =>
        /\.(ts|tsx|mts|cts)$/.test(e) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(e) ||
        e.endsWith('.map') ||
        e.split('/').includes('node_modules') ||
        /^(electron|shared|renderer|test|assets)\//.test(e),
    );
    expect(offending).toEqual([]);
    expect(entries.every((e) => e === 'package.json' || e.startsWith('dist'))).toBe(true);
  });

  it('ships production bundles: no sourcemap links, preload needs only electron', () => {
    const main = extractFile(asarPath, 'dist/electron/main.cjs').toString('utf8');
    const preload = extractFile(asarPath, 'dist/electron/preload.cjs').toString('utf8');
    for (const code of [main, preload]) expect(code).not.toContain('sourceMappingURL');

    const requires = (code: string) => [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    // The sandboxed preload can require nothing but 'electron'.
    expect(new Set(requires(preload))).toEqual(new Set(['electron']));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(requires(main).filter((m) => m !== 'electron' && !builtins.has(m))).toEqual([]);
  });

  it('flips every fuse in the packaged executable to its release decision', async () => {
    const decisions = releaseFuseDecisions();
    const wire = await getCurrentFuseWire(path.join(appDir, 'trust-procurement-planner'));
    const packed = Object.fromEntries(fuseNames().map((name) => [name, wire[FuseV1Options[name]]]));
    const expected = Object.fromEntries(fuseNames().map((name) => [name, decisions[name] ? FuseState.ENABLE : FuseState.DISABLE]));
    expect(packed).toEqual(expected);
    // Spelled out for the ones that matter most, so a wrong decision cannot hide in the table.
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE);
  });

  it('downloaded nothing and rebuilt nothing', () => {
    expect(builderOutput).toContain('using custom unpacked Electron distribution');
    expect(builderOutput).toMatch(/skipped dependencies rebuild/);
    expect(builderOutput).not.toMatch(/download/i);
  });
});

describe('electron-builder configuration', () => {
  it(
    'is validated: an invalid configuration is rejected',
    () => {
      const bad = path.join(work, 'bad-builder.yml');
      writeFileSync(
        bad,
        [`extends: ${JSON.stringify(path.join(root, 'electron-builder.yml'))}`, 'asar: perhaps', 'notAnOption: true', ''].join('\n'),
      );
      const result = electronBuilder(['--config', bad], path.join(work, 'bad-release'), electronDist);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/Invalid configuration object/);
      expect(result.output).toContain("unknown property 'notAnOption'");
      expect(result.output).toContain('configuration.asar');
      expect(existsSync(path.join(work, 'bad-release', 'linux-unpacked', 'resources', 'app.asar'))).toBe(false);
    },
    TIMEOUT,
  );

  it('the real configuration declares the platform targets', () => {
    const yml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^asar: true$/m);
    expect(yml).toMatch(/target: nsis/);
    expect(yml).toMatch(/perMachine: false/);
    expect(yml).toMatch(/target: dmg/);
    expect(yml).toMatch(/- deb/);
  });
});

/**
 * Finds a real Electron for Linux the way node_modules/electron/index.js does, without requiring it
 * (requiring 'electron' with no binary starts a download): ELECTRON_OVERRIDE_DIST_PATH first, then
 * node_modules/electron/dist. The packaging above runs `--linux`, so only a Linux binary will do.
 */
function findRealElectron(): { dist: string; binary: string; version: string } | { skip: string } {
  if (process.platform !== 'linux') return { skip: `this check packs for Linux and the host is ${process.platform}` };
  const packageDir = path.join(root, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const dist = override || path.join(packageDir, 'dist');
  const binary = path.join(dist, 'electron');
  if (!existsSync(binary)) {
    return {
      skip: override
        ? `ELECTRON_OVERRIDE_DIST_PATH=${override} holds no 'electron' executable`
        : 'no Electron binary on this machine (node_modules/electron/dist is missing: the binary download was skipped); set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron for Linux to run it',
    };
  }
  const versionFile = path.join(dist, 'version');
  const version = existsSync(versionFile)
    ? readFileSync(versionFile, 'utf8').trim().replace(/^v/, '')
    : (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  return { dist, binary, version };
}

const realElectron = findRealElectron();
if ('skip' in realElectron) {
  console.warn(`[packaging] SKIPPED reading fuses back from a real packaged Electron app: ${realElectron.skip}.`);
}

describe('real Electron binary, packaged', () => {
  let realAppDir = '';

  beforeAll(() => {
    if ('skip' in realElectron) return;
    const outDir = path.join(work, 'release-real');
    const packaged = electronBuilder([], outDir, realElectron.dist, realElectron.version);
    expect(packaged.status, packaged.output).toBe(0);
    realAppDir = path.join(outDir, 'linux-unpacked');
  }, TIMEOUT);

  it('carries every fuse at its release decision', async (ctx) => {
    if ('skip' in realElectron) ctx.skip(`no real Electron binary: ${realElectron.skip}`);
    else {
      // A real binary starts from Electron's defaults, so this also shows the flip happened.
      const before = await getCurrentFuseWire(realElectron.binary);
      const after = await getCurrentFuseWire(path.join(realAppDir, 'trust-procurement-planner'));
      const decisions = releaseFuseDecisions();
      const missing = fuseNames().filter((name) => before[FuseV1Options[name]] === undefined);
      expect(missing, 'fuses this Electron does not have on its wire').toEqual([]);
      expect(Object.fromEntries(fuseNames().map((name) => [name, after[FuseV1Options[name]]]))).toEqual(
        Object.fromEntries(fuseNames().map((name) => [name, decisions[name] ? FuseState.ENABLE : FuseState.DISABLE])),
      );
    }
  });
});
