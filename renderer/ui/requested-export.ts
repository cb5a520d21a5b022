import { useEffect, useEffectEvent, useRef } from 'react';
import { href, useRoute } from './router';

/**
 * File › Export … opens the view that makes the file and asks it to export at once, as its button
 * does. The request travels in the address with a number of its own, so asking twice exports twice.
 */
let requests = 0;

/** The view at `view` (a hash without a query), asked to export `kind` at once. */
export function exportRequestHash(view: string, kind: string): string {
  requests += 1;
  return `${view}?export=${kind}&request=${Date.now().toString(36)}-${requests}`;
}

/**
 * Runs `run` once for each request for `kind` in the address, as soon as the view is `ready` (its
 * data made, no export of its own under way), and drops the request from the address so going back
 * or reloading does not export again.
 */
export function useRequestedExport(kind: string, ready: boolean, run: () => void): void {
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
