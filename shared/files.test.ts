import { describe, expect, it } from 'vitest';
import { fileTooLargeMessage, MAX_OPEN_BYTES } from './files';

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
