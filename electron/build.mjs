// Bundles the main process and the preload into single CommonJS files under dist/electron.
// Everything they import (zod, shared/*) is bundled in; only 'electron' stays external, because the
// sandboxed preload may require nothing else and the packaged app ships no node_modules.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The two builds, as esbuild options. Exported so test/security/bundled-packages.ts bundles exactly
 * the same code (with a metafile) to audit the packages that ship.
 * @param {{ dev?: boolean }} [options]
 * @returns {import('esbuild').BuildOptions[]}
 */
export function electronBuilds({ dev = false } = {}) {
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['electron'],
    sourcemap: dev ? 'linked' : false,
    // Whitespace and syntax only: identifiers stay readable in a production stack trace.
    minifyWhitespace: !dev,
    minifySyntax: !dev,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
    // Resolves the @shared/ alias from the same paths TypeScript uses.
    tsconfig: 'tsconfig.node.json',
  };
  return [
    { ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' },
    { ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dev = process.argv.includes('--dev');
  await Promise.all(electronBuilds({ dev }).map((options) => build(options)));
  console.log(`electron: built dist/electron/main.cjs and preload.cjs${dev ? ' (dev, with sourcemaps)' : ''}`);
}
