import { useEffect, useEffectEvent, useRef } from 'react';
import { href, useRoute } from '../../ui/router';

/**
 * What File › Export … asked a Renewals view to export at once: the register's key dates (.ics) or
 * the notices due, from Notices due; the pipeline notice, from Pipeline notice. The request travels
 * in the address with a number of its own, so asking twice exports twice.
 */
export type RenewalsExport = 'key-dates' | 'notices' | 'pipeline';

const VIEW_OF: Record<RenewalsExport, string> = { 'key-dates': 'notices', notices: 'notices', pipeline: 'pipeline' };
let requests = 0;

/** The Renewals view that makes `kind`, asked to export it at once. */
export function renewalsExportHash(kind: RenewalsExport): string {
  requests += 1;
  return `${href('renewals', VIEW_OF[kind])}?export=${kind}&request=${Date.now().toString(36)}-${requests}`;
}

/**
 * Runs `run` once for each request for `kind` in the address, as soon as the view is `ready` (its
 * data made, no export of its own under way), and drops the request from the address so going back
 * or reloading does not export again.
 */
export function useRequestedExport(kind: RenewalsExport, ready: boolean, run: () => void): void {
  const { path, query } = useRoute();
  const request = query.get('export') === kind ? query.get('request') : null;
  const here = href(...path);
  const done = useRef<string | null>(null);
  const start = useEffectEvent(run);
  useEffect(() => {
    if (!request || !ready || done.current === request) return;
    done.current = request;
    window.history.replaceState(null, '', here);
    start();
  }, [request, ready, here]);
}
