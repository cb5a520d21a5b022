import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { createAppRequestHandler, registerAppScheme } from './protocol';

const root = path.resolve(os.tmpdir(), 'tpp-renderer');
const files = new Map<string, string>([
  [path.join(root, 'index.html'), '<!doctype html><title>Planner</title>'],
  [path.join(root, 'assets', 'app.js'), 'console.log(1)'],
]);

function enoent(filePath: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOENT: ${filePath}`), { code: 'ENOENT' });
}

const readFile = vi.fn(async (filePath: string) => {
  const text = files.get(filePath);
  if (text === undefined) throw enoent(filePath);
  return new TextEncoder().encode(text);
});

// Raw request objects: the WHATWG Request constructor would normalise the hostile URLs away.
function request(url: string, init: { method?: string; dest?: string } = {}): Request {
  const headers = new Headers(init.dest ? { 'sec-fetch-dest': init.dest } : {});
  return { url, method: init.method ?? 'GET', headers } as unknown as Request;
}

const serve = createAppRequestHandler(root, { readFile });

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('app:// protocol handler', () => {
  it('registers the scheme as standard and secure, with V8 code cache, but never bypassing CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls;
    expect(schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ]);
    expect(schemes[0].privileges.bypassCSP).toBeUndefined();
  });

  it('serves index.html with the CSP, nosniff and its content type', async () => {
    const response = await serve(request('app://planner/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>Planner</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serve(request('app://planner/assets/app.js', { dest: 'script' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(response);
  });

  it('falls back to index.html for an unknown extensionless navigation', async () => {
    const response = await serve(request('app://planner/portfolio', { dest: 'document' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Planner</title>');
  });

  it('404s unknown files and non-navigation routes rather than returning HTML', async () => {
    expect((await serve(request('app://planner/assets/missing.js', { dest: 'script' }))).status).toBe(404);
    expect((await serve(request('app://planner/missing.js'))).status).toBe(404);
    const fetched = await serve(request('app://planner/portfolio', { dest: 'script' }));
    expect(fetched.status).toBe(404);
    expectSecurityHeaders(fetched);
  });

  it.each(['app://planner/%2e%2e/%2e%2e/etc/passwd', 'app://planner/..%5csecret', 'app://evil/index.html'])(
    'refuses %s without touching the disk',
    async (url) => {
      readFile.mockClear();
      const response = await serve(request(url));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expectSecurityHeaders(response);
      expect(readFile).not.toHaveBeenCalled();
    },
  );

  it('answers only GET and HEAD', async () => {
    expect((await serve(request('app://planner/index.html', { method: 'POST' }))).status).toBe(405);
    const head = await serve(request('app://planner/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('does not hide read errors other than a missing file', async () => {
    const failing = createAppRequestHandler(root, {
      readFile: async () => {
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      },
    });
    await expect(failing(request('app://planner/index.html'))).rejects.toThrow('EIO');
  });
});
