import { useSyncExternalStore } from 'react';

/** Hash routes work the same from app://planner/index.html, a test server and a print window. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const path = pathPart
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  return { path, query: new URLSearchParams(queryPart) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  return parseHash(hash);
}

export function href(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** Goes to a full hash, query included (`#/portfolio?period=FY2026`). */
export function goToHash(hash: string): void {
  window.location.hash = hash;
}
