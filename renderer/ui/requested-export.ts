import { useEffect, useEffectEvent } from 'react';
import { href, parseHash, useRoute } from './router';

/**
 * File › Export … opens the view that makes the file and asks it to export at once, as its button
 * does. The request travels in the address with a number of its own, so asking again once the view
 * is ready exports again; asking twice while it is still busy exports once, for the last ask.
 *
 * Only the request still asked runs: the one asked last, while the address still carries it. Leaving
 * its address before the view was ready abandons it, so Back (or a reload) to that history entry
 * shows the view without exporting.
 */
let requests = 0;
let asked: string | null = null;

/** Whether the address still carries the request asked: leaving it abandons the request. */
function keepIfStillAsked(): void {
  if (asked !== null && parseHash(window.location.hash).query.get('request') !== asked) asked = null;
}

/** The view at `view` (a hash without a query), asked to export `kind` at once. */
export function exportRequestHash(view: string, kind: string): string {
  if (requests === 0) window.addEventListener('hashchange', keepIfStillAsked);
  requests += 1;
  asked = `${Date.now().toString(36)}-${requests}`;
  return `${view}?export=${kind}&request=${asked}`;
}

/**
 * Runs `run` once for the request for `kind` in the address, as soon as the view is `ready` (its
 * data made, no export of its own under way), if it is still the one asked; and drops the request
 * from the address, run or abandoned, so going back or reloading does not export.
 */
export function useRequestedExport(kind: string, ready: boolean, run: () => void): void {
  const { path, query } = useRoute();
  const request = query.get('export') === kind ? query.get('request') : null;
  const here = href(...path);
  const start = useEffectEvent(run);
  useEffect(() => {
    if (!request) return;
    keepIfStillAsked();
    if (request !== asked) {
      window.history.replaceState(null, '', here);
      return;
    }
    if (!ready) return;
    asked = null;
    window.history.replaceState(null, '', here);
    start();
  }, [request, ready, here]);
}
