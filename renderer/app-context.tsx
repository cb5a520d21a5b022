import { createContext, useContext } from 'react';
import type { PlannerDb } from './db/db';
import type { Host } from './host';

/** The open database. The printable report needs only this; the app needs the host as well. */
export const DbContext = createContext<PlannerDb | null>(null);
/** Where the UI runs (Electron or a plain browser). */
export const HostContext = createContext<Host | null>(null);

export function useDb(): PlannerDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbContext');
  return db;
}

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside HostContext');
  return host;
}

export interface AppServices {
  db: PlannerDb;
  host: Host;
}

export function useServices(): AppServices {
  return { db: useDb(), host: useHost() };
}
