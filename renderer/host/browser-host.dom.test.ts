import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from './browser-host';
import { pickedBytes } from './host';

afterEach(() => vi.restoreAllMocks());

describe('a file picked in a browser', () => {
  it('is handed over unread, so the import worker reads it off the UI thread (issue 16), and reads whole when asked', async () => {
    const file = new File(['Reference,Title\r\nC-1,Cleaning\r\n'], 'register.csv', { type: 'text/csv' });
    const read = vi.spyOn(file, 'arrayBuffer');
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });

    const picked = await createBrowserHost().openFile('register');

    expect(picked?.fileName).toBe('register.csv');
    expect(picked?.bytes).toBe(file);
    expect(read).not.toHaveBeenCalled();
    // A backup or Word template is still read here, whole.
    const { bytes } = await pickedBytes(picked!);
    expect(new TextDecoder().decode(bytes)).toBe('Reference,Title\r\nC-1,Cleaning\r\n');
  });
});
