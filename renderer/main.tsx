// The page's entry is kept tiny (issue 16, start-up): it starts opening the database and reading
// the register's first page, paints those rows itself as soon as they are read (first-paint.ts),
// and loads the app alongside. Everything else (React, Dexie, zod, the screens) comes in the app's
// chunks, loaded in stages below.
import { beginEarlyOpen, FIRST_PAINT_SCHEMA_VERSION } from './data/db-early';
import { readSnapshot } from './data/first-screen-snapshot';
import { askPersistentStorageOnce } from './data/persistent-storage';
import { paintFirstRows } from './first-paint';
import { handOverFirstPaint } from './first-paint-handover';

performance.mark('app:entry');
// zod 4 probes `new Function('')` when it builds its first schema, unless told not to; the CSP forbids
// eval, so the probe is refused and reported as a violation. The app's chunks build schemas as they
// load, before any of their own code could say so: set zod's shared setting here, first.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };
// The first screen as last committed (renderer/data/first-screen-snapshot.ts), read synchronously:
// painted now, without waiting for IndexedDB, whose cold open alone takes longer than the 300 ms
// target. Without one (first start, after a write that has not yet been followed by a rewrite, a
// crash in between), the early read below paints it. Read before the database starts opening: the
// first localStorage read waits for the browser to load the origin's storage, and with a 100,000-row
// database opening alongside it waited longer (a trace, test/bench/start-up.ts TPP_BENCH_TRACE=1,
// showed the entry idle ~115 ms; 10–40 ms read first).
const snapshot = readSnapshot(FIRST_PAINT_SCHEMA_VERSION);
const early = beginEarlyOpen();
/** Until the first rows are drawn, the app's loading stages wait for that frame rather than delay it. */
let painting: Promise<void> = snapshot
  ? paintFirstRows(
      { version: snapshot.schema, firstPage: snapshot.firstPage, settings: snapshot.settings, money: snapshot.money },
      snapshot.persistent,
      'snapshot',
    )
  : Promise.resolve();
// The first paint shows the same storage warning the shell will, so it waits for that answer too (a permission check, quick).
if (!snapshot)
  void Promise.all([early.read, askPersistentStorageOnce()]).then(([read, persistent]) => {
    painting = paintFirstRows(read, persistent, 'database');
  });
else void askPersistentStorageOnce();

/** Lets the browser run what is waiting (the early read's answer, a frame) before the next stage. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Importing the whole app at once evaluates all its modules (React, zod's schemas, Dexie, the
 * screens) in one task of several hundred milliseconds, during which the window cannot paint or
 * answer. Each import below evaluates only what is not yet evaluated, so importing the big libraries
 * one by one, with a yield between them, splits that task into pieces. (Each dynamic import is also
 * a chunk of its own in the build, so a module imported here is evaluated in its own task.)
 */
async function loadTheApp(): Promise<void> {
  const stages = [
    () => import('react'),
    () => import('react-dom/client'),
    () => import('zod'),
    // The domain's modules build their zod schemas as they are evaluated: the whole of
    // @shared/domain at once was one task of 40–100 ms on a busy machine (a trace, TPP_BENCH_TRACE),
    // so its larger modules come one by one.
    () => import('@shared/domain/contract'),
    () => import('@shared/domain/legal-facts'),
    () => import('@shared/domain/appraisal'),
    () => import('@shared/domain/settings'),
    () => import('@shared/domain/contract-fields'),
    () => import('@shared/domain'),
    // The import's parsers of labels, which the data layer brings with it, are built as they load too.
    () => import('@shared/import/enum-values'),
    // The data layer (Dexie with it): only renderer/data/ imports Dexie (test/unit/layers.test.ts).
    () => import('./data'),
  ];
  // A first screen painted from the snapshot is on screen before anything of the app is imported:
  // evaluating even React before that frame would hold it back.
  await painting;
  for (const stage of stages) {
    await stage();
    await nextTask();
    await painting;
  }
  await import('./boot');
}

loadTheApp().catch((error: unknown) => {
  // Without its scripts the app cannot even show its own error screen: say so plainly.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  // The browser's own error names a script file: for whoever looks at the console, not the user.
  console.error('Loading the app failed', error);
  message.textContent =
    'Trust Procurement Planner could not load its program files. Close it and open it again; if this keeps happening, reinstall it.';
  handOverFirstPaint();
  document.getElementById('root')?.replaceChildren(message);
});
