import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { sharedAlias } from './alias.config.ts';

/**
 * Unit test files that must each start from a fresh module graph: they mock modules (vi.mock, stubbed
 * globals), or check what happens as a module is first imported (the preload makes zod jitless before
 * the IPC contract builds its schemas). test/unit/vitest-isolation.test.ts keeps this list complete.
 */
export const ISOLATED = [
  'renderer/data/register-read.test.ts',
  'renderer/features/portfolio/register-collator.test.ts',
  'electron/preload.test.ts',
  'electron/main.test.ts',
  'electron/policy/read.test.ts',
  'electron/ipc/files.test.ts',
  'renderer/data/pending-edits.test.ts',
  'shared/import/hostile.test.ts',
  'renderer/data/first-screen-snapshot.test.ts',
  'shared/format-without-intl.test.ts',
];

export default defineConfig({
  resolve: { alias: sharedAlias },
  test: {
    testTimeout: 20_000,
    // Two projects, one `vitest run`: pure logic in Node, and components and hooks in a DOM (happy-dom)
    // rendered with Testing Library. A file named *.dom.test.tsx (or under test/dom/) runs in the DOM.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One worker's module cache serves many files (about 5x faster: most of an isolated run was
          // importing the same zod schemas and libraries again for every file). The files that need a
          // module graph of their own, because they mock modules or test what importing does, run
          // isolated in the project below.
          isolate: false,
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'renderer/**/*.test.tsx',
            'test/unit/**/*.test.ts',
            'test/packaging/**/*.test.ts',
            'test/security/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.dom.test.{ts,tsx}', ...ISOLATED],
          environment: 'node',
        },
      },
      { extends: true, test: { name: 'unit-isolated', include: ISOLATED, environment: 'node' } },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.{ts,tsx}', 'renderer/**/*.dom.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/support/dom-setup.ts'],
        },
      },
    ],
    // `vitest run --coverage electron/` (npm test's coverage stage): line coverage of the main
    // process and preload, which no browser test can reach. Below the threshold the run fails.
    coverage: {
      provider: 'v8',
      include: ['electron/**/*.ts'],
      exclude: ['electron/**/*.test.ts', 'electron/**/*.d.ts'],
      reporter: ['text', 'text-summary'],
      reportsDirectory: 'test-results/coverage',
      thresholds: { lines: 95 },
    },
  },
});
