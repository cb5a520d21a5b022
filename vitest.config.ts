import { defineConfig } from 'vitest/config';
import { sharedAlias } from './alias.config.ts';

export default defineConfig({
  resolve: { alias: sharedAlias },
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'renderer/**/*.test.tsx',
      'test/unit/**/*.test.ts',
      'test/packaging/**/*.test.ts',
      'test/security/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
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
