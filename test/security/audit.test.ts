import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditProject,
  bundledPackages,
  electronBundleModules,
  rendererBundleModules,
  seriousFindings,
  type AuditReport,
  type BundledPackage,
} from './bundled-packages';
import { root } from './fuse-config';

/**
 * What ships: nothing from npm at run time. Everything the app uses is bundled by esbuild and Vite,
 * so package.json has no `dependencies`, every library is a devDependency, and `npm audit
 * --omit=dev` would audit nothing. So the audit covers exactly the packages the bundlers put into
 * the app (bundled-packages.ts), failing on a high or critical advisory; it is skipped, saying why,
 * only when the advisory endpoint cannot be reached.
 */

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

/** npm as `npm test` runs it (npm_execpath), else the npm on PATH. */
function npm(args: string[], cwd = root) {
  const cli = process.env.npm_execpath;
  const [command, argv] = cli && /\.c?js$/.test(cli) ? [process.execPath, [cli, ...args]] : ['npm', args];
  return spawnSync(command, argv, { cwd, encoding: 'utf8', timeout: 120_000, shell: process.platform === 'win32' });
}

describe('runtime dependencies', () => {
  it('package.json has no dependencies: everything is bundled', () => {
    const pkg = readJson<PackageJson>('package.json');
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
  });

  it('the npm `xlsx` package (SheetJS 0.18.5, with known unfixed advisories) is nowhere in the lockfile', () => {
    const lock = readJson<{ packages: Record<string, { version?: string; resolved?: string }> }>('package-lock.json');
    const xlsx = Object.entries(lock.packages)
      .filter(
        ([key, entry]) =>
          key === 'node_modules/xlsx' || key.endsWith('/node_modules/xlsx') || /\/xlsx-[^/]*\.tgz$/.test(entry.resolved ?? ''),
      )
      .map(([key, entry]) => `${key}@${entry.version ?? '?'}`);
    expect(xlsx).toEqual([]);
    expect(readJson<PackageJson>('package.json').devDependencies ?? {}).not.toHaveProperty('xlsx');
  });

  it('every package with an install script is allowed or denied by name in allowScripts', () => {
    // Install scripts run with the developer's rights at `npm ci`; none runs by npm's default alone.
    const lock = readJson<{ packages: Record<string, { hasInstallScript?: boolean }> }>('package-lock.json');
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    const allow = readJson<PackageJson & { allowScripts?: Record<string, boolean> }>('package.json').allowScripts ?? {};
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => typeof allow[name] !== 'boolean')).toEqual([]);
    // Node 22 itself comes from the `node` package's install script, so it must be allowed.
    expect(allow.node).toBe(true);
  });
});

describe('what ships is what is audited', () => {
  let packages: BundledPackage[] = [];
  beforeAll(async () => {
    packages = bundledPackages(new Map([...(await electronBundleModules()), ...(await rendererBundleModules())]));
    console.info(`[audit] bundled packages (${packages.length}): ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}`);
  }, 120_000);

  it('finds the packages in every bundle, from the bundlers themselves', () => {
    const inBundle = (bundle: RegExp) => packages.filter((p) => p.bundles.some((b) => bundle.test(b))).map((p) => p.name);
    // The preload is zod and our own code; main holds the shared code's libraries, no UI ones.
    expect(inBundle(/^preload\.cjs$/)).toEqual(['zod']);
    expect(inBundle(/^main\.cjs$/)).toContain('zod');
    expect(inBundle(/^main\.cjs$/)).not.toContain('react');
    expect(inBundle(/^renderer:/)).toEqual(expect.arrayContaining(['react', 'react-dom', 'dexie', 'recharts', 'zod']));
    expect(inBundle(/^worker:/)).toEqual(expect.arrayContaining(['papaparse', 'read-excel-file', 'zod']));
    // Tools never ship.
    for (const tool of ['vite', 'esbuild', 'electron', 'electron-builder', 'vitest', 'typescript']) {
      expect(packages.map((p) => p.name)).not.toContain(tool);
    }
  });

  it('npm audit of exactly the bundled packages: no high or critical advisories', (ctx) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tpp-bundled-audit-'));
    try {
      const project = auditProject(packages);
      writeFileSync(path.join(dir, 'package.json'), project.packageJson);
      writeFileSync(path.join(dir, 'package-lock.json'), project.packageLock);
      const run = npm(['audit', '--json'], dir);
      let report: AuditReport;
      try {
        report = JSON.parse(run.stdout) as AuditReport;
      } catch {
        const reason = `npm audit produced no report (exit ${run.status}${run.error ? `, ${run.error.message}` : ''}): ${run.stderr.trim().split('\n').pop() ?? ''}`;
        console.warn(`[audit] SKIPPED: ${reason}`);
        return ctx.skip(reason);
      }
      if (report.error || report.statusCode || !report.metadata) {
        const reason = `the npm advisory endpoint could not be used: ${report.message ?? report.error?.summary ?? report.error?.code ?? 'no metadata in the report'}`;
        console.warn(`[audit] SKIPPED auditing ${packages.length} bundled packages: ${reason}`);
        return ctx.skip(reason);
      }
      console.info(`[audit] ${packages.length} bundled packages audited: ${JSON.stringify(report.metadata.vulnerabilities)}`);
      expect(seriousFindings(report)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the audit project holds every bundled package at its locked version, and nothing else', () => {
    const lock = JSON.parse(auditProject(packages).packageLock) as { packages: Record<string, { version?: string; dev?: boolean }> };
    const keys = Object.keys(lock.packages).filter((key) => key !== '');
    expect(keys.sort()).toEqual(packages.map((p) => p.lockKey).sort());
    for (const p of packages) expect(lock.packages[p.lockKey]).toMatchObject({ version: p.version });
    expect(keys.filter((key) => lock.packages[key].dev)).toEqual([]);
  });

  it('a high or critical advisory in a bundled package fails the audit; lower ones do not', () => {
    const report: AuditReport = {
      vulnerabilities: {
        papaparse: { severity: 'high', via: [] },
        dexie: { severity: 'critical', via: [] },
        clsx: { severity: 'moderate', via: [] },
      },
    };
    expect(seriousFindings(report)).toEqual(['papaparse (high)', 'dexie (critical)']);
  });
});
