import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from './browser-host';
import { pickedBytes } from './host';
import { fileTooLargeMessage, MAX_OPEN_BYTES } from '@shared/files';
import { MAX_SAVE_BYTES } from '@shared/ipc';

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

  it('refuses a file over the limit for its purpose before reading it, in the Open dialog’s words', async () => {
    const pick = (size: number) => {
      const file = new File(['{}'], 'everything.json', { type: 'application/json' });
      Object.defineProperty(file, 'size', { value: size });
      const read = vi.spyOn(file, 'arrayBuffer');
      vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
        Object.defineProperty(this, 'files', { value: [file] });
        this.dispatchEvent(new Event('change'));
      });
      return read;
    };
    const host = createBrowserHost();

    const readRegister = pick(MAX_OPEN_BYTES + 1);
    await expect(host.openFile('register')).rejects.toThrow(fileTooLargeMessage('everything.json', MAX_OPEN_BYTES + 1, 'register')!);
    expect(readRegister).not.toHaveBeenCalled();

    // A backup the app wrote may be larger than a register, up to what it writes, and no more.
    pick(MAX_OPEN_BYTES + 1);
    expect((await host.openFile('backup'))?.fileName).toBe('everything.json');
    const readBackup = pick(MAX_SAVE_BYTES + 1);
    await expect(host.openFile('backup')).rejects.toThrow(fileTooLargeMessage('everything.json', MAX_SAVE_BYTES + 1, 'backup')!);
    expect(readBackup).not.toHaveBeenCalled();
  });
});
