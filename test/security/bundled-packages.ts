import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, type Plugin } from 'vite';
import { root } from './fuse-config';

/**
 * Which npm packages end up in what ships: every module the bundlers put into the main-process and
 * preload bundles (esbuild's metafile, from the very options electron/build.mjs uses) and into the
 * renderer and its workers (Vite's output chunks), reduced to the package-lock entry each came from.
 * Everything is a devDependency because everything is bundled, so this, not package.json, is the
 * list a security audit must cover.
 */

export interface BundledPackage {
  /** The package-lock key, e.g. node_modules/zod or node_modules/a/node_modules/b. */
  lockKey: string;
  name: string;
  version: string;
  bundles: string[];
}

type ElectronBuilds = (options?: { dev?: boolean }) => import('esbuild').BuildOptions[];

/** Absolute or root-relative module paths in the main-process and preload bundles. */
export async function electronBundleModules(): Promise<Map<string, string[]>> {
  const { electronBuilds } = (await import(path.join(root, 'electron', 'build.mjs'))) as { electronBuilds: ElectronBuilds };
  const found = new Map<string, string[]>();
  for (const options of electronBuilds()) {
    const result = await esbuild({ ...options, write: false, metafile: true, logLevel: 'silent' });
    const bundle = path.basename(String(options.outfile));
    for (const output of Object.values(result.metafile.outputs)) {
      found.set(bundle, Object.keys(output.inputs));
    }
  }
  return found;
}

/** Module ids in the renderer's chunks and its workers' chunks, from a Vite build that writes nothing. */
export async function rendererBundleModules(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const collect = (label: string): Plugin => ({
    name: 'collect-bundled-modules',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        found.set(`${label}:${chunk.fileName}`, [...(chunk.moduleIds ?? Object.keys(chunk.modules))]);
      }
    },
  });
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    root: path.join(root, 'renderer'),
    logLevel: 'silent',
    plugins: [collect('renderer')],
    worker: { plugins: () => [collect('worker')] },
    build: { write: false, emptyOutDir: false },
  });
  return found;
}

/** The package-lock key a module came from (the deepest node_modules/<name>), or null for our own code. */
export function lockKeyOf(modulePath: string): string | null {
  const normalised = modulePath.replace(/\\/g, '/').replace(/^\0+/, '').split('?')[0];
  const at = normalised.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const rest = normalised.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  const before = normalised.slice(0, at);
  const fromRoot = before.includes(`${root.replace(/\\/g, '/')}/`) ? before.slice(before.indexOf(root) + root.length + 1) : before;
  return `${fromRoot.replace(/^\/+/, '')}node_modules/${name}`;
}

/** Every package in the bundles, with the version the lockfile pins and the bundles it is in. */
export function bundledPackages(bundles: Map<string, string[]>): BundledPackage[] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; name?: string }>;
  };
  const byKey = new Map<string, BundledPackage>();
  for (const [bundle, modules] of bundles) {
    for (const modulePath of modules) {
      const lockKey = lockKeyOf(modulePath);
      if (!lockKey) continue;
      const entry = lock.packages[lockKey];
      if (!entry?.version) throw new Error(`${modulePath} is bundled but ${lockKey} is not in package-lock.json`);
      const found = byKey.get(lockKey) ?? {
        lockKey,
        name: lockKey.slice(lockKey.lastIndexOf('node_modules/') + 13),
        version: entry.version,
        bundles: [],
      };
      if (!found.bundles.includes(bundle)) found.bundles.push(bundle);
      byKey.set(lockKey, found);
    }
  }
  return [...byKey.values()].sort((a, b) => a.lockKey.localeCompare(b.lockKey));
}

export interface AuditReport {
  vulnerabilities?: Record<string, { name?: string; severity: string; range?: string; via: unknown[] }>;
  metadata?: { vulnerabilities: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number> };
  /** npm's shape when the request failed. */
  error?: { code?: string; summary?: string; detail?: string };
  message?: string;
  statusCode?: number;
}

/**
 * A throwaway project whose lockfile holds exactly the bundled packages (their entries copied from
 * package-lock.json, at the paths they have there), so that `npm audit` in it audits what ships and
 * nothing else. Returns its package.json and package-lock.json.
 */
export function auditProject(packages: BundledPackage[]): { packageJson: string; packageLock: string } {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, Record<string, unknown>>;
  };
  const topLevel = Object.fromEntries(packages.filter((p) => p.lockKey === `node_modules/${p.name}`).map((p) => [p.name, p.version]));
  const entries = Object.fromEntries(
    packages.map((p) => {
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock.packages[p.lockKey];
      return [p.lockKey, entry];
    }),
  );
  const name = 'tpp-bundled-packages-audit';
  return {
    packageJson: JSON.stringify({ name, version: '0.0.0', private: true, dependencies: topLevel }, null, 2),
    packageLock: JSON.stringify(
      {
        name,
        version: '0.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name, version: '0.0.0', dependencies: topLevel }, ...entries },
      },
      null,
      2,
    ),
  };
}

/** High and critical advisories in a report, as "name (severity)". */
export function seriousFindings(report: AuditReport): string[] {
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity})`);
}
