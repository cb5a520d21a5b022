import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '@shared/ipc';

/**
 * Maps an `app://planner/...` URL to a file under the renderer's root, or says why not. Pure, so the
 * table of hostile URLs in its test covers exactly what the protocol handler does.
 *
 * Chromium canonicalises standard-scheme URLs before they reach us, but this must hold on its own:
 * the raw path is inspected before and after one round of percent-decoding, and anything that could
 * name a file outside the root (dot segments, encoded or literal separators, backslashes, NUL, drive
 * letters, double encoding) is refused rather than "cleaned".
 */
export type AppPathResult =
  | { ok: true; filePath: string; /** true when the path has no extension: an SPA navigation. */ isRoute: boolean }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const URL_RE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;

export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResult {
  const m = URL_RE.exec(requestUrl);
  if (!m) return { ok: false, status: 400, reason: 'not an absolute URL' };
  const [, scheme, host, rawPath = ''] = m;
  if (scheme.toLowerCase() !== APP_SCHEME) return { ok: false, status: 403, reason: 'wrong scheme' };
  if (host.toLowerCase() !== APP_HOST) return { ok: false, status: 403, reason: 'wrong host' };

  const encoded = rawPath === '' ? '/' : rawPath;
  if (!encoded.startsWith('/')) return { ok: false, status: 400, reason: 'relative path' };
  // Encoded separators, dots, NUL and percent signs have no business in our own asset paths.
  if (/%(2f|5c|2e|00|25)/i.test(encoded)) return { ok: false, status: 400, reason: 'encoded separator or dot' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f%]/.test(decoded)) return { ok: false, status: 400, reason: 'forbidden character' };

  const segments = decoded.slice(1).split('/');
  const isDirectory = segments[segments.length - 1] === '';
  if (isDirectory) segments.pop();
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      return { ok: false, status: 400, reason: 'empty or dot segment' };
    }
    // A colon would let `C:` or an NTFS stream (`file:stream`) through on Windows.
    if (segment.includes(':')) return { ok: false, status: 400, reason: 'colon in path' };
  }
  if (isDirectory || segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, status: 403, reason: 'outside the app root' };
  }
  return { ok: true, filePath, isRoute: path.extname(segments[segments.length - 1]) === '' };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content-Type by extension; unknown types are opaque bytes (and `nosniff` stops guessing). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
