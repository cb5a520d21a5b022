import { createContext, useContext } from 'react';
import type { PlannerDb } from './db/db';
import type { Host } from './host';

export interface AppServices {
  db: PlannerDb;
  host: Host;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside AppContext');
  return services;
}
