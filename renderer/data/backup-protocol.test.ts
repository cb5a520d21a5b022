import { describe, expect, it } from 'vitest';
import { textParts } from './backup-protocol';

describe('a backup’s text in parts', () => {
  it('makes parts of at most the size, which join back to the text', () => {
    const text = 'abcdefghij'.repeat(7);
    const parts = [...textParts(text, 16)];
    expect(parts.map((p) => p.length)).toEqual([16, 16, 16, 16, 6]);
    expect(parts.join('')).toBe(text);
    expect([...textParts('', 16)]).toEqual([]);
  });

  it('never splits a character outside the basic plane between two parts, so each part encodes to UTF-8 on its own', () => {
    // '🏥' is two UTF-16 code units; at a part's end it goes whole into the next part.
    const text = 'abc🏥def🏥';
    const parts = [...textParts(text, 4)];
    expect(parts).toEqual(['abc', '🏥de', 'f🏥']);
    const encoded = Buffer.concat(parts.map((p) => Buffer.from(p, 'utf8'))).toString('utf8');
    expect(encoded).toBe(text);
  });
});
