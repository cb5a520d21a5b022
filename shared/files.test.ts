import { describe, expect, it } from 'vitest';
import { fileTooLargeMessage, MAX_OPEN_BYTES, readFileBytes } from './files';

describe('fileTooLargeMessage', () => {
  it('accepts a file of exactly 200 MB', () => {
    expect(MAX_OPEN_BYTES).toBe(200 * 1024 * 1024);
    expect(fileTooLargeMessage('register.xlsx', MAX_OPEN_BYTES)).toBeNull();
  });

  it('refuses one byte more, naming the file, its size rounded up and what to do', () => {
    expect(fileTooLargeMessage('register.xlsx', MAX_OPEN_BYTES + 1)).toBe(
      '"register.xlsx" is 200.1 MB; the planner opens files up to 200 MB. Remove unused sheets or split the register, then try again.',
    );
    expect(fileTooLargeMessage('big.csv', 1024 * 1024 * 1024)).toMatch(/^"big\.csv" is 1024 MB;/);
  });
});

describe('a file handed over unread', () => {
  it('reads whole, and one that can no longer be read is refused in words, not the browser’s', async () => {
    const file = new Blob(['Reference,Title\r\n']);
    expect(new TextDecoder().decode(await readFileBytes('register.csv', file))).toBe('Reference,Title\r\n');

    const gone = new Blob(['x']);
    gone.arrayBuffer = () => Promise.reject(new DOMException('A requested file or directory could not be found', 'NotFoundError'));
    await expect(readFileBytes('Registers', gone)).rejects.toThrow(
      '"Registers" could not be read: it may have been moved or deleted since it was chosen, or be a folder. Choose the file again.',
    );
  });
});
