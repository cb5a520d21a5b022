import type { Protocol } from 'electron';
import { APP_SCHEME } from '@shared/ipc';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { contentTypeFor, resolveAppPath } from './app-path';

/**
 * Must run before `app` is ready. `standard` gives the scheme a real origin (IndexedDB is keyed to
 * it), `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its own assets and
 * `stream` allows streamed bodies; `codeCache` lets V8 keep the compiled scripts between starts (as it
 * does for https), so the window is ready sooner. Deliberately NOT `bypassCSP`: our CSP header must apply.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

export interface AppFileSystem {
  readFile(filePath: string): Promise<Uint8Array>;
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * Serves the built renderer. A path without an extension that names no file is an SPA route and
 * gets index.html when the request is a document navigation; everything else unknown is a 404, so a
 * mistyped script never comes back as HTML.
 */
export function createAppRequestHandler(
  rootDir: string,
  fs: AppFileSystem,
  log: (message: string) => void = () => undefined,
): (request: Request) => Promise<Response> {
  const indexPath = (): string => {
    const index = resolveAppPath(rootDir, 'app://planner/index.html');
    if (!index.ok) throw new Error('index.html does not resolve inside the app root');
    return index.filePath;
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
    const resolved = resolveAppPath(rootDir, request.url);
    if (!resolved.ok) {
      log(`app:// refused ${JSON.stringify(request.url)}: ${resolved.reason}`);
      return errorResponse(resolved.status, 'Not found');
    }
    let filePath = resolved.filePath;
    let body: Uint8Array;
    try {
      body = await fs.readFile(filePath);
    } catch (error) {
      if (!isMissing(error)) throw error;
      const dest = request.headers.get('sec-fetch-dest');
      const isNavigation = dest === null || dest === 'document';
      if (!resolved.isRoute || !isNavigation) return errorResponse(404, 'Not found');
      filePath = indexPath();
      body = await fs.readFile(filePath);
    }
    const headers = securityHeaders(contentTypeFor(filePath));
    headers.set('Content-Length', String(body.byteLength));
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}

export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, handler: (request: Request) => Promise<Response>): void {
  protocol.handle(APP_SCHEME, handler);
}
