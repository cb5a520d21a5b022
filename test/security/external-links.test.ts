import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXTERNAL_LINKS, isExternalLink, openExternalLink, type ExternalLink } from '../../electron/external-links';
import { root } from './fuse-config';

/** electron/external-links.ts: the one door to the user's browser opens only fixed https:// addresses. */

const ALLOWED_HOSTS = new Set(['www.gov.uk', 'www.legislation.gov.uk']);

/** A stand-in for Electron's shell, and its mock to inspect. */
function standIn() {
  const open = vi.fn(async (_url: string) => undefined);
  return { opener: { openExternal: open }, open };
}

describe('openExternalLink', () => {
  it.each(Object.keys(EXTERNAL_LINKS) as ExternalLink[])('opens one fixed https:// address for %s', async (key) => {
    const { opener, open } = standIn();
    await expect(openExternalLink(key, opener)).resolves.toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    const url = new URL(open.mock.calls[0][0]);
    expect(url.protocol).toBe('https:');
    expect(ALLOWED_HOSTS.has(url.host), url.host).toBe(true);
    expect(url.username + url.password + url.port + url.search + url.hash).toBe('');
    expect(open.mock.calls[0][0]).toBe(url.href);
  });

  it('opens a different address for each key', async () => {
    const urls = new Set<string>();
    for (const key of Object.keys(EXTERNAL_LINKS)) {
      const { opener, open } = standIn();
      await openExternalLink(key, opener);
      urls.add(open.mock.calls[0][0]);
    }
    expect(urls.size).toBe(Object.keys(EXTERNAL_LINKS).length);
  });

  it.each<[string, unknown]>([
    ['an unknown key', 'nhs-england'],
    ['a near miss', 'Green-Book'],
    ['padding', ' green-book'],
    [
      'an allowed address itself',
      'https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government',
    ],
    ['another address', 'https://evil.example/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a prototype key', 'toString'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['the empty string', ''],
    ['a number', 1],
    ['null', null],
    ['undefined', undefined],
    ['an object', { key: 'green-book' }],
    ['an array', ['green-book']],
    ['a String object', new String('green-book')],
  ])('refuses %s and opens nothing', async (_name, key) => {
    const { opener, open } = standIn();
    await expect(openExternalLink(key, opener)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(isExternalLink(key)).toBe(false);
  });

  it('isExternalLink accepts exactly the listed keys', () => {
    for (const key of Object.keys(EXTERNAL_LINKS)) expect(isExternalLink(key)).toBe(true);
  });

  it('passes on a failure to open (the caller logs it)', async () => {
    const opener = { openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) };
    await expect(openExternalLink('green-book', opener)).rejects.toThrow('no browser');
  });
});

describe('openExternal call sites', () => {
  it('exist only in electron/external-links.ts (belt and braces for the lint ban)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(rel);
        else if (/\.(ts|tsx|mjs|cjs|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          if (/\bopenExternal\b/.test(readFileSync(path.join(root, rel), 'utf8')) && rel !== 'electron/external-links.ts')
            offenders.push(rel);
        }
      }
    };
    for (const dir of ['electron', 'renderer', 'shared']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
