import { fileTooLargeMessage, MAX_OPEN_BYTES } from '@shared/files';
import { expect, openApp, test } from './fixtures';

/**
 * A file dropped on the window gets the same 200 MB limit and the same words as one chosen in the
 * Open dialog (shared/files.ts), before it is read.
 */

test('a dropped file over 200 MB is refused with the Open dialog’s words, and is never read', async ({ page, desktop }) => {
  void desktop;
  await openApp(page);
  const size = MAX_OPEN_BYTES + 1;
  // A real File whose size says 200 MB and one byte; reading it would expose the stand-in.
  const transfer = await page.evaluateHandle((bytes) => {
    const file = new File(['Reference,Title\r\n'], 'whole-estate.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: bytes });
    file.arrayBuffer = () => Promise.reject(new Error('a file over the limit was read'));
    const dt = new DataTransfer();
    dt.items.add(file);
    return dt;
  }, size);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('status').filter({ hasText: fileTooLargeMessage('whole-estate.csv', size) ?? '' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
