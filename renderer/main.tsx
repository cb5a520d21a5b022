// The page's entry is kept tiny (issue 16, start-up): it starts opening the database and reading
// the register's first page, then loads the app, so the two overlap. Everything else (React, Dexie,
// zod, the screens) comes in the app's chunk, loaded by the dynamic import below.
import { beginEarlyOpen } from './data/db-early';

performance.mark('app:entry');
// zod 4 probes `new Function('')` when it builds its first schema, unless told not to; the CSP forbids
// eval, so the probe is refused and reported as a violation. The app's chunks build schemas as they
// load, before any of their own code could say so: set zod's shared setting here, first.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };
beginEarlyOpen();
import('./boot').catch((error: unknown) => {
  // Without its scripts the app cannot even show its own error screen: say so plainly.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  // The browser's own error names a script file: for whoever looks at the console, not the user.
  console.error('Loading the app failed', error);
  message.textContent =
    'Trust Procurement Planner could not load its program files. Close it and open it again; if this keeps happening, reinstall it.';
  document.getElementById('root')?.replaceChildren(message);
});
