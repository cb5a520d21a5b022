import { existsSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';
import { startRendererServer } from './server';

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is missing: run `npm run build` before the end-to-end tests (npm test does).');
  }
  const baseURL = config.projects[0]?.use.baseURL ?? 'http://127.0.0.1:47831';
  const server = await startRendererServer(Number(new URL(baseURL).port));
  return () => new Promise((resolve) => server.close(() => resolve()));
}
