// The page's entry is kept tiny (issue 16, start-up): it starts opening the database and reading
// the register's first page, then loads the app, so the two overlap. Everything else (React, Dexie,
// zod, the screens) comes in the app's chunk, loaded by the dynamic import below.
import { beginEarlyOpen } from './data/db-early';

performance.mark('app:entry');
beginEarlyOpen();
import('./boot').catch((error: unknown) => {
  // Without its scripts the app cannot even show its own error screen: say so plainly.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `Trust Procurement Planner could not load its program files (${String(error)}). Close it and open it again; if this keeps happening, reinstall it.`;
  document.getElementById('root')?.replaceChildren(message);
});
