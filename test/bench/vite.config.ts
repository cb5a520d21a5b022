import { defineConfig } from 'vite';
import { sharedAlias } from '../../alias.config.ts';

// The benchmark page: the app's own modules (worker, database, engine) in a page of their own.
export default defineConfig({
  root: 'test/bench/page',
  base: '/',
  resolve: { alias: sharedAlias },
  build: { outDir: '../../../dist/bench', emptyOutDir: true, target: 'chrome130' },
  worker: { format: 'es' },
  logLevel: 'warn',
});
