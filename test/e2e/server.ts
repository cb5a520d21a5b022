import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { createAppRequestHandler } from '../../electron/protocol';
import { APP_ORIGIN } from '@shared/ipc';

/**
 * Serves the built renderer to the browser suite through the very handler Electron's app://
 * protocol uses (same path confinement, same CSP header): only the transport differs.
 */
export function startRendererServer(port: number, rootDir = path.resolve('dist/renderer')): Promise<http.Server> {
  const handle = createAppRequestHandler(rootDir, { readFile: (p) => readFile(p) });
  const server = http.createServer(async (req, res) => {
    try {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const response = await handle(new Request(`${APP_ORIGIN}${req.url ?? '/'}`, { method: req.method, headers }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
