import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, NOT_UTF8_NOTICE } from './decode';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, without a notice', () => {
    const plain = new TextEncoder().encode('£5 café');
    expect(decodeText(plain)).toEqual({ text: '£5 café', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: '£5 café', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    const result = decodeText(bytes(0xa3, 0x35, 0x20, 0x96, 0x20, 0x80, 0x93, 0x94));
    expect(result.text).toBe('£5 – €“”');
    expect(result.encoding).toBe('windows-1252');
    expect(result.notice).toBe(NOT_UTF8_NOTICE);
  });

  it('honours UTF-16 BOMs in either byte order', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0xa3, 0x00, 0x31, 0x00))).toEqual({ text: '£1', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0xa3, 0x00, 0x31))).toEqual({ text: '£1', encoding: 'utf-16be' });
  });

  it('decodes long Windows-1252 input in chunks', () => {
    const long = new Uint8Array(50_000).fill(0xa3);
    expect(decodeWindows1252(long)).toBe('£'.repeat(50_000));
  });
});
