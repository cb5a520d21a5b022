import { describe, expect, it } from 'vitest';
import { postByteParts, STREAM_BYTES } from './backup-protocol';

/** What postByteParts posted: each message, and the list of what it moved rather than copied. */
function posted(text: string, size?: number) {
  const sent: Array<{ message: { type: string; bytes: Uint8Array }; transfer: Transferable[] }> = [];
  postByteParts(text, (message, transfer) => sent.push({ message, transfer }), size);
  return sent;
}

describe('a backup’s text in parts', () => {
  it('sends UTF-8 bytes in parts of at most the size, which join back to the text', () => {
    const text = 'abcdefghij'.repeat(7);
    const sent = posted(text, 16);
    expect(sent.map((s) => s.message.bytes.byteLength)).toEqual([16, 16, 16, 16, 6]);
    expect(new TextDecoder().decode(Buffer.concat(sent.map((s) => s.message.bytes)))).toBe(text);
    expect(posted('', 16)).toEqual([]);
  });

  it('moves each part to the UI thread (transferred, not cloned), so none is a string on its heap (issue 16)', () => {
    const sent = posted('x'.repeat(STREAM_BYTES * 2 + 1));
    expect(sent).toHaveLength(3);
    for (const { message, transfer } of sent) {
      expect(message.type).toBe('bytes-part');
      expect(message.bytes).toBeInstanceOf(Uint8Array);
      // Its own buffer, the whole of it: a view on one shared buffer would move (and empty) the rest.
      expect(transfer).toEqual([message.bytes.buffer]);
      expect(message.bytes.buffer.byteLength).toBe(message.bytes.byteLength);
    }
  });

  it('cuts by bytes, so characters of several bytes cost no more parts and come back whole', () => {
    // '£' is two bytes and '🏥' four in UTF-8: a part may end inside one; main only appends bytes.
    const text = '£🏥é'.repeat(1000);
    const sent = posted(text, 7);
    expect(sent.every((s) => s.message.bytes.byteLength <= 7)).toBe(true);
    expect(new TextDecoder().decode(Buffer.concat(sent.map((s) => s.message.bytes)))).toBe(text);
  });
});
