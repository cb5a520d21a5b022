import { Inflate } from 'fflate';

/*
 * Reads a zip's central directory without decompressing anything, so a workbook can be measured
 * before it is opened. The reading mirrors fflate's own `unzipSync` (which read-excel-file uses)
 * step for step — the same end-of-directory search, ZIP64 handling, name decoding and data offsets —
 * so the entries measured here are exactly the bytes the library would inflate. zip-directory.test.ts
 * checks the two agree, on fixtures and on mutated zips.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (anything else cannot be read). */
  compression: number;
  /** Bytes in the zip, as the central directory declares. */
  compressedSize: number;
  /** Bytes when unzipped, as the central directory declares. */
  originalSize: number;
  /** Where the entry's data starts in the file (after its local header). */
  dataStart: number;
}

export interface ZipDirectory {
  /** How many entries the end-of-directory record declares. */
  declaredEntries: number;
  /** The entries, or [] when more were declared than the caller allowed. */
  entries: ZipEntry[];
}

/** The bytes are not a zip, or its directory is broken. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const b2 = (d: Uint8Array, b: number): number => d[b] | (d[b + 1] << 8);
const b4 = (d: Uint8Array, b: number): number => (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0;
const b8 = (d: Uint8Array, b: number): number => b4(d, b) + b4(d, b + 4) * 4294967296;

const utf8 = new TextDecoder();

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 16384) text += String.fromCharCode(...bytes.subarray(i, i + 16384));
  return text;
}

/** ZIP64 sizes and offset from the extra field, when the 32-bit fields say 0xFFFFFFFF. */
function zip64Fields(
  d: Uint8Array,
  start: number,
  length: number,
  zip64: boolean,
  sc: number,
  su: number,
  off: number,
): [number, number, number] {
  const nsc = sc === 4294967295 ? 1 : 0;
  const nsu = su === 4294967295 ? 1 : 0;
  const noff = off === 4294967295 ? 1 : 0;
  const end = start + length;
  if (zip64 && nsc + nsu + noff > 0) {
    for (let b = start; b + 4 < end; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) === 1) {
        return [nsc ? b8(d, b + 4 + 8 * nsu) : sc, nsu ? b8(d, b + 4) : su, noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off];
      }
    }
    throw new ZipFormatError('invalid zip data');
  }
  return [sc, su, off];
}

/**
 * Lists a zip's entries from its central directory. `maxEntries` stops before reading a directory
 * that declares more (a hostile zip may declare four billion).
 */
export function readZipDirectory(data: Uint8Array, maxEntries: number): ZipDirectory {
  let e = data.length - 22;
  for (; b4(data, e) !== 0x6054b50; --e) {
    if (!e || data.length - e > 65558) throw new ZipFormatError('invalid zip data');
  }
  let count = b2(data, e + 8);
  if (!count) return { declaredEntries: 0, entries: [] };
  let o = b4(data, e + 16);
  let zip64 = b4(data, e - 20) === 0x7064b50;
  if (zip64) {
    const ze = b4(data, e - 12);
    zip64 = b4(data, ze) === 0x6064b50;
    if (zip64) {
      count = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  if (count > maxEntries) return { declaredEntries: count, entries: [] };
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const nameLength = b2(data, o + 28);
    const extraLength = b2(data, o + 30);
    const nameBytes = data.subarray(o + 46, o + 46 + nameLength);
    const name = b2(data, o + 8) & 2048 ? utf8.decode(nameBytes) : latin1(nameBytes);
    const extraStart = o + 46 + nameLength;
    const [compressedSize, originalSize, offset] = zip64Fields(
      data,
      extraStart,
      extraLength,
      zip64,
      b4(data, o + 20),
      b4(data, o + 24),
      b4(data, o + 42),
    );
    const compression = b2(data, o + 10);
    o = extraStart + extraLength + b2(data, o + 32);
    const dataStart = offset + 30 + b2(data, offset + 26) + b2(data, offset + 28);
    entries.push({ name, compression, compressedSize, originalSize, dataStart });
  }
  return { declaredEntries: count, entries };
}

/** What a bounded inflate found. */
export type InflateOutcome =
  | { ok: true; size: number }
  /** 'too-large': more than `limit` bytes came out; 'damaged': the data is not valid DEFLATE. */
  | { ok: false; problem: 'too-large' | 'damaged' };

/**
 * DEFLATE expands at most 1,032-fold, so feeding `budget / 1,032` compressed bytes at a time cannot
 * overshoot the budget left by more than one minimum step (16 KB in, at most ~16 MB out). Steps are
 * capped at 64 KB: fflate's streaming inflater was fastest at 16–64 KB steps (measured on a 40 MB
 * sheet: 270 ms at 16 KB against 630 ms for a single inflateSync).
 */
const MAX_EXPANSION = 1032;
const MIN_STEP = 16 * 1024;
const MAX_STEP = 64 * 1024;

/**
 * Decompresses one entry in steps, stopping as soon as more than `limit` bytes come out, so an entry
 * whose declared size is a lie costs no more than its declared size (and one 16 MB step) to find out. `onData`
 * receives the output as it comes (for scanning a sheet without keeping it).
 */
export function inflateEntry(data: Uint8Array, entry: ZipEntry, limit: number, onData?: (chunk: Uint8Array) => void): InflateOutcome {
  const raw = data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.compression === 0) {
    if (raw.length > limit) return { ok: false, problem: 'too-large' };
    onData?.(raw);
    return { ok: true, size: raw.length };
  }
  if (entry.compression !== 8) return { ok: false, problem: 'damaged' };
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) {
      over = true;
      return;
    }
    onData?.(chunk);
  });
  try {
    for (let at = 0; at < raw.length && !over;) {
      const step = Math.max(MIN_STEP, Math.min(MAX_STEP, Math.floor((limit - size) / MAX_EXPANSION)));
      const end = Math.min(raw.length, at + step);
      inflater.push(raw.subarray(at, end), end >= raw.length);
      at = end;
    }
    if (raw.length === 0) inflater.push(raw, true);
  } catch {
    return over ? { ok: false, problem: 'too-large' } : { ok: false, problem: 'damaged' };
  }
  return over ? { ok: false, problem: 'too-large' } : { ok: true, size };
}
