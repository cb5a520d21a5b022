import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath } from './app-path';

const root = path.resolve(os.tmpdir(), 'tpp-renderer');
const inRoot = (...segments: string[]) => path.join(root, ...segments);

describe('resolveAppPath', () => {
  it.each([
    ['app://planner/', inRoot('index.html')],
    ['app://planner', inRoot('index.html')],
    ['app://planner/index.html', inRoot('index.html')],
    ['app://planner/index.html#/report/abc?scenario=base', inRoot('index.html')],
    ['app://planner/index.html?print=1', inRoot('index.html')],
    ['app://planner/assets/index-4f2a9c.js', inRoot('assets', 'index-4f2a9c.js')],
    ['app://planner/assets/fonts/', inRoot('assets', 'fonts', 'index.html')],
    ['app://planner/assets/Open%20Sans.woff2', inRoot('assets', 'Open Sans.woff2')],
    ['APP://PLANNER/index.html', inRoot('index.html')],
  ])('serves %s', (url, expected) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: true, filePath: expected, isRoute: false });
  });

  it('marks extensionless paths as SPA routes', () => {
    expect(resolveAppPath(root, 'app://planner/portfolio')).toEqual({ ok: true, filePath: inRoot('portfolio'), isRoute: true });
  });

  it.each([
    // dot segments, literal and encoded
    'app://planner/../etc/passwd',
    'app://planner/assets/../../etc/passwd',
    'app://planner/./index.html',
    'app://planner/%2e%2e/etc/passwd',
    'app://planner/%2E%2E/etc/passwd',
    'app://planner/%2e%2e%2fetc%2fpasswd',
    'app://planner/.%2e/etc/passwd',
    'app://planner/..%2fetc/passwd',
    'app://planner/assets%2f..%2f..%2fsecret',
    // backslashes, literal and encoded
    'app://planner/..%5c..%5cWindows%5cwin.ini',
    'app://planner/..\\..\\etc\\passwd',
    'app://planner/assets\\..\\..\\secret.txt',
    // double encoding
    'app://planner/%252e%252e/%252e%252e/etc/passwd',
    'app://planner/%25%32%65%25%32%65/x',
    // NUL and control characters
    'app://planner/index.html%00.png',
    'app://planner/index.html\u0000.png',
    'app://planner/a%0d%0aSet-Cookie:x',
    // absolute paths and drive letters
    'app://planner//etc/passwd',
    'app://planner/C:/Windows/win.ini',
    'app://planner/C%3a/Windows/win.ini',
    'app://planner/index.html:stream',
    // malformed encoding
    'app://planner/%E0%A4%A',
    'app://planner/%zz',
    // other hosts, schemes and authorities
    'app://evil/index.html',
    'app://planner.evil.example/index.html',
    'app://planner@evil.example/index.html',
    'app://evil.example@planner/index.html',
    'app://planner:8080/index.html',
    'app:///etc/passwd',
    'https://planner/index.html',
    'https://evil.example/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'index.html',
    '',
  ])('refuses %j', (url) => {
    const result = resolveAppPath(root, url);
    expect(result.ok).toBe(false);
  });

  it('never resolves outside the root, whatever the input', () => {
    const samples = ['a', '..', '.', '%2e', '%2f', '%5c', '\\', '/', '%00', 'x.js', '%252e', ':', 'C:'];
    for (const a of samples) {
      for (const b of samples) {
        for (const c of samples) {
          const result = resolveAppPath(root, `app://planner/${a}${b}/${c}`);
          if (result.ok) {
            const relative = path.relative(root, result.filePath);
            expect(relative.startsWith('..') || path.isAbsolute(relative)).toBe(false);
          }
        }
      }
    }
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.JS', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/sample.json', 'application/json; charset=utf-8'],
    ['assets/unknown.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
