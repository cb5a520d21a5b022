import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './fuse-config';

/**
 * What ships: nothing from npm at run time. Everything the app uses is bundled by esbuild and Vite,
 * so package.json has no `dependencies` and `npm audit --omit=dev` has nothing to find. The audit
 * still runs, so that a runtime dependency added later is audited, and it is skipped, saying why,
 * when the advisory endpoint cannot be reached (a machine without it must not fail on that alone).
 */

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; isDirect: boolean }>;
  metadata?: {
    vulnerabilities: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number>;
    dependencies: { prod: number; dev: number; total: number };
  };
  /** npm's shape when the request failed. */
  error?: { code?: string; summary?: string; detail?: string };
  message?: string;
  statusCode?: number;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

/** npm as `npm test` runs it (npm_execpath), else the npm on PATH. */
function npm(args: string[]) {
  const cli = process.env.npm_execpath;
  const [command, argv] = cli && /\.c?js$/.test(cli) ? [process.execPath, [cli, ...args]] : ['npm', args];
  return spawnSync(command, argv, { cwd: root, encoding: 'utf8', timeout: 120_000, shell: process.platform === 'win32' });
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

  it('npm audit --omit=dev: no high or critical advisories', (ctx) => {
    const run = npm(['audit', '--omit=dev', '--json']);
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
      console.warn(`[audit] SKIPPED: ${reason}`);
      return ctx.skip(reason);
    }
    const { vulnerabilities, dependencies } = report.metadata;
    // npm counts the project itself as one production package. With no others it has nothing to
    // send, so it reports zero without contacting the advisory endpoint at all.
    const prodPackages = dependencies.prod - 1;
    console.info(
      `[audit] npm audit --omit=dev: ${prodPackages} production package(s)` +
        (prodPackages === 0 ? ' (nothing to audit; npm did not need the advisory endpoint)' : '') +
        `, vulnerabilities ${JSON.stringify(vulnerabilities)}`,
    );
    const serious = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`);
    expect(serious).toEqual([]);
    expect(vulnerabilities.high + vulnerabilities.critical).toBe(0);
  });
});
