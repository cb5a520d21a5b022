import { fileURLToPath } from 'node:url';

/**
 * The one path alias: `@shared/…` is the pure shared/ folder, for the renderer, main process and
 * tests alike. TypeScript reads it from tsconfig.base.json; Vite, Vitest and the benchmark page
 * take it from here; esbuild (electron/build.mjs) and Playwright read the tsconfig.
 */
export const sharedAlias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };
