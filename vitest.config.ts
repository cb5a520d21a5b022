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
  },
});
