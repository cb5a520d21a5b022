import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { sharedAlias } from './alias.config.ts';

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
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'renderer/**/*.test.tsx',
            'test/unit/**/*.test.ts',
            'test/packaging/**/*.test.ts',
            'test/security/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.dom.test.{ts,tsx}'],
          environment: 'node',
        },
      },
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
      exclude: ['electron/**/*.test.ts', 'electron/**/*.d.ts', 'electron/ipc/test-support.ts'],
      reporter: ['text', 'text-summary'],
      reportsDirectory: 'test-results/coverage',
      thresholds: { lines: 95 },
    },
  },
});
