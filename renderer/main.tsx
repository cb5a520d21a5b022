// The page's entry is kept tiny (issue 16, start-up): it starts opening the database and reading
// the register's first page, paints those rows itself as soon as they are read (first-paint.ts),
// and loads the app alongside. Everything else (React, Dexie, zod, the screens) comes in the app's
// chunks, loaded in stages by renderer/app-loader.ts once the first rows are on screen.
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
// showed the entry idle ~115 ms; 10–40 ms read first). index.html's storage-early.js has usually
// had that wait, in a task of its own, before the entry runs.
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

/**
 * The app, once the first rows are on screen: the loader (renderer/app-loader.ts, with the list of
 * the app's chunks) is a chunk of its own, so the entry, which the first paint waits for, carries
 * only what that paint needs.
 */
async function loadTheApp(): Promise<void> {
  // A first screen painted from the snapshot is on screen before anything of the app is imported:
  // evaluating even React before that frame would hold it back.
  await painting;
  const { loadInStages } = await import('./app-loader');
  await loadInStages(() => painting);
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
