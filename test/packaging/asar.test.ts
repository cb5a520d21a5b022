import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

/** What @electron/fuses looks for: sentinel, wire version 1, wire length, then one byte per fuse. */
function fakeElectronBinary(): Buffer {
  // Electron's shipped defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
  // asar integrity off, only-asar off, V8 snapshot off, file:// privileges on.
  const wire = '10110001';
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron: packaging test only" >&2\nexit 1\n# '),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, wire.length]),
    Buffer.from(`${wire}\n`),
  ]);
}

function electronBuilder(extra: string[], outDir: string, electronDist: string) {
  return run([
    path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${ELECTRON_VERSION}`,
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

  it('flips the security fuses in the packaged executable', async () => {
    // @electron/fuses does not export its FuseState enum: '0' and '1' as bytes.
    const FuseState = { DISABLE: 48, ENABLE: 49 } as const;
    const wire = await getCurrentFuseWire(path.join(appDir, 'trust-procurement-planner'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
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
        [
          `extends: ${JSON.stringify(path.join(root, 'electron-builder.yml'))}`,
          'asar: perhaps',
          'notAnOption: true',
          '',
        ].join('\n'),
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
    expect(yml).toMatch(/- AppImage/);
    expect(yml).toMatch(/- deb/);
  });
});
