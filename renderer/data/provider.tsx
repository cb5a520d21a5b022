import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { createCommands, type Commands } from './commands';
import type { PlannerDb } from './db';
import { installFlushTriggers } from './pending-edits';
import { RegisterStore } from './register-store';
import { keepFirstScreenSnapshot } from './first-screen-keeper';
import { CURRENT_SCHEMA_VERSION, DB_NAME } from './schema';

interface DataServices {
  db: PlannerDb;
  register: RegisterStore;
  commands: Commands;
}

const DataContext = createContext<DataServices | null>(null);

/** Holds the open database for the hooks and commands below it; nothing outside renderer/data sees it. */
export function DataProvider({ db, children }: { db: PlannerDb; children: ReactNode }) {
  const services = useMemo(() => {
    const register = new RegisterStore(db);
    return { db, register, commands: createCommands(db, register) };
  }, [db]);
  // Edits waiting in a field's debounce are written when the page is hidden, closed or printed.
  useEffect(() => installFlushTriggers(), []);
  // The first-screen snapshot the next start paints from (first-screen-snapshot.ts), for the app's
  // own database; the print window only reads.
  useEffect(
    () =>
      db.name === DB_NAME && !window.location.hash.startsWith('#/report/')
        ? keepFirstScreenSnapshot(db, CURRENT_SCHEMA_VERSION)
        : undefined,
    [db],
  );
  return <DataContext.Provider value={services}>{children}</DataContext.Provider>;
}

export function useDataServices(): DataServices {
  const services = useContext(DataContext);
  if (!services) throw new Error('Data hooks must be used inside DataProvider');
  return services;
}

/** Every write the UI can make (see commands.ts). */
export function useCommands(): Commands {
  return useDataServices().commands;
}
