// Bundles the main process and the preload into single CommonJS files under dist/electron.
// Everything they import (zod, shared/*) is bundled in; only 'electron' stays external, because the
// sandboxed preload may require nothing else and the packaged app ships no node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');

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

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
console.log(`electron: built dist/electron/main.cjs and preload.cjs${dev ? ' (dev, with sourcemaps)' : ''}`);
