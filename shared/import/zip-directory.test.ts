import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateEntry, readZipDirectory, ZipFormatError } from './zip-directory';

const dirs = ['registers', 'hostile'].map((d) => new URL(`../../test/fixtures/${d}/`, import.meta.url));
const workbooks = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.xlsx'))
    .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(new URL(n, dir))) })),
);

function fflateView(bytes: Uint8Array): { name: string; compression: number; size: number; originalSize: number }[] {
  const seen: { name: string; compression: number; size: number; originalSize: number }[] = [];
  unzipSync(bytes, {
    filter: ({ name, compression, size, originalSize }) => {
      seen.push({ name, compression, size, originalSize });
      return false;
    },
  });
  return seen;
}

describe('readZipDirectory', () => {
  it.each(workbooks.map((w) => [w.name, w.bytes] as const))("lists %s exactly as fflate's filter sees it", (_, bytes) => {
    const { declaredEntries, entries } = readZipDirectory(bytes, 100_000);
    expect(declaredEntries).toBe(entries.length);
    expect(
      entries.map(({ name, compression, compressedSize, originalSize }) => ({ name, compression, size: compressedSize, originalSize })),
    ).toEqual(fflateView(bytes));
  });

  it("stops at the declared count when it is over the caller's limit, without reading entries", () => {
    const bytes = zipSync({ a: strToU8('1'), b: strToU8('2'), c: strToU8('3') });
    expect(readZipDirectory(bytes, 2)).toEqual({ declaredEntries: 3, entries: [] });
  });

  it('refuses what is not a zip with ZipFormatError', () => {
    expect(() => readZipDirectory(strToU8('Reference,Title\nA,B\n'), 10)).toThrow(ZipFormatError);
    expect(() => readZipDirectory(new Uint8Array(0), 10)).toThrow(ZipFormatError);
  });
});

describe('inflateEntry', () => {
  // Text that compresses about 2:1, so the input steps give many output pieces.
  let seed = 7;
  const payload = new Uint8Array(3 * 1024 * 1024).map(() => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return 97 + ((seed >>> 16) % 16);
  });
  const zip = zipSync({ 'big.xml': payload, 'small.xml': strToU8('<x/>') }, { level: 9 });
  const { entries } = readZipDirectory(zip, 10);
  const big = entries.find((e) => e.name === 'big.xml')!;

  it('gives back every byte of an honest entry, in pieces', () => {
    const chunks: Uint8Array[] = [];
    expect(inflateEntry(zip, big, big.originalSize, (c) => chunks.push(c))).toEqual({ ok: true, size: payload.length });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(payload.length);
  });

  it('stops soon after the limit (one 16 KB step of input, at most ~16 MB out)', () => {
    let out = 0;
    expect(
      inflateEntry(zip, big, 1000, (c) => {
        out += c.length;
      }),
    ).toEqual({ ok: false, problem: 'too-large' });
    expect(out).toBeLessThanOrEqual(1000);
  });

  it('reports damaged data', () => {
    const broken = { ...big, compressedSize: 10 };
    expect(inflateEntry(zip, broken, big.originalSize).ok).toBe(false);
    const garbage = Uint8Array.from(zip);
    garbage.set(
      deflateSync(strToU8('x')).map((b) => b ^ 0xff),
      big.dataStart,
    );
    expect(inflateEntry(garbage, big, big.originalSize)).toEqual({ ok: false, problem: 'damaged' });
    expect(inflateEntry(zip, { ...big, compression: 12 }, big.originalSize)).toEqual({ ok: false, problem: 'damaged' });
  });
});
