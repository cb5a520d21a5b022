import { createContext, useContext } from 'react';
import type { Host } from './host';

/** Where the UI runs (Electron or a plain browser). The printable report runs without one. */
export const HostContext = createContext<Host | null>(null);

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside HostContext');
  return host;
}
