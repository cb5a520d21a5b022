/**
 * Loads the app in stages, once the entry (renderer/main.tsx) has its first rows on screen.
 *
 * Importing the whole app at once evaluates all its modules (React, zod's schemas, Dexie, the
 * screens) in one task of several hundred milliseconds, during which the window cannot paint or
 * answer. Each import below evaluates only what is not yet evaluated, so importing the big libraries
 * one by one, with a yield between them, splits that task into pieces. (Each dynamic import is also
 * a chunk of its own in the build, so a module imported here is evaluated in its own task.)
 */
import { yieldToWindow } from './yield-to-window';

/**
 * The domain's modules (shared/domain/), each its own stage: they build their zod schemas as they
 * are evaluated, and the whole of @shared/domain at once was one task of 40–100 ms on a busy machine
 * (a trace, TPP_BENCH_TRACE). Found by the build from the folder itself, so a module added there is
 * split off too without anyone listing it; the index, which brings all of them, comes after them.
 * Not the enums, which the entry has already evaluated (the first paint's labels): imported here too,
 * the build would wrap them to be evaluated on demand, and put its runtime for that in a chunk the
 * entry then waits for.
 */
const DOMAIN_MODULES = import.meta.glob([
  '@shared/domain/*.ts',
  '!@shared/domain/index.ts',
  '!@shared/domain/enums.ts',
  '!@shared/domain/*.test.ts',
]);

/** Imports the app stage by stage, waiting after each for `painting()` (the first rows' frame, while one is being drawn), then boots it. */
export async function loadInStages(painting: () => Promise<void>): Promise<void> {
  const stages = [
    () => import('react'),
    () => import('react-dom/client'),
    () => import('zod'),
    ...Object.values(DOMAIN_MODULES),
    () => import('@shared/domain'),
    // The import's parsers of labels, which the data layer brings with it, are built as they load too.
    () => import('@shared/import/enum-values'),
    // The data layer (Dexie with it): only renderer/data/ imports Dexie (test/unit/layers.test.ts).
    () => import('./data'),
  ];
  for (const stage of stages) {
    await stage();
    // Lets the browser run what is waiting (the early read's answer, a frame) before the next stage.
    await yieldToWindow();
    await painting();
  }
  await import('./boot');
}
